package de.planungsportal.planning;

/** Where a measure stands: planned in a version, reached according to a progress report. */
public enum MeasureStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED;

  /** Open measures are carried over into the next cycle. */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}

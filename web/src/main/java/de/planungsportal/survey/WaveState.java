package de.planungsportal.survey;

/** Where a wave stands in survey-wave.bpmn. Only IN_FIELD waves can be answered. */
public enum WaveState {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  RELEASED,
  IN_FIELD,
  CLOSED
}

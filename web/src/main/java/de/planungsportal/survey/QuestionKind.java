package de.planungsportal.survey;

/**
 * How a question is answered, and so the stored form of its answer (always text, never the shown
 * wording, so results do not depend on the language or variant).
 */
public enum QuestionKind {
  /** One option, shown as radio buttons or a dropdown; stored: the option key. */
  SINGLE_CHOICE,
  /** Any number of options; stored: the chosen option keys in option order, comma-separated. */
  MULTIPLE_CHOICE,
  /** 1 to 5 with labelled ends (texts lo:/hi:); stored: the number. */
  RATING,
  /** Several items on the rating scale; stored per item as {@code <question>.<item>}. */
  MATRIX,
  /** A whole number within min..max; stored: the number. */
  NUMBER,
  /** Free text up to {@link Instrument#MAX_SHORT_TEXT} characters. */
  SHORT_TEXT,
  /** Free text up to {@link Instrument#MAX_LONG_TEXT} characters. */
  LONG_TEXT,
  /** Stored: {@code yes} or {@code no}. */
  YES_NO;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}

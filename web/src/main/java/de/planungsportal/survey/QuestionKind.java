package de.planungsportal.survey;

/** How a question is answered; the survey feature adds more kinds. */
public enum QuestionKind {
  /** One of the listed options. */
  SINGLE_CHOICE,
  /** 1 to 5; the options name the two ends. */
  RATING,
  /** Free text up to {@link SurveyQuestion#MAX_TEXT} characters. */
  TEXT
}

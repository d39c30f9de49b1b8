package de.planungsportal.survey;

/** How consent is obtained, per wave, by the target group's age. Nothing recorded names anyone. */
public enum ConsentMode {
  /** Adults (parents, teachers): taking part is consent. */
  NONE,
  /** Old enough to consent: the respondent confirms on the entry page before the first question. */
  PUPIL_CONFIRMS,
  /**
   * Parents consent on a paper slip; the class records how many came back, codes go against them.
   */
  PARENTS_SLIP
}

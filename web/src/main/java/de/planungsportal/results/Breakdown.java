package de.planungsportal.results;

/** How a question's results are split into groups; TOTAL is the whole wave as one group. */
public enum Breakdown {
  TOTAL,
  SCHOOL,
  AREA,
  GRADE_BAND,
  LANGUAGE
}

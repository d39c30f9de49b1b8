package de.planungsportal.survey;

/** Who a wave asks. Pupils are limited to a range of grades. */
public enum TargetKind {
  PUPILS,
  PARENTS,
  TEACHERS
}

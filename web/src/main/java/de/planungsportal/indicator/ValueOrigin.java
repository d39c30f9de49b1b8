package de.planungsportal.indicator;

/** Where an indicator value came from; the order is the order of precedence in comparisons. */
public enum ValueOrigin {
  STATISTICS,
  DATA_REQUEST,
  SURVEY,
  MANUAL
}

package de.planungsportal.indicator;

/**
 * How a survey question becomes an indicator: the SHARE (percent) of respondents who chose one of
 * the named options, or the MEAN of a scale.
 */
public enum SurveyReading {
  SHARE,
  MEAN
}

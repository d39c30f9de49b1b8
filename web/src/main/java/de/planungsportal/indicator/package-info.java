/**
 * Indicators: the organisation's catalogue of figures that show how things stand (what, how
 * measured, which way is good), their values per area version and year (entered, imported from the
 * statistics office, taken from a survey wave or returned by a data request), trends and area
 * comparisons, and the evidence chain from a measure to the indicators it is meant to move.
 */
package de.planungsportal.indicator;

package de.planungsportal.results;

/**
 * How many of a shown group's respondents gave one answer: an option (choice questions), a scale
 * value (rating, matrix item, number) or yes/no. percent is of the group's answered count.
 */
public record OptionFigure(String key, String label, long count, double percent) {}

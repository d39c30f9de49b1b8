package de.planungsportal.committee;

/** An agenda item as the secretariat enters it; {@code paperId} null for an item without paper. */
public record AgendaItemInput(String number, String title, boolean publicItem, Long paperId) {}

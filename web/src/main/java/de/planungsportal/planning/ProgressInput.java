package de.planungsportal.planning;

import java.time.LocalDate;

/** One line of a progress report form: where a published measure stands. */
public record ProgressInput(
    long measureId, LocalDate reportedOn, MeasureStatus status, Integer percentDone, String text) {}

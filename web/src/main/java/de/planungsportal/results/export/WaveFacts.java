package de.planungsportal.results.export;

import java.time.LocalDate;

/** What a file says about its wave: title, owner, field period. */
public record WaveFacts(
    long waveId,
    String title,
    String organisationName,
    LocalDate fieldStart,
    LocalDate fieldEnd,
    Long questionnaireVersionId) {}

package de.planungsportal.survey.field;

/** A class taking part in a wave, with its school's name. */
public record WaveClass(
    long id,
    long waveId,
    long schoolId,
    String schoolName,
    String classLabel,
    int grade,
    int pupils,
    Integer slipsReturned) {}

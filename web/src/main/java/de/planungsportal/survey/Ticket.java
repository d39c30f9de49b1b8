package de.planungsportal.survey;

/**
 * What a redeemable code opens, for the length of one request: the wave, its questionnaire version
 * and consent mode, and the class's school, area and grade band, which the response will carry.
 * Never stored together with the response.
 *
 * @param waveClassId the code's class (V18 waves), or null for codes of older waves
 */
public record Ticket(
    String codeHash,
    long waveId,
    String waveTitle,
    long schoolId,
    Long areaId,
    String gradeBand,
    long versionId,
    ConsentMode consentMode,
    Long waveClassId) {}

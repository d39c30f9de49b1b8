package de.planungsportal.survey;

/**
 * What a redeemable code opens, for the length of one request: the wave and the class's school,
 * area and grade band, which the response will carry. Never stored together with the response.
 */
public record Ticket(
    String codeHash, long waveId, String waveTitle, long schoolId, Long areaId, String gradeBand) {}

package de.planungsportal.survey.field;

/**
 * Fired (synchronously, in the hand-over's transaction) when a closed wave's responses are all in
 * survey_response: the results feature computes its aggregates from here, so the survey package
 * need not know it.
 */
public record WaveHandedOver(long waveId, long organisationId) {}

package de.planungsportal.privacy;

/**
 * Fired in retention's transaction just before a wave's raw responses are deleted, so whatever is
 * derived from them (the results' aggregates) can be kept first.
 */
public record ResponsesExpiring(long waveId) {}

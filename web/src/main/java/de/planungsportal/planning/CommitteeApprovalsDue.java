package de.planungsportal.planning;

/**
 * Fired (synchronously) by the demo data once a demo cycle waits for its committees, so that the
 * committee feature, which planning does not know, can take its demo papers through their votes.
 */
public record CommitteeApprovalsDue(long cycleId) {}

package de.planungsportal.planning;

/**
 * Fired (synchronously) by the demo data once a demo cycle waits for its committees, so that the
 * committee feature, which planning does not know, can take its demo papers through their votes.
 *
 * @param round how the demo's written circulation goes
 */
public record CommitteeApprovalsDue(long cycleId, Round round) {

  /**
   * The demo's written circulation: every member approves, most reject, or nobody has voted yet.
   */
  public enum Round {
    APPROVED,
    REJECTED,
    OPEN
  }
}

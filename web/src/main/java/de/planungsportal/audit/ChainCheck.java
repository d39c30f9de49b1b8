package de.planungsportal.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param firstBrokenId the first event that does not match its content or its predecessor; null if
 *     every link holds
 * @param tailMissing every link holds, but the chain ends before the last event ever appended
 */
public record ChainCheck(Long firstBrokenId, boolean tailMissing) {

  public static final ChainCheck INTACT = new ChainCheck(null, false);
  public static final ChainCheck TAIL_MISSING = new ChainCheck(null, true);

  public static ChainCheck brokenAt(long id) {
    return new ChainCheck(id, false);
  }

  public boolean intact() {
    return firstBrokenId == null && !tailMissing;
  }
}

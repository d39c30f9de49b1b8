package de.planungsportal.committee;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The chair signs the provisional decision; only then does it count. */
@ApplicationScoped
@Transactional
public class SignatureService {

  /** The provisional decision waiting for the chair's signature. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CommitteeDecision pending(Actor actor, long paperId) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Signs with the chair's password given again. */
  public void sign(Actor actor, long paperId, String password) {
    throw new UnsupportedOperationException("not yet");
  }
}

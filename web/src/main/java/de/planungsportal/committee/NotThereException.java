package de.planungsportal.committee;

import de.planungsportal.tenant.AccessDeniedException;

/**
 * A committee, membership, meeting or paper that is not there for the actor (another committee's,
 * another organisation's, or none at all): pages answer 404 either way, so ids reveal nothing.
 * Still a refusal, so whatever handles AccessDeniedException refuses it too.
 */
public class NotThereException extends AccessDeniedException {

  public NotThereException(String reason) {
    super(reason);
  }
}

package de.planungsportal.tenant;

import java.util.Optional;

/**
 * The actor of the current request, as features ask for it. Implemented by the sign-in feature,
 * which reads it from the account table on every request; features depend on this interface only,
 * so they need not know how staff members sign in.
 */
public interface CurrentActor {

  /** The signed-in actor, empty for anonymous callers and identities without an enabled account. */
  Optional<Actor> actor();

  /** The actor, or AccessDeniedException for anonymous callers and identities without account. */
  default Actor require() {
    return actor().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }
}

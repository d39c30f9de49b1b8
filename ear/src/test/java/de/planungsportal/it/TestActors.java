package de.planungsportal.it;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import java.util.List;

/**
 * Actors for in-container tests that call the services directly, without signing in: one role in
 * the test's own organisation. Rides along in every {@link Deployments#applicationWith} archive.
 */
public final class TestActors {

  private TestActors() {}

  /** An actor named {@code username} with {@code role}, for {@code departmentId} or for none. */
  public static Actor actor(
      Organisation organisation, String username, Role role, Long departmentId) {
    return new Actor(
        0,
        username,
        username,
        organisation.getId(),
        organisation.getCode(),
        organisation.getName(),
        List.of(new Actor.Grant(role, departmentId, null, null)));
  }
}

package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts for a committee: an actor of the committee's organisation holding one of the roles
 * scoped to that committee, or unscoped. Everything else is refused as if the committee (and what
 * belongs to it) did not exist.
 */
final class CommitteeSeats {

  /** Those who read a committee's papers and decision records. */
  static final Set<Role> READERS =
      EnumSet.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR, Role.COMMITTEE_SECRETARIAT);

  private CommitteeSeats() {}

  static boolean holds(Actor actor, Set<Role> roles, Committee committee) {
    return committee != null
        && committee.owner().getId() == actor.organisationId()
        && actor.grants().stream()
            .anyMatch(
                g ->
                    roles.contains(g.role())
                        && (g.committeeId() == null || g.committeeId().equals(committee.getId())));
  }

  /** Refuses unless the actor holds one of the roles for the committee. */
  static void require(Actor actor, Set<Role> roles, Committee committee) {
    if (!actor.hasAny(roles)) {
      throw new AccessDeniedException(actor.username() + " lacks the committee roles " + roles);
    }
    if (!holds(actor, roles, committee)) {
      throw new NotThereException(
          actor.username() + " has no seat for committee " + committeeId(committee));
    }
  }

  private static Object committeeId(Committee committee) {
    return committee == null ? null : committee.getId();
  }
}

package de.planungsportal.committee;

import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * Who may act on a paper: someone of the paper's organisation holding one of the step's roles for
 * the paper's committee (or for all committees of the organisation). Papers of other organisations
 * or committees are refused exactly like papers that do not exist.
 */
@ApplicationScoped
class CommitteeAccess {

  static final Set<Role> SECRETARIAT = Set.of(Role.COMMITTEE_SECRETARIAT);
  static final Set<Role> CHAIR = Set.of(Role.COMMITTEE_CHAIR);
  static final Set<Role> VOTERS = Set.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR);
  static final Set<Role> ANY =
      Set.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR, Role.COMMITTEE_SECRETARIAT);

  @PersistenceContext private EntityManager em;

  Paper paper(Actor actor, long paperId, Set<Role> roles) {
    Paper paper = em.find(Paper.class, paperId);
    if (paper == null
        || paper.getOrganisation().getId() != actor.organisationId()
        || !holdsFor(actor, paper.getCommittee().getId(), roles)) {
      throw new AccessDeniedException("paper " + paperId + " is not for " + actor.username());
    }
    return paper;
  }

  static boolean holdsFor(Actor actor, long committeeId, Set<Role> roles) {
    return actor.grants().stream()
        .anyMatch(
            g ->
                roles.contains(g.role())
                    && g.departmentId() == null
                    && g.schoolId() == null
                    && (g.committeeId() == null || g.committeeId() == committeeId));
  }
}

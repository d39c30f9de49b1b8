package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Owned;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may act on what in a planning cycle: the owning organisation's planners on its cycles and
 * versions, a department's contributors on that department's contribution and reports. Rows of
 * another organisation are refused exactly like rows that do not exist.
 */
@ApplicationScoped
class PlanningAccess {

  @PersistenceContext private EntityManager em;

  PlanningCycle cycle(Actor actor, Role role, long cycleId) {
    actor.require(role);
    return own(actor, PlanningCycle.class, cycleId);
  }

  WorkPlanVersion version(Actor actor, Role role, long versionId) {
    actor.require(role);
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId);
    if (version == null || version.getCycle().owner().getId() != actor.organisationId()) {
      throw new AccessDeniedException("work plan version " + versionId + " is not the actor's");
    }
    return version;
  }

  /** A goal of a draft version of the actor's organisation, for its planners. */
  Goal plannedGoal(Actor actor, long goalId) {
    actor.require(Role.PLANNER);
    Goal goal = em.find(Goal.class, goalId);
    if (goal == null
        || !goal.isPlanned()
        || goal.getWorkPlanVersion().getCycle().owner().getId() != actor.organisationId()) {
      throw new AccessDeniedException("goal " + goalId + " is not a plan goal of the actor");
    }
    return goal;
  }

  Measure plannedMeasure(Actor actor, long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null) {
      throw new AccessDeniedException("no measure " + measureId);
    }
    plannedGoal(actor, measure.getGoal().getId());
    return measure;
  }

  /** A proposed measure of the planner's organisation. */
  Measure proposal(Actor actor, long measureId) {
    actor.require(Role.PLANNER);
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null
        || measure.getGoal().isPlanned()
        || measure.getGoal().getContribution().getCycle().owner().getId()
            != actor.organisationId()) {
      throw new AccessDeniedException("measure " + measureId + " is not a proposal of the actor");
    }
    return measure;
  }

  Contribution contribution(Actor actor, long contributionId) {
    Contribution contribution = em.find(Contribution.class, contributionId);
    if (contribution == null
        || contribution.getCycle().owner().getId() != actor.organisationId()
        || !contributesFor(actor, contribution.getDepartment().getId())) {
      throw new AccessDeniedException("contribution " + contributionId + " is not the actor's");
    }
    return contribution;
  }

  Goal proposedGoal(Actor actor, long goalId) {
    Goal goal = em.find(Goal.class, goalId);
    if (goal == null || goal.isPlanned()) {
      throw new AccessDeniedException("goal " + goalId + " is not a proposal");
    }
    contribution(actor, goal.getContribution().getId());
    return goal;
  }

  Measure proposedMeasure(Actor actor, long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null) {
      throw new AccessDeniedException("no measure " + measureId);
    }
    proposedGoal(actor, measure.getGoal().getId());
    return measure;
  }

  /** Whether the actor contributes for this department (a department-scoped grant). */
  static boolean contributesFor(Actor actor, long departmentId) {
    return actor.grants().stream()
        .anyMatch(
            g ->
                g.role() == Role.DEPARTMENT_CONTRIBUTOR
                    && g.departmentId() != null
                    && g.departmentId() == departmentId);
  }

  /** A department, area or school of the actor's organisation, else refused as bad input. */
  <T extends Owned> T reference(Actor actor, Class<T> type, Long id) {
    return TenantScope.findOwn(em, type, id, actor)
        .orElseThrow(() -> new InvalidInputException("planning.unknownReference"));
  }

  Department department(Actor actor, Long id) {
    return reference(actor, Department.class, id);
  }

  private <T extends Owned> T own(Actor actor, Class<T> type, long id) {
    return TenantScope.findOwn(em, type, id, actor)
        .orElseThrow(() -> new AccessDeniedException(type.getSimpleName() + " " + id));
  }

  /** Forms carry the version they loaded; a different one means someone else saved meanwhile. */
  static void expectVersion(int actual, int expected) {
    if (actual != expected) {
      throw new InvalidInputException("planning.conflict");
    }
  }
}

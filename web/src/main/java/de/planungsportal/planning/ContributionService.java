package de.planungsportal.planning;

import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A department's contribution: its contributors propose goals and measures, add a note and submit
 * it, which completes the department's contribution task. A submitted contribution is frozen.
 */
@ApplicationScoped
@Transactional
public class ContributionService extends GoalsAndMeasures {

  @Inject private PlanningAccess access;
  @Inject private CycleTasks tasks;

  /** The contributions of a cycle the actor contributes to (one per own department). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Contribution> mine(Actor actor, long cycleId) {
    return em
        .createQuery(
            "select c from Contribution c where c.cycle.id = :cycle"
                + " and c.cycle.organisation.id = :org order by c.department.name",
            Contribution.class)
        .setParameter("cycle", cycleId)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .filter(c -> PlanningAccess.contributesFor(actor, c.getDepartment().getId()))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Contribution find(Actor actor, long contributionId) {
    return access.contribution(actor, contributionId);
  }

  public void setNote(Actor actor, long contributionId, int expectedVersion, String note) {
    Contribution contribution = access.contribution(actor, contributionId);
    PlanningAccess.expectVersion(contribution.getVersion(), expectedVersion);
    contribution.setNote(PlanContent.optional(note, 10_000));
  }

  /** Freezes the contribution and completes the department's contribution task with it. */
  public void submit(Actor actor, long contributionId, int expectedVersion) {
    Contribution contribution = access.contribution(actor, contributionId);
    PlanningAccess.expectVersion(contribution.getVersion(), expectedVersion);
    contribution.requireOpen();
    var task =
        tasks.withVariable(
            contribution.getCycle(),
            CycleTasks.CONTRIBUTE,
            ProcessVariables.DEPARTMENT,
            contribution.getDepartment().getId());
    contribution.submit(actor.username());
    tasks.complete(actor, task, Map.of());
  }

  @Override
  Goal editableGoal(Actor actor, long goalId) {
    return access.proposedGoal(actor, goalId);
  }

  @Override
  Measure editableMeasure(Actor actor, long measureId) {
    return access.proposedMeasure(actor, measureId);
  }

  @Override
  Goal addGoalTo(Actor actor, long contributionId, String[] goal) {
    return access.contribution(actor, contributionId).addGoal(goal[0], goal[1], goal[2]);
  }
}

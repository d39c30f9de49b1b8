package de.planungsportal.planning;

import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * A department's contribution: its contributors propose goals and measures, add a note and submit
 * it, which completes the department's contribution task. A submitted contribution is frozen.
 */
@ApplicationScoped
@Transactional
public class ContributionService implements PlanEditing {

  @PersistenceContext private EntityManager em;
  @Inject private PlanningAccess access;
  @Inject private PlanContent content;
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

  @Override
  public Goal addGoal(
      Actor actor, long contributionId, String focusArea, String title, String description) {
    Contribution contribution = access.contribution(actor, contributionId);
    String[] goal = content.goal(focusArea, title, description);
    Goal added = contribution.addGoal(goal[0], goal[1], goal[2]);
    em.flush();
    return added;
  }

  @Override
  public void editGoal(
      Actor actor,
      long goalId,
      int expectedVersion,
      String focusArea,
      String title,
      String description) {
    Goal goal = access.proposedGoal(actor, goalId);
    PlanningAccess.expectVersion(goal.getVersion(), expectedVersion);
    String[] checked = content.goal(focusArea, title, description);
    goal.edit(checked[0], checked[1], checked[2]);
  }

  @Override
  public void removeGoal(Actor actor, long goalId, int expectedVersion) {
    Goal goal = access.proposedGoal(actor, goalId);
    PlanningAccess.expectVersion(goal.getVersion(), expectedVersion);
    goal.getContribution().removeGoal(goal);
  }

  @Override
  public Measure addMeasure(Actor actor, long goalId, MeasureInput input) {
    Goal goal = access.proposedGoal(actor, goalId);
    Measure added = goal.addMeasure(content.measure(actor, input));
    em.flush();
    return added;
  }

  @Override
  public void editMeasure(Actor actor, long measureId, int expectedVersion, MeasureInput input) {
    Measure measure = access.proposedMeasure(actor, measureId);
    PlanningAccess.expectVersion(measure.getVersion(), expectedVersion);
    measure.edit(content.measure(actor, input));
  }

  @Override
  public void removeMeasure(Actor actor, long measureId, int expectedVersion) {
    Measure measure = access.proposedMeasure(actor, measureId);
    PlanningAccess.expectVersion(measure.getVersion(), expectedVersion);
    measure.getGoal().removeMeasure(measure);
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
}

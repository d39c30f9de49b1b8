package de.planungsportal.planning;

import de.planungsportal.tenant.Actor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The goal and measure editing the two plan editors share. They differ only in whose goals a user
 * may touch (a department's proposals, the planners' draft) and where a new goal goes, which the
 * subclasses answer; checking the content and the concurrent-edit version is the same for both.
 */
@Transactional
abstract class GoalsAndMeasures implements PlanEditing {

  @PersistenceContext protected EntityManager em;
  @Inject protected PlanContent content;

  /** The goal if this editor's user may edit it, else {@code AccessDeniedException}. */
  abstract Goal editableGoal(Actor actor, long goalId);

  /** The measure if this editor's user may edit it, else {@code AccessDeniedException}. */
  abstract Measure editableMeasure(Actor actor, long measureId);

  /** Adds the checked goal (focus area, title, description) to the owner the actor may edit. */
  abstract Goal addGoalTo(Actor actor, long ownerId, String[] goal);

  @Override
  public Goal addGoal(
      Actor actor, long ownerId, String focusArea, String title, String description) {
    Goal added = addGoalTo(actor, ownerId, content.goal(focusArea, title, description));
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
    Goal goal = editableGoal(actor, goalId);
    PlanningAccess.expectVersion(goal.getVersion(), expectedVersion);
    String[] checked = content.goal(focusArea, title, description);
    goal.edit(checked[0], checked[1], checked[2]);
  }

  @Override
  public void removeGoal(Actor actor, long goalId, int expectedVersion) {
    Goal goal = editableGoal(actor, goalId);
    PlanningAccess.expectVersion(goal.getVersion(), expectedVersion);
    if (goal.isPlanned()) {
      goal.getWorkPlanVersion().removeGoal(goal);
    } else {
      goal.getContribution().removeGoal(goal);
    }
  }

  @Override
  public Measure addMeasure(Actor actor, long goalId, MeasureInput input) {
    Goal goal = editableGoal(actor, goalId);
    Measure added = goal.addMeasure(content.measure(actor, input));
    em.flush();
    return added;
  }

  @Override
  public void editMeasure(Actor actor, long measureId, int expectedVersion, MeasureInput input) {
    Measure measure = editableMeasure(actor, measureId);
    PlanningAccess.expectVersion(measure.getVersion(), expectedVersion);
    measure.edit(content.measure(actor, input));
  }

  @Override
  public void removeMeasure(Actor actor, long measureId, int expectedVersion) {
    Measure measure = editableMeasure(actor, measureId);
    PlanningAccess.expectVersion(measure.getVersion(), expectedVersion);
    measure.getGoal().removeMeasure(measure);
  }
}

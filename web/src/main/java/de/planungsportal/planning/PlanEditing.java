package de.planungsportal.planning;

import de.planungsportal.tenant.Actor;

/**
 * Editing the goals and measures of a plan in the making, the same for a department's contribution
 * and for the planner's draft, so one editor page serves both. The owner is the contribution or the
 * draft version the goal is added to.
 */
public interface PlanEditing {

  Goal addGoal(Actor actor, long ownerId, String focusArea, String title, String description);

  void editGoal(
      Actor actor,
      long goalId,
      int expectedVersion,
      String focusArea,
      String title,
      String description);

  void removeGoal(Actor actor, long goalId, int expectedVersion);

  Measure addMeasure(Actor actor, long goalId, MeasureInput input);

  void editMeasure(Actor actor, long measureId, int expectedVersion, MeasureInput input);

  void removeMeasure(Actor actor, long measureId, int expectedVersion);
}

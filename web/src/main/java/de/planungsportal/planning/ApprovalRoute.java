package de.planungsportal.planning;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The committees a signed-off version goes to, known before the head signs: the approval-route
 * table decides on the same topics and budget the consolidation handed to the sign-off task. A kind
 * the organisation has no sitting committee of would stop the cycle at the paper's creation, so the
 * sign-off is refused while the head can still read why.
 */
@ApplicationScoped
class ApprovalRoute {

  @PersistenceContext private EntityManager em;
  @Inject private ProcessEngine engine;
  @Inject private CycleTasks tasks;

  /**
   * Refuses, changing nothing, unless each committee kind the route names sits in the cycle's
   * organisation.
   */
  void requireCommittees(PlanningCycle cycle, Task signOff) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.TOPICS, tasks.variable(signOff, ProcessVariables.TOPICS));
    variables.put(
        ProcessVariables.TOTAL_BUDGET, tasks.variable(signOff, ProcessVariables.TOTAL_BUDGET));
    List<String> kinds =
        engine
            .getDecisionService()
            .evaluateDecisionTableByKey(ProcessModels.APPROVAL_ROUTE)
            .variables(variables)
            .evaluate()
            .collectEntries("committee");
    List<Translatable> missing =
        kinds.stream()
            .distinct()
            .filter(kind -> !sits(cycle, kind))
            .map(
                kind ->
                    new Translatable(
                        "planning.signOff.committeeKind." + kind,
                        "planning.signOff.committeeKind.other",
                        List.of(kind)))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("planning.signOff.committeeMissing", missing);
    }
  }

  /** As the committee-approval process picks the committee for its paper: not ended. */
  private boolean sits(PlanningCycle cycle, String kind) {
    return !em.createQuery(
            "select c.id from Committee c where c.organisation = :organisation"
                + " and c.kind = :kind and c.endedOn is null",
            Long.class)
        .setParameter("organisation", cycle.getOrganisation())
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}

package de.planungsportal.planning;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Decisions on a submitted version: the administrative head signs it off or returns it with reasons
 * (the committees' decisions come back from their approval processes, see
 * CommitteeDecisionReturnedListener). Every decision is a WorkPlanDecision row and an audit event;
 * the version's content never changes.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

  @PersistenceContext private EntityManager em;
  @Inject private PlanningAccess access;
  @Inject private CycleTasks tasks;
  @Inject private AuditLog audit;
  @Inject private ApprovalRoute route;

  /** The version waiting for the head's sign-off in a cycle of the head's organisation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkPlanVersion awaitingSignOff(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.ADMINISTRATIVE_HEAD, cycleId);
    return decidedVersion(tasks.single(cycle, CycleTasks.HEAD_SIGN_OFF));
  }

  public void approve(Actor actor, long versionId) {
    signOff(actor, versionId, true, null);
  }

  public void returnToConsolidation(Actor actor, long versionId, String reasons) {
    signOff(actor, versionId, false, reasons);
  }

  private void signOff(Actor actor, long versionId, boolean approved, String reasons) {
    WorkPlanVersion version = access.version(actor, Role.ADMINISTRATIVE_HEAD, versionId);
    String checked =
        approved
            ? PlanContent.optional(reasons, 10_000)
            : PlanContent.text(reasons, 10_000, "planning.decision.reasonsRequired");
    Task task = tasks.single(version.getCycle(), CycleTasks.HEAD_SIGN_OFF);
    requireDecidedOn(task, version);
    if (approved) {
      route.requireCommittees(version.getCycle(), task);
    }
    version.decided(approved ? WorkPlanVersion.Status.APPROVED : WorkPlanVersion.Status.RETURNED);
    em.persist(
        new WorkPlanDecision(
            version,
            WorkPlanDecision.Step.HEAD_SIGN_OFF,
            null,
            approved ? WorkPlanDecision.Outcome.APPROVED : WorkPlanDecision.Outcome.RETURNED,
            checked,
            actor.username()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        ProcessVariables.SIGN_OFF_OUTCOME,
        approved ? ProcessVariables.APPROVED : ProcessVariables.RETURNED);
    if (checked != null) {
      variables.put(ProcessVariables.SIGN_OFF_REASONS, checked);
    }
    tasks.complete(actor, task, variables);
    audit.record(
        actor.username(),
        actor.organisationId(),
        approved ? "WORK_PLAN_SIGNED_OFF" : "WORK_PLAN_RETURNED",
        "WorkPlanVersion",
        version.getId(),
        describe(version) + (approved ? " gezeichnet" : " zurückgegeben: " + checked),
        null);
  }

  private WorkPlanVersion decidedVersion(Task task) {
    Object id = tasks.variable(task, ProcessVariables.WORK_PLAN_VERSION_ID);
    WorkPlanVersion version =
        id instanceof Number n ? em.find(WorkPlanVersion.class, n.longValue()) : null;
    if (version == null) {
      throw new InvalidInputException("planning.notAtStep");
    }
    return version;
  }

  private void requireDecidedOn(Task task, WorkPlanVersion version) {
    if (!decidedVersion(task).getId().equals(version.getId())
        || version.getStatus() != WorkPlanVersion.Status.SUBMITTED) {
      throw new InvalidInputException("planning.notAtStep");
    }
  }

  static String describe(WorkPlanVersion version) {
    return "Arbeitsplan " + version.getCycle().getYear() + " Version " + version.getNumber();
  }
}

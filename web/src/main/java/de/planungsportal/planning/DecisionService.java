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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;

/**
 * Decisions on a submitted version: the administrative head signs it off or returns it with
 * reasons; the committee secretariat records each required committee's decision. Every decision is
 * a WorkPlanDecision row and an audit event; the version's content never changes.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

  public enum CommitteeOutcome {
    APPROVED(ProcessVariables.APPROVED, WorkPlanDecision.Outcome.APPROVED),
    AMENDED(ProcessVariables.AMENDED, WorkPlanDecision.Outcome.AMENDED),
    REJECTED(ProcessVariables.REJECTED, WorkPlanDecision.Outcome.REJECTED);

    private final String variable;
    private final WorkPlanDecision.Outcome outcome;

    CommitteeOutcome(String variable, WorkPlanDecision.Outcome outcome) {
      this.variable = variable;
      this.outcome = outcome;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private PlanningAccess access;
  @Inject private CycleTasks tasks;
  @Inject private AuditLog audit;

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

  /** The committees whose decision on the cycle's current version is still to be recorded. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> pendingCommittees(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.COMMITTEE_SECRETARIAT, cycleId);
    return tasks.open(cycle, CycleTasks.COMMITTEE_DECISION).stream()
        .map(t -> Objects.toString(tasks.variable(t, ProcessVariables.COMMITTEE), null))
        .toList();
  }

  /** Records one committee's decision; amended or rejected needs reasons and sends it back. */
  public void recordCommitteeDecision(
      Actor actor, long cycleId, String committee, CommitteeOutcome outcome, String reasons) {
    PlanningCycle cycle = access.cycle(actor, Role.COMMITTEE_SECRETARIAT, cycleId);
    if (outcome == null) {
      throw new InvalidInputException("planning.decision.outcomeRequired");
    }
    String checked =
        outcome == CommitteeOutcome.APPROVED
            ? PlanContent.optional(reasons, 10_000)
            : PlanContent.text(reasons, 10_000, "planning.decision.reasonsRequired");
    Task task =
        tasks.withVariable(
            cycle, CycleTasks.COMMITTEE_DECISION, ProcessVariables.COMMITTEE, committee);
    WorkPlanVersion version = decidedVersion(task);
    if (outcome != CommitteeOutcome.APPROVED) {
      version.decided(WorkPlanVersion.Status.RETURNED);
    }
    em.persist(
        new WorkPlanDecision(
            version,
            WorkPlanDecision.Step.COMMITTEE,
            committee,
            outcome.outcome,
            checked,
            actor.username()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.COMMITTEE_OUTCOME, outcome.variable);
    if (checked != null) {
      variables.put(ProcessVariables.COMMITTEE_REASONS, checked);
    }
    tasks.complete(actor, task, variables);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "WORK_PLAN_COMMITTEE_" + outcome.name(),
        "WorkPlanVersion",
        version.getId(),
        describe(version)
            + ": Beschluss "
            + committee
            + " "
            + outcome.variable
            + (checked == null ? "" : ": " + checked),
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

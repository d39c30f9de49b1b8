package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The planner's consolidation: a new draft version, each proposal accepted, edited, merged or
 * rejected with a reason, the draft edited and submitted to the head. Only a DRAFT version changes.
 */
@ApplicationScoped
@Transactional
public class ConsolidationService extends GoalsAndMeasures {

  /** Why and by whom the plan came back to consolidation (empty before the first return). */
  public record ReturnInfo(String returnedBy, String reasons) {}

  @Inject private RuntimeService runtimeService;
  @Inject private PlanningAccess access;
  @Inject private CycleTasks tasks;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WorkPlanVersion> draft(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    return em.createQuery(
            "select v from WorkPlanVersion v where v.cycle = :cycle and v.status = :draft",
            WorkPlanVersion.class)
        .setParameter("cycle", cycle)
        .setParameter("draft", WorkPlanVersion.Status.DRAFT)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReturnInfo> returnInfo(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    if (cycle.getProcessInstanceId() == null
        || tasks.open(cycle, CycleTasks.CONSOLIDATE).isEmpty()) {
      return Optional.empty();
    }
    Object by =
        runtimeService.getVariable(cycle.getProcessInstanceId(), ProcessVariables.RETURNED_BY);
    Object reasons =
        runtimeService.getVariable(cycle.getProcessInstanceId(), ProcessVariables.RETURN_REASONS);
    return by == null
        ? Optional.empty()
        : Optional.of(new ReturnInfo(by.toString(), reasons == null ? null : reasons.toString()));
  }

  /** Whether the cycle waits for its planners to consolidate (the consolidation task is open). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean atConsolidation(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    return !tasks.open(cycle, CycleTasks.CONSOLIDATE).isEmpty();
  }

  /** The next version as a draft: a copy of the latest version, or empty for the first. */
  public WorkPlanVersion createDraft(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    // a draft made while the head signs off would be a version nobody asked for
    if (cycle.getStatus() != PlanningCycle.Status.RUNNING
        || tasks.open(cycle, CycleTasks.CONSOLIDATE).isEmpty()) {
      throw new InvalidInputException("planning.notAtStep");
    }
    if (draft(actor, cycleId).isPresent()) {
      throw new InvalidInputException("planning.draft.exists");
    }
    WorkPlanVersion latest =
        em.createQuery(
                "select v from WorkPlanVersion v where v.cycle = :cycle order by v.number desc",
                WorkPlanVersion.class)
            .setParameter("cycle", cycle)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    WorkPlanVersion draft =
        new WorkPlanVersion(cycle, latest == null ? 1 : latest.getNumber() + 1, actor.username());
    em.persist(draft);
    if (latest != null) {
      latest.getGoals().forEach(draft::copyGoal);
    }
    em.flush();
    return draft;
  }

  /**
   * Takes a proposal into the draft: under the given goal, or under the draft's copy of the goal it
   * was proposed under (created on first use). With {@code edited} content the copy is changed and
   * the proposal counts as edited.
   */
  public Measure accept(
      Actor actor, long draftId, long proposalId, Long targetGoalId, MeasureInput edited) {
    WorkPlanVersion draft = access.version(actor, Role.PLANNER, draftId);
    draft.requireDraft();
    Measure proposal = decidableProposal(actor, draft, proposalId);
    Goal target;
    if (targetGoalId != null) {
      target = access.plannedGoal(actor, targetGoalId);
      if (target.getWorkPlanVersion() != draft) {
        throw new InvalidInputException("planning.unknownReference");
      }
    } else {
      String lineage = proposal.getGoal().getLineage();
      target =
          draft.getGoals().stream()
              .filter(g -> g.getLineage().equals(lineage))
              .findFirst()
              .orElseGet(() -> draft.adoptGoal(proposal.getGoal()));
    }
    Measure copy = target.copyMeasure(proposal);
    if (edited != null) {
      copy.edit(content.measure(actor, edited));
    }
    proposal.decideProposal(
        edited == null ? Measure.ProposalDecision.ACCEPTED : Measure.ProposalDecision.EDITED, null);
    em.flush();
    return copy;
  }

  /**
   * Merges a proposal into a measure already in the draft, whose content becomes {@code merged}
   * (null keeps it); the note says how.
   */
  public void merge(
      Actor actor,
      long proposalId,
      long draftMeasureId,
      int expectedVersion,
      MeasureInput merged,
      String note) {
    Measure into = access.plannedMeasure(actor, draftMeasureId);
    WorkPlanVersion draft = into.getGoal().getWorkPlanVersion();
    draft.requireDraft();
    PlanningAccess.expectVersion(into.getVersion(), expectedVersion);
    Measure proposal = decidableProposal(actor, draft, proposalId);
    if (merged != null) {
      into.edit(content.measure(actor, merged));
    }
    proposal.decideProposal(Measure.ProposalDecision.MERGED, PlanContent.optional(note, 10_000));
  }

  public void reject(Actor actor, long proposalId, String reason) {
    Measure proposal = access.proposal(actor, proposalId);
    String checked = PlanContent.text(reason, 10_000, "planning.proposal.reasonRequired");
    WorkPlanVersion draft =
        draft(actor, proposal.getGoal().getContribution().getCycle().getId())
            .orElseThrow(() -> new InvalidInputException("planning.draft.none"));
    decidableProposal(actor, draft, proposalId)
        .decideProposal(Measure.ProposalDecision.REJECTED, checked);
  }

  private Measure decidableProposal(Actor actor, WorkPlanVersion draft, long proposalId) {
    Measure proposal = access.proposal(actor, proposalId);
    Contribution contribution = proposal.getGoal().getContribution();
    if (contribution.getCycle() != draft.getCycle()) {
      throw new InvalidInputException("planning.unknownReference");
    }
    if (contribution.isOpen()) {
      throw new InvalidInputException("planning.proposal.notSubmitted");
    }
    return proposal;
  }

  public void setNote(Actor actor, long versionId, int expectedVersion, String note) {
    WorkPlanVersion version = access.version(actor, Role.PLANNER, versionId);
    PlanningAccess.expectVersion(version.getVersion(), expectedVersion);
    version.setNote(PlanContent.optional(note, 10_000));
  }

  /**
   * Freezes the draft and hands it to the head: completes the consolidation task with the version,
   * its topics and total budget, which the approval route decides on.
   */
  public void submit(Actor actor, long versionId, int expectedVersion) {
    WorkPlanVersion version = access.version(actor, Role.PLANNER, versionId);
    PlanningAccess.expectVersion(version.getVersion(), expectedVersion);
    version.requireDraft();
    if (version.measures().isEmpty()) {
      throw new InvalidInputException("planning.draft.empty");
    }
    var task = tasks.single(version.getCycle(), CycleTasks.CONSOLIDATE);
    version.submit();
    em.persist(
        new WorkPlanDecision(
            version,
            WorkPlanDecision.Step.SUBMITTED,
            null,
            WorkPlanDecision.Outcome.SUBMITTED,
            null,
            actor.username()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.WORK_PLAN_VERSION_ID, version.getId());
    variables.put(ProcessVariables.TOPICS, topics(version));
    variables.put(ProcessVariables.TOTAL_BUDGET, version.totalBudget().doubleValue());
    tasks.complete(actor, task, variables);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "WORK_PLAN_SUBMITTED",
        "WorkPlanVersion",
        version.getId(),
        "Arbeitsplan "
            + version.getCycle().getYear()
            + " Version "
            + version.getNumber()
            + " zur Zeichnung vorgelegt",
        null);
  }

  /** The approval route's topic words for the owner departments of the plan's measures. */
  static ArrayList<String> topics(WorkPlanVersion version) {
    TreeSet<String> topics = new TreeSet<>();
    for (Measure m : version.measures()) {
      topics.add(topic(m.getOwnerDepartment().getKind()));
    }
    return new ArrayList<>(topics);
  }

  static String topic(Department.Kind kind) {
    return switch (kind) {
      case EDUCATION -> "school";
      case YOUTH_WELFARE -> "youth";
      case DAY_CARE -> "daycare";
      case SOCIAL -> "social";
      case HEALTH -> "health";
    };
  }

  @Override
  Goal editableGoal(Actor actor, long goalId) {
    return access.plannedGoal(actor, goalId);
  }

  @Override
  Measure editableMeasure(Actor actor, long measureId) {
    return access.plannedMeasure(actor, measureId);
  }

  @Override
  Goal addGoalTo(Actor actor, long versionId, String[] goal) {
    return access.version(actor, Role.PLANNER, versionId).addGoal(goal[0], goal[1], goal[2]);
  }
}

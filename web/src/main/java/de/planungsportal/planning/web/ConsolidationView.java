package de.planungsportal.planning.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.ConsolidationService.ReturnInfo;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.PlanEditing;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Backs planning/consolidate.xhtml?cycle=: the planner's draft, the departments' proposals to
 * accept, merge or reject, the head's reasons after a return, and the submission to the head.
 */
@Named
@ViewScoped
public class ConsolidationView extends PlanEditorView {

  private static final long serialVersionUID = 1L;

  @Inject private ConsolidationService consolidation;
  @Inject private PlanningCycleService cycles;

  private String cycle;
  private PlanningCycle planningCycle;
  private boolean atStep;
  private ReturnInfo returnInfo;
  private WorkPlanVersion draft;
  private List<Contribution> contributions = List.of();
  private String note;
  private Measure proposal;
  private Long targetGoalId;
  private Long mergeIntoId;
  private String decisionText;

  public void load() {
    Optional<Long> id = Pages.id(cycle);
    planningCycle =
        TaskForms.load(
                user.require(), Role.PLANNER, () -> id.map(c -> cycles.find(user.require(), c)))
            .orElse(null);
    if (planningCycle != null) {
      reload();
    }
  }

  @Override
  protected void reload() {
    Actor actor = user.require();
    long id = planningCycle.getId();
    atStep = consolidation.atConsolidation(actor, id);
    returnInfo = consolidation.returnInfo(actor, id).orElse(null);
    draft = consolidation.draft(actor, id).orElse(null);
    contributions = cycles.contributions(actor, id).stream().filter(c -> !c.isOpen()).toList();
    note = draft == null ? null : draft.getNote();
  }

  public void createDraft() {
    listChanged(
        UserChange.apply(() -> consolidation.createDraft(user.require(), planningCycle.getId())));
  }

  public void choose(Measure proposal) {
    this.proposal = proposal;
    targetGoalId = null;
    mergeIntoId = null;
    decisionText = null;
  }

  public void accept() {
    changed(
        TaskForms.applyInDialog(
            () ->
                consolidation.accept(
                    user.require(), draft.getId(), proposal.getId(), targetGoalId, null)));
  }

  public void merge() {
    Measure into =
        draft.measures().stream()
            .filter(m -> m.getId().equals(mergeIntoId))
            .findFirst()
            .orElse(null);
    changed(
        TaskForms.applyInDialog(
            () -> {
              if (into == null) {
                throw new InvalidInputException("planning.consolidate.mergeTargetRequired");
              }
              consolidation.merge(
                  user.require(),
                  proposal.getId(),
                  into.getId(),
                  into.getVersion(),
                  null,
                  decisionText);
            }));
  }

  public void reject() {
    changed(
        TaskForms.applyInDialog(
            () -> consolidation.reject(user.require(), proposal.getId(), decisionText)));
  }

  public void saveNote() {
    listChanged(
        UserChange.apply(
            () -> consolidation.setNote(user.require(), draft.getId(), draft.getVersion(), note)));
  }

  public void submit() {
    boolean done =
        UserChange.apply(
            () -> consolidation.submit(user.require(), draft.getId(), draft.getVersion()));
    submitted(done, "planning.consolidate.submitted");
  }

  @Override
  protected PlanEditing editing() {
    return consolidation;
  }

  @Override
  protected long goalOwnerId() {
    return draft.getId();
  }

  /** The planner's own measures start without a department. */
  @Override
  protected Long newMeasureDepartmentId() {
    return null;
  }

  /** Proposals still waiting for a decision while a draft is open. */
  public boolean isDecidable(Measure proposal) {
    return draft != null && proposal.getProposalDecision() == null;
  }

  public PlanningCycle getPlanningCycle() {
    return planningCycle;
  }

  public boolean isAtStep() {
    return atStep;
  }

  public ReturnInfo getReturnInfo() {
    return returnInfo;
  }

  public WorkPlanVersion getDraft() {
    return draft;
  }

  public List<Contribution> getContributions() {
    return contributions;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Measure getProposal() {
    return proposal;
  }

  public Long getTargetGoalId() {
    return targetGoalId;
  }

  public void setTargetGoalId(Long targetGoalId) {
    this.targetGoalId = targetGoalId;
  }

  public Long getMergeIntoId() {
    return mergeIntoId;
  }

  public void setMergeIntoId(Long mergeIntoId) {
    this.mergeIntoId = mergeIntoId;
  }

  public String getDecisionText() {
    return decisionText;
  }

  public void setDecisionText(String decisionText) {
    this.decisionText = decisionText;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }
}

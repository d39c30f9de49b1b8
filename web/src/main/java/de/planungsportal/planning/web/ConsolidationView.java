package de.planungsportal.planning.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.ConsolidationService.ReturnInfo;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs planning/consolidate.xhtml?cycle=: the planner's draft, the departments' proposals to
 * accept, merge or reject, the head's reasons after a return, and the submission to the head.
 */
@Named
@ViewScoped
public class ConsolidationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsolidationService consolidation;
  @Inject private PlanningCycleService cycles;
  @Inject private CurrentActor user;

  private String cycle;
  private PlanningCycle planningCycle;
  private boolean atStep;
  private ReturnInfo returnInfo;
  private WorkPlanVersion draft;
  private List<Contribution> contributions = List.of();
  private String note;
  private boolean listRefused;
  private GoalForm goalForm;
  private MeasureForm measureForm;
  private Measure proposal;
  private Long targetGoalId;
  private Long mergeIntoId;
  private String decisionText;

  public void load() {
    Optional<Long> id = PlanPages.id(cycle);
    planningCycle =
        TaskForms.load(
                user.require(), Role.PLANNER, () -> id.map(c -> cycles.find(user.require(), c)))
            .orElse(null);
    if (planningCycle != null) {
      reload();
    }
  }

  private void reload() {
    Actor actor = user.require();
    long id = planningCycle.getId();
    atStep = consolidation.atConsolidation(actor, id);
    returnInfo = consolidation.returnInfo(actor, id).orElse(null);
    draft = consolidation.draft(actor, id).orElse(null);
    contributions = cycles.contributions(actor, id).stream().filter(c -> !c.isOpen()).toList();
    note = draft == null ? null : draft.getNote();
  }

  /** A change from the page itself: a refusal shows on the page. */
  private void listChanged(boolean done) {
    changed(done);
    listRefused = !done;
  }

  /** A change from a dialog: a refusal shows in the dialog. */
  private void changed(boolean done) {
    listRefused = false;
    if (done) {
      Messages.info("admin.saved");
    }
    reload();
  }

  public void createDraft() {
    listChanged(
        TaskForms.apply(() -> consolidation.createDraft(user.require(), planningCycle.getId())));
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
        TaskForms.apply(
            () -> consolidation.setNote(user.require(), draft.getId(), draft.getVersion(), note)));
  }

  public void newGoal() {
    goalForm = new GoalForm();
  }

  public void editGoal(Goal goal) {
    goalForm = GoalForm.of(goal);
  }

  public void saveGoal() {
    GoalForm form = goalForm;
    changed(
        TaskForms.applyInDialog(
            () -> {
              if (form.isNew()) {
                consolidation.addGoal(
                    user.require(),
                    draft.getId(),
                    form.getFocusArea(),
                    form.getTitle(),
                    form.getDescription());
              } else {
                consolidation.editGoal(
                    user.require(),
                    form.getGoalId(),
                    form.getVersion(),
                    form.getFocusArea(),
                    form.getTitle(),
                    form.getDescription());
              }
            }));
  }

  public void removeGoal(Goal goal) {
    listChanged(
        TaskForms.apply(
            () -> consolidation.removeGoal(user.require(), goal.getId(), goal.getVersion())));
  }

  public void newMeasure(Goal goal) {
    measureForm = MeasureForm.newUnder(goal.getId(), null);
  }

  public void editMeasure(Measure measure) {
    measureForm = MeasureForm.of(measure);
  }

  public void saveMeasure() {
    MeasureForm form = measureForm;
    changed(
        TaskForms.applyInDialog(
            () -> {
              if (form.isNew()) {
                consolidation.addMeasure(user.require(), form.getGoalId(), form.input());
              } else {
                consolidation.editMeasure(
                    user.require(), form.getMeasureId(), form.getVersion(), form.input());
              }
            }));
  }

  public void removeMeasure(Measure measure) {
    listChanged(
        TaskForms.apply(
            () ->
                consolidation.removeMeasure(
                    user.require(), measure.getId(), measure.getVersion())));
  }

  public void submit() {
    boolean done =
        TaskForms.apply(
            () -> consolidation.submit(user.require(), draft.getId(), draft.getVersion()));
    if (done) {
      Messages.info("planning.consolidate.submitted");
    }
    listRefused = !done;
    reload();
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

  public boolean isListRefused() {
    return listRefused;
  }

  public GoalForm getGoalForm() {
    return goalForm;
  }

  public MeasureForm getMeasureForm() {
    return measureForm;
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

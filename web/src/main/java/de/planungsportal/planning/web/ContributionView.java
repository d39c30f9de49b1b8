package de.planungsportal.planning.web;

import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
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
 * Backs planning/contribute.xhtml?cycle=[&department=]: a department's contribution to a cycle, its
 * note, goals and measures, and its submission. A contributor for several departments picks one.
 */
@Named
@ViewScoped
public class ContributionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContributionService contributions;
  @Inject private CurrentActor user;

  private String cycle;
  private String department;
  private long cycleId;
  private List<Contribution> mine = List.of();
  private Contribution contribution;
  private String note;
  private boolean listRefused;
  private GoalForm goalForm;
  private MeasureForm measureForm;

  public void load() {
    Optional<Long> id = PlanPages.id(cycle);
    contribution =
        TaskForms.load(
                user.require(),
                Role.DEPARTMENT_CONTRIBUTOR,
                () -> id.flatMap(c -> choose(contributions.mine(user.require(), c))))
            .orElse(null);
    if (contribution != null) {
      cycleId = id.get();
      note = contribution.getNote();
    }
  }

  private Optional<Contribution> choose(List<Contribution> found) {
    mine = found;
    Optional<Long> wanted = PlanPages.id(department);
    return found.stream()
        .filter(c -> wanted.isEmpty() || wanted.get().equals(c.getDepartment().getId()))
        .findFirst();
  }

  private void reload() {
    mine = contributions.mine(user.require(), cycleId);
    long id = contribution.getId();
    contribution = mine.stream().filter(c -> c.getId() == id).findFirst().orElse(null);
    if (contribution != null) {
      note = contribution.getNote();
    }
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

  public void saveNote() {
    listChanged(
        TaskForms.apply(
            () ->
                contributions.setNote(
                    user.require(), contribution.getId(), contribution.getVersion(), note)));
  }

  public void newGoal() {
    goalForm = new GoalForm();
  }

  public void editGoal(Goal goal) {
    goalForm = GoalForm.of(goal);
  }

  public void saveGoal() {
    GoalForm form = goalForm;
    boolean done =
        TaskForms.applyInDialog(
            () -> {
              if (form.isNew()) {
                contributions.addGoal(
                    user.require(),
                    contribution.getId(),
                    form.getFocusArea(),
                    form.getTitle(),
                    form.getDescription());
              } else {
                contributions.editGoal(
                    user.require(),
                    form.getGoalId(),
                    form.getVersion(),
                    form.getFocusArea(),
                    form.getTitle(),
                    form.getDescription());
              }
            });
    changed(done);
  }

  public void removeGoal(Goal goal) {
    listChanged(
        TaskForms.apply(
            () -> contributions.removeGoal(user.require(), goal.getId(), goal.getVersion())));
  }

  public void newMeasure(Goal goal) {
    measureForm = MeasureForm.newUnder(goal.getId(), contribution.getDepartment().getId());
  }

  public void editMeasure(Measure measure) {
    measureForm = MeasureForm.of(measure);
  }

  public void saveMeasure() {
    MeasureForm form = measureForm;
    boolean done =
        TaskForms.applyInDialog(
            () -> {
              if (form.isNew()) {
                contributions.addMeasure(user.require(), form.getGoalId(), form.input());
              } else {
                contributions.editMeasure(
                    user.require(), form.getMeasureId(), form.getVersion(), form.input());
              }
            });
    changed(done);
  }

  public void removeMeasure(Measure measure) {
    listChanged(
        TaskForms.apply(
            () ->
                contributions.removeMeasure(
                    user.require(), measure.getId(), measure.getVersion())));
  }

  public void submit() {
    boolean done =
        TaskForms.apply(
            () ->
                contributions.submit(
                    user.require(), contribution.getId(), contribution.getVersion()));
    if (done) {
      Messages.info("planning.contribute.submitted");
    }
    listRefused = !done;
    reload();
  }

  public boolean isEditable() {
    return contribution != null && contribution.isOpen();
  }

  public Contribution getContribution() {
    return contribution;
  }

  public List<Contribution> getMine() {
    return mine;
  }

  public long getCycleId() {
    return cycleId;
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

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }
}

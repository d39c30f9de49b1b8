package de.planungsportal.planning.web;

import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.PlanEditing;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * What the contribution and consolidation pages share: the goal and measure dialogs of
 * WEB-INF/includes/planning-goal-list.xhtml, and how a change reports back. Subclasses say which
 * service edits, which plan the goals belong to and how the page reloads.
 */
public abstract class PlanEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected CurrentActor user;

  private boolean listRefused;
  private GoalForm goalForm;
  private MeasureForm measureForm;

  /** The service that edits this page's goals and measures. */
  protected abstract PlanEditing editing();

  /** The contribution or draft version a new goal is added to. */
  protected abstract long goalOwnerId();

  /** The department a new measure starts with, null for none. */
  protected abstract Long newMeasureDepartmentId();

  /** Reads the page's state again after a change. */
  protected abstract void reload();

  /** A change from the page itself: a refusal shows on the page. */
  protected void listChanged(boolean done) {
    changed(done);
    listRefused = !done;
  }

  /** A change from a dialog: a refusal shows in the dialog. */
  protected void changed(boolean done) {
    listRefused = false;
    if (done) {
      Messages.info("admin.saved");
    }
    reload();
  }

  /** A submission from the page: its own message, a refusal shows on the page. */
  protected void submitted(boolean done, String messageKey) {
    if (done) {
      Messages.info(messageKey);
    }
    listRefused = !done;
    reload();
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
                editing()
                    .addGoal(
                        user.require(),
                        goalOwnerId(),
                        form.getFocusArea(),
                        form.getTitle(),
                        form.getDescription());
              } else {
                editing()
                    .editGoal(
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
        UserChange.apply(
            () -> editing().removeGoal(user.require(), goal.getId(), goal.getVersion())));
  }

  public void newMeasure(Goal goal) {
    measureForm = MeasureForm.newUnder(goal.getId(), newMeasureDepartmentId());
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
                editing().addMeasure(user.require(), form.getGoalId(), form.input());
              } else {
                editing()
                    .editMeasure(
                        user.require(), form.getMeasureId(), form.getVersion(), form.input());
              }
            }));
  }

  public void removeMeasure(Measure measure) {
    listChanged(
        UserChange.apply(
            () -> editing().removeMeasure(user.require(), measure.getId(), measure.getVersion())));
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
}

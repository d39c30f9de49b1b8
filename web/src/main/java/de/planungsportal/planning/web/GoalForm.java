package de.planungsportal.planning.web;

import de.planungsportal.planning.Goal;
import java.io.Serializable;

/** The goal dialog's fields: a new goal, or an existing one with the version it was loaded in. */
public class GoalForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long goalId;
  private int version;
  private String focusArea;
  private String title;
  private String description;

  static GoalForm of(Goal goal) {
    GoalForm form = new GoalForm();
    form.goalId = goal.getId();
    form.version = goal.getVersion();
    form.focusArea = goal.getFocusArea();
    form.title = goal.getTitle();
    form.description = goal.getDescription();
    return form;
  }

  public boolean isNew() {
    return goalId == null;
  }

  public Long getGoalId() {
    return goalId;
  }

  public int getVersion() {
    return version;
  }

  public String getFocusArea() {
    return focusArea;
  }

  public void setFocusArea(String focusArea) {
    this.focusArea = focusArea;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}

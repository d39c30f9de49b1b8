package de.planungsportal.planning.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.FollowUpService;
import de.planungsportal.planning.PlanViews.CycleRow;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs planning/year-end.xhtml?cycle=: the planner closes the cycle's year with a report. */
@Named
@ViewScoped
public class YearEndView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String STEP = "Task_YearEndReport";

  @Inject private FollowUpService followUp;
  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;

  private String cycle;
  private CycleRow row;
  private String report;

  public void load() {
    row =
        TaskPages.load(
                user.require(),
                Role.PLANNER,
                cycle,
                id -> {
                  CycleRow found =
                      queries
                          .cycle(user.require(), id)
                          .filter(d -> d.full())
                          .orElseThrow(() -> new AccessDeniedException("cycle " + id))
                          .cycle();
                  if (found.currentSteps().stream().noneMatch(s -> STEP.equals(s.taskKey()))) {
                    throw new InvalidInputException("planning.notAtStep");
                  }
                  return found;
                })
            .orElse(null);
  }

  public String close() {
    return UserChange.apply(() -> followUp.closeYear(user.require(), row.id(), report))
        ? Pages.toTaskList("yearClosed")
        : null;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public CycleRow getRow() {
    return row;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }
}

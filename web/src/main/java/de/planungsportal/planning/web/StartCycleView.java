package de.planungsportal.planning.web;

import de.planungsportal.area.ReferenceDataService;
import de.planungsportal.area.ReferenceItem;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.UserChange;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Backs planning/start.xhtml: the planner starts the cycle of a year for chosen departments. */
@Named
@ViewScoped
public class StartCycleView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The follow-up intervals on offer, as ISO-8601 periods; quarterly unless chosen otherwise. */
  private static final List<String> INTERVALS = List.of("P1M", "P3M", "P6M");

  @Inject private PlanningCycleService cycles;
  @Inject private ReferenceDataService referenceData;
  @Inject private CurrentActor user;

  private List<ReferenceItem> departments;
  private Integer year = LocalDate.now().getYear() + 1;
  private String title;
  private List<Long> departmentIds = new ArrayList<>();
  private LocalDate contributionDue = LocalDate.now().plusWeeks(6);
  private String followUpInterval = "P3M";
  private boolean fromPreviousCycle;

  /** The own organisation's departments only: a partner's shared ones never take part. */
  @PostConstruct
  void load() {
    departments =
        referenceData.departments(user.require()).stream().filter(d -> !d.isShared()).toList();
  }

  /** Starts the cycle and opens its page, or stays with the reason and nothing created. */
  public String start() {
    PlanningCycle[] started = new PlanningCycle[1];
    boolean done =
        UserChange.apply(
            () ->
                started[0] =
                    cycles.start(
                        user.require(),
                        new StartCycle(
                            year == null ? 0 : year,
                            title,
                            departmentIds,
                            contributionDue,
                            followUpInterval,
                            fromPreviousCycle)));
    if (!done) {
      return null;
    }
    return "/planning/cycle?faces-redirect=true&notice=cycleStarted&id=" + started[0].getId();
  }

  public List<ReferenceItem> getDepartments() {
    return departments;
  }

  public List<String> getIntervals() {
    return INTERVALS;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<Long> getDepartmentIds() {
    return departmentIds;
  }

  public void setDepartmentIds(List<Long> departmentIds) {
    this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
  }

  public LocalDate getContributionDue() {
    return contributionDue;
  }

  public void setContributionDue(LocalDate contributionDue) {
    this.contributionDue = contributionDue;
  }

  public String getFollowUpInterval() {
    return followUpInterval;
  }

  public void setFollowUpInterval(String followUpInterval) {
    this.followUpInterval = followUpInterval;
  }

  public boolean isFromPreviousCycle() {
    return fromPreviousCycle;
  }

  public void setFromPreviousCycle(boolean fromPreviousCycle) {
    this.fromPreviousCycle = fromPreviousCycle;
  }
}

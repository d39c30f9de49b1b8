package de.planungsportal.planning.web;

import de.planungsportal.planning.PlanViews.CycleDetail;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs planning/cycle.xhtml?id=: a cycle's facts, departments, versions and decisions. */
@Named
@RequestScoped
public class CycleView {

  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;

  private String id;
  private CycleDetail detail;

  public void load() {
    detail =
        PlanPages.load(
                () -> Pages.id(id).flatMap(cycleId -> queries.cycle(user.require(), cycleId)))
            .orElse(null);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CycleDetail getDetail() {
    return detail;
  }

  /** Two versions to compare by default: the last two. */
  public boolean isComparable() {
    return detail != null && detail.versions().size() >= 2;
  }
}

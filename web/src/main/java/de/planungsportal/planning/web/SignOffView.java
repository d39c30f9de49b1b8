package de.planungsportal.planning.web;

import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.PlanViews.CycleDetail;
import de.planungsportal.planning.PlanViews.VersionRow;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs planning/sign-off.xhtml?cycle=: the administrative head signs off the submitted version or
 * returns it with reasons.
 */
@Named
@ViewScoped
public class SignOffView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The submitted version as the head reads it, with the cycle it belongs to. */
  public record Submitted(String cycleTitle, int year, VersionRow version) {}

  @Inject private DecisionService decisions;
  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;

  private String cycle;
  private Submitted submitted;
  private String reasons;

  public void load() {
    submitted =
        TaskPages.load(
                user.require(),
                Role.ADMINISTRATIVE_HEAD,
                cycle,
                id -> {
                  long versionId = decisions.awaitingSignOff(user.require(), id).getId();
                  CycleDetail detail = queries.cycle(user.require(), id).orElseThrow();
                  VersionRow version =
                      detail.versions().stream()
                          .filter(v -> v.id() == versionId)
                          .findFirst()
                          .orElseThrow();
                  return new Submitted(detail.cycle().title(), detail.cycle().year(), version);
                })
            .orElse(null);
  }

  public String approve() {
    return UserChange.apply(() -> decisions.approve(user.require(), submitted.version().id()))
        ? Pages.toTaskList("signedOff")
        : null;
  }

  public String giveBack() {
    return UserChange.apply(
            () ->
                decisions.returnToConsolidation(user.require(), submitted.version().id(), reasons))
        ? Pages.toTaskList("returned")
        : null;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public Submitted getSubmitted() {
    return submitted;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}

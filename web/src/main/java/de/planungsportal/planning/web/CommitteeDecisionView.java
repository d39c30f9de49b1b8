package de.planungsportal.planning.web;

import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.DecisionService.CommitteeOutcome;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs planning/committee-decision.xhtml?cycle=: the committee secretariat records a required
 * committee's decision on the signed-off version (the stand-in for the committee process).
 */
@Named
@ViewScoped
public class CommitteeDecisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DecisionService decisions;
  @Inject private CurrentActor user;

  private String cycle;
  private long cycleId;
  private List<String> committees;
  private String committee;
  private CommitteeOutcome outcome;
  private String reasons;

  public void load() {
    committees =
        TaskPages.load(
                user.require(),
                Role.COMMITTEE_SECRETARIAT,
                cycle,
                id -> {
                  List<String> pending = decisions.pendingCommittees(user.require(), id);
                  cycleId = id;
                  return pending;
                })
            .orElse(null);
    if (committees != null && committees.size() == 1) {
      committee = committees.get(0);
    }
  }

  public String record() {
    return UserChange.apply(
            () ->
                decisions.recordCommitteeDecision(
                    user.require(), cycleId, committee, outcome, reasons))
        ? TaskPages.toTaskList("committeeRecorded")
        : null;
  }

  public CommitteeOutcome[] getOutcomes() {
    return CommitteeOutcome.values();
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public List<String> getCommittees() {
    return committees;
  }

  public String getCommittee() {
    return committee;
  }

  public void setCommittee(String committee) {
    this.committee = committee;
  }

  public CommitteeOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CommitteeOutcome outcome) {
    this.outcome = outcome;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}

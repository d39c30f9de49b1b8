package de.planungsportal.committee.web;

import de.planungsportal.committee.MeetingVote;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.Tally;
import de.planungsportal.committee.VotingService;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs committee/meeting-vote.xhtml?paper=: the secretariat records the vote of the meeting the
 * paper was on, from the minutes: counts, members present, deferral, amendment and reasons.
 */
@Named
@ViewScoped
public class MeetingVoteView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The paper on the agenda and the committee's voting members in the current round. */
  public record OnAgenda(Paper paper, Tally tally) {}

  @Inject private PaperService papers;
  @Inject private VotingService votes;
  @Inject private CurrentActor user;

  private String paper;
  private OnAgenda onAgenda;
  private Integer yes;
  private Integer no;
  private Integer abstentions;
  private Integer present;
  private boolean deferred;
  private String amendment;
  private String reasons;

  public void load() {
    onAgenda =
        PaperPages.load(
                user.require(),
                PaperPages.SECRETARIAT,
                paper,
                id -> {
                  Paper found = papers.paper(user.require(), id);
                  PaperPages.requireAt(found.getState() == Paper.State.ON_AGENDA);
                  return new OnAgenda(found, votes.tally(user.require(), id));
                })
            .orElse(null);
  }

  public String record() {
    MeetingVote vote =
        new MeetingVote(
            count(yes),
            count(no),
            count(abstentions),
            count(present),
            deferred,
            amendment,
            reasons);
    return UserChange.apply(
            () -> votes.recordMeetingVote(user.require(), onAgenda.paper().getId(), vote))
        ? Pages.toTaskList("meetingVoteRecorded")
        : null;
  }

  /** The fields are required; a count the converter let through empty is refused as -1. */
  private static int count(Integer value) {
    return value == null ? -1 : value;
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }

  public OnAgenda getOnAgenda() {
    return onAgenda;
  }

  public Integer getYes() {
    return yes;
  }

  public void setYes(Integer yes) {
    this.yes = yes;
  }

  public Integer getNo() {
    return no;
  }

  public void setNo(Integer no) {
    this.no = no;
  }

  public Integer getAbstentions() {
    return abstentions;
  }

  public void setAbstentions(Integer abstentions) {
    this.abstentions = abstentions;
  }

  public Integer getPresent() {
    return present;
  }

  public void setPresent(Integer present) {
    this.present = present;
  }

  public boolean isDeferred() {
    return deferred;
  }

  public void setDeferred(boolean deferred) {
    this.deferred = deferred;
  }

  public String getAmendment() {
    return amendment;
  }

  public void setAmendment(String amendment) {
    this.amendment = amendment;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}

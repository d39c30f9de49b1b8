package de.planungsportal.committee.web;

import de.planungsportal.committee.CommitteeVote;
import de.planungsportal.committee.OpenVote;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.VotingService;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs committee/vote.xhtml?paper=: a member's vote in a written circulation, approve, reject or
 * abstain, with an optional comment. Only while the member's sign-off on the paper is open.
 */
@Named
@ViewScoped
public class PaperVoteView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The paper as the member reads it before voting. */
  public record Ballot(Paper paper, OpenVote open) {}

  @Inject private PaperService papers;
  @Inject private VotingService votes;
  @Inject private CurrentActor user;

  private String paper;
  private Ballot ballot;
  private CommitteeVote.Choice choice;
  private String comment;

  public void load() {
    ballot =
        PaperPages.load(
                user.require(),
                PaperPages.VOTERS,
                paper,
                id -> {
                  Paper found = papers.paper(user.require(), id);
                  OpenVote open =
                      votes.openVotes(user.require()).stream()
                          .filter(v -> v.paperId() == id)
                          .findFirst()
                          .orElse(null);
                  PaperPages.requireAt(open != null);
                  return new Ballot(found, open);
                })
            .orElse(null);
  }

  public String vote() {
    return UserChange.apply(
            () -> votes.castVote(user.require(), ballot.open().paperId(), choice, comment))
        ? "/committee/my-votes?faces-redirect=true&notice=voteCast"
        : null;
  }

  public CommitteeVote.Choice[] getChoices() {
    return CommitteeVote.Choice.values();
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }

  public Ballot getBallot() {
    return ballot;
  }

  public CommitteeVote.Choice getChoice() {
    return choice;
  }

  public void setChoice(CommitteeVote.Choice choice) {
    this.choice = choice;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

package de.planungsportal.committee.web;

import de.planungsportal.committee.CommitteeVote;
import de.planungsportal.committee.OpenVote;
import de.planungsportal.committee.VotingService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs committee/my-votes.xhtml: the member's open sign-offs with their due dates, past votes. */
@Named
@RequestScoped
public class MyVotesView {

  @Inject private VotingService votes;
  @Inject private CurrentActor user;

  private List<OpenVote> open = List.of();
  private List<CommitteeVote> past = List.of();

  public void load() {
    Actor actor = user.require();
    if (!actor.hasAny(PaperPages.VOTERS)) {
      Pages.sendError(403);
      return;
    }
    open = votes.openVotes(actor);
    past = votes.myVotes(actor);
  }

  public List<OpenVote> getOpen() {
    return open;
  }

  public List<CommitteeVote> getPast() {
    return past;
  }
}

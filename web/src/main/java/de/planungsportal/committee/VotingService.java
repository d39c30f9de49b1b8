package de.planungsportal.committee;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Votes on papers: members' votes in a written circulation, a meeting's recorded vote. */
@ApplicationScoped
@Transactional
public class VotingService {

  /** The member's open circulation votes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OpenVote> openVotes(Actor actor) {
    throw new UnsupportedOperationException("not yet");
  }

  public void castVote(Actor actor, long paperId, CommitteeVote.Choice choice, String comment) {
    throw new UnsupportedOperationException("not yet");
  }

  public void recordMeetingVote(Actor actor, long paperId, MeetingVote vote) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The member's past votes, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CommitteeVote> myVotes(Actor actor) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The current round's votes, for the secretariat and the chair. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tally tally(Actor actor, long paperId) {
    throw new UnsupportedOperationException("not yet");
  }
}

package de.planungsportal.committee;

import java.time.LocalDateTime;

/** What a decision record states, as plain values: the paper, the vote, its outcome, signature. */
public record DecisionRecord(
    String organisation,
    String committee,
    String reference,
    String title,
    String resolution,
    int round,
    Paper.Procedure procedure,
    String meeting,
    LocalDateTime meetingStartsAt,
    CommitteeDecision.Outcome outcome,
    int yes,
    int no,
    int abstentions,
    int votingMembers,
    int membersPresent,
    boolean quorumReached,
    String amendment,
    String reasons,
    String recordedBy,
    LocalDateTime recordedAt,
    String signedBy,
    LocalDateTime signedAt) {

  static DecisionRecord of(CommitteeDecision d) {
    Paper paper = d.getPaper();
    Meeting meeting = d.getMeeting();
    return new DecisionRecord(
        paper.getOrganisation().getName(),
        paper.getCommittee().getName(),
        paper.getReference(),
        paper.getTitle(),
        paper.getResolution(),
        d.getRound(),
        d.getProcedure(),
        meeting == null ? null : meeting.getName(),
        meeting == null ? null : meeting.getStartsAt(),
        d.getOutcome(),
        d.getYesVotes(),
        d.getNoVotes(),
        d.getAbstentions(),
        d.getVotingMembers(),
        d.getMembersPresent(),
        d.isQuorumReached(),
        d.getAmendment(),
        d.getReasons(),
        d.getRecordedBy(),
        d.getRecordedAt(),
        d.getSignedBy(),
        d.getSignedAt());
  }

  public boolean signed() {
    return signedBy != null;
  }
}

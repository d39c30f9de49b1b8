package de.planungsportal.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One vote round on a paper; provisional until the chair signs it. */
@Entity
@Table(name = "committee_decision")
public class CommitteeDecision implements Serializable {

  public enum Outcome {
    APPROVED,
    AMENDED,
    REJECTED,
    DEFERRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "paper_id", updatable = false)
  private Paper paper;

  @Column(nullable = false, updatable = false)
  private int round;

  @ManyToOne(optional = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id", updatable = false)
  private Meeting meeting;

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_kind", nullable = false, length = 20, updatable = false)
  private Paper.Procedure procedure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Outcome outcome;

  @Column(name = "yes_votes", nullable = false, updatable = false)
  private int yesVotes;

  @Column(name = "no_votes", nullable = false, updatable = false)
  private int noVotes;

  @Column(nullable = false, updatable = false)
  private int abstentions;

  @Column(name = "voting_members", nullable = false, updatable = false)
  private int votingMembers;

  @Column(name = "members_present", nullable = false, updatable = false)
  private int membersPresent;

  @Column(name = "quorum_reached", nullable = false, updatable = false)
  private boolean quorumReached;

  @Column(columnDefinition = "TEXT", updatable = false)
  private String amendment;

  @Column(columnDefinition = "TEXT", updatable = false)
  private String reasons;

  @Column(name = "recorded_by", nullable = false, length = 80, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(name = "signed_by", length = 80)
  private String signedBy;

  @Column(name = "signed_at")
  private LocalDateTime signedAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected CommitteeDecision() {}

  public CommitteeDecision(
      Paper paper,
      int round,
      Meeting meeting,
      Paper.Procedure procedure,
      Outcome outcome,
      int yesVotes,
      int noVotes,
      int abstentions,
      int votingMembers,
      int membersPresent,
      boolean quorumReached,
      String amendment,
      String reasons,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.paper = paper;
    this.round = round;
    this.meeting = meeting;
    this.procedure = procedure;
    this.outcome = outcome;
    this.yesVotes = yesVotes;
    this.noVotes = noVotes;
    this.abstentions = abstentions;
    this.votingMembers = votingMembers;
    this.membersPresent = membersPresent;
    this.quorumReached = quorumReached;
    this.amendment = amendment;
    this.reasons = reasons;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Paper getPaper() {
    return paper;
  }

  public int getRound() {
    return round;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public Paper.Procedure getProcedure() {
    return procedure;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getYesVotes() {
    return yesVotes;
  }

  public int getNoVotes() {
    return noVotes;
  }

  public int getAbstentions() {
    return abstentions;
  }

  public int getVotingMembers() {
    return votingMembers;
  }

  public int getMembersPresent() {
    return membersPresent;
  }

  public boolean isQuorumReached() {
    return quorumReached;
  }

  public String getAmendment() {
    return amendment;
  }

  public String getReasons() {
    return reasons;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public LocalDateTime getSignedAt() {
    return signedAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }

  public int getVersion() {
    return version;
  }

  /** The chair's signature; once given, the decision is final. */
  public void sign(String chair, LocalDateTime at) {
    if (signedBy != null) {
      throw new IllegalStateException("already signed");
    }
    this.signedBy = chair;
    this.signedAt = at;
  }

  public boolean isSigned() {
    return signedBy != null;
  }
}

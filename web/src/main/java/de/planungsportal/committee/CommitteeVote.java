package de.planungsportal.committee;

import de.planungsportal.identity.Account;
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
import java.io.Serializable;
import java.time.LocalDateTime;

/** A member's vote in a written circulation; one per member and round, never changed. */
@Entity
@Table(name = "committee_vote")
public class CommitteeVote implements Serializable {

  public enum Choice {
    YES,
    NO,
    ABSTAIN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "paper_id", updatable = false)
  private Paper paper;

  @Column(nullable = false, updatable = false)
  private int round;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Choice choice;

  @Column(columnDefinition = "TEXT", updatable = false)
  private String comment;

  @Column(name = "cast_at", nullable = false, updatable = false)
  private LocalDateTime castAt;

  protected CommitteeVote() {}

  public CommitteeVote(
      Paper paper,
      int round,
      Account account,
      Choice choice,
      String comment,
      LocalDateTime castAt) {
    this.paper = paper;
    this.round = round;
    this.account = account;
    this.choice = choice;
    this.comment = comment;
    this.castAt = castAt;
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

  public Account getAccount() {
    return account;
  }

  public Choice getChoice() {
    return choice;
  }

  public String getComment() {
    return comment;
  }

  public LocalDateTime getCastAt() {
    return castAt;
  }
}

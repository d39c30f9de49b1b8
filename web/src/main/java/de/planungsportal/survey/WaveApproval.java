package de.planungsportal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One decision of a wave's review, kept for good: which role decided which revision, approving it
 * or returning it with reasons, and who. The field opens only on two approvals of the current
 * revision (checked again by the field's delegates).
 */
@Entity
@Table(name = "wave_approval")
public class WaveApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "wave_id", updatable = false)
  private SurveyWave wave;

  /** The reviewing role's name: data-protection-officer or school-authority. */
  @Column(nullable = false, length = 40, updatable = false)
  private String role;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(nullable = false, updatable = false)
  private boolean approved;

  @Column(updatable = false)
  private String reasons;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private LocalDateTime decidedAt;

  protected WaveApproval() {}

  public WaveApproval(
      SurveyWave wave, String role, int revision, boolean approved, String reasons, long account) {
    this.wave = wave;
    this.role = role;
    this.revision = revision;
    this.approved = approved;
    this.reasons = reasons;
    this.accountId = account;
    this.decidedAt = LocalDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public SurveyWave getWave() {
    return wave;
  }

  public String getRole() {
    return role;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getReasons() {
    return reasons;
  }

  public long getAccountId() {
    return accountId;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }
}

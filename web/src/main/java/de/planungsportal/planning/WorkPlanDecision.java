package de.planungsportal.planning;

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

/** Who decided what on a version of the work plan, and why; rows are only ever added. */
@Entity
@Table(name = "work_plan_decision")
public class WorkPlanDecision implements Serializable {

  public enum Step {
    SUBMITTED,
    HEAD_SIGN_OFF,
    COMMITTEE,
    PUBLISHED
  }

  public enum Outcome {
    SUBMITTED,
    APPROVED,
    RETURNED,
    AMENDED,
    REJECTED,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id", updatable = false)
  private WorkPlanVersion workPlanVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Step step;

  /** The committee kind for {@link Step#COMMITTEE}, e.g. SCHULTRAEGER. */
  @Column(length = 40, updatable = false)
  private String committee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Outcome outcome;

  @Column(columnDefinition = "TEXT", updatable = false)
  private String reasons;

  @Column(name = "decided_by", nullable = false, length = 80, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private LocalDateTime decidedAt = LocalDateTime.now();

  protected WorkPlanDecision() {}

  public WorkPlanDecision(
      WorkPlanVersion workPlanVersion,
      Step step,
      String committee,
      Outcome outcome,
      String reasons,
      String decidedBy) {
    this.workPlanVersion = workPlanVersion;
    this.step = step;
    this.committee = committee;
    this.outcome = outcome;
    this.reasons = reasons;
    this.decidedBy = decidedBy;
  }

  public Long getId() {
    return id;
  }

  public WorkPlanVersion getWorkPlanVersion() {
    return workPlanVersion;
  }

  public Step getStep() {
    return step;
  }

  public String getCommittee() {
    return committee;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReasons() {
    return reasons;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }
}

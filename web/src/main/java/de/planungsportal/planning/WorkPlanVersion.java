package de.planungsportal.planning;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One consolidated version of a cycle's work plan. Only a DRAFT changes; once submitted to the head
 * it is frozen, and a return leads to a new version, so every decision refers to exactly the text
 * that was decided on.
 */
@Entity
@Table(name = "work_plan_version")
public class WorkPlanVersion implements Serializable {

  public enum Status {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cycle_id", updatable = false)
  private PlanningCycle cycle;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.DRAFT;

  @Column(columnDefinition = "TEXT")
  private String note;

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt = LocalDateTime.now();

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @OneToMany(mappedBy = "workPlanVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Goal> goals = new ArrayList<>();

  @Version private int version;

  protected WorkPlanVersion() {}

  public WorkPlanVersion(PlanningCycle cycle, int number, String createdBy) {
    this.cycle = cycle;
    this.number = number;
    this.createdBy = createdBy;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  void requireDraft() {
    if (!isDraft()) {
      throw new PlanFrozenException("Version " + number + " of the work plan");
    }
  }

  void setNote(String note) {
    requireDraft();
    this.note = note;
  }

  Goal addGoal(String focusArea, String title, String description) {
    requireDraft();
    Goal goal = Goal.plannedIn(this, goals.size(), focusArea, title, description);
    goals.add(goal);
    return goal;
  }

  /** Copies a goal of another version or a proposal, keeping its lineage. */
  Goal copyGoal(Goal source) {
    requireDraft();
    Goal goal = source.copyInto(this, goals.size());
    goals.add(goal);
    return goal;
  }

  /** A goal with a proposal's lineage and texts but none of its measures. */
  Goal adoptGoal(Goal proposal) {
    requireDraft();
    Goal goal = proposal.shellInto(this, goals.size());
    goals.add(goal);
    return goal;
  }

  void removeGoal(Goal goal) {
    requireDraft();
    goals.remove(goal);
  }

  void submit() {
    requireDraft();
    status = Status.SUBMITTED;
    submittedAt = LocalDateTime.now();
  }

  /** Decisions move a frozen version on; they never change its content. */
  void decided(Status next) {
    if (status == Status.DRAFT || next == Status.DRAFT) {
      throw new IllegalStateException(
          "Version " + number + " is " + status + ", cannot be " + next);
    }
    status = next;
  }

  public BigDecimal totalBudget() {
    return goals.stream()
        .flatMap(g -> g.getMeasures().stream())
        .map(Measure::getBudgetEur)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<Measure> measures() {
    return goals.stream().flatMap(g -> g.getMeasures().stream()).toList();
  }

  public Long getId() {
    return id;
  }

  public PlanningCycle getCycle() {
    return cycle;
  }

  public int getNumber() {
    return number;
  }

  public Status getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public List<Goal> getGoals() {
    return List.copyOf(goals);
  }

  public int getVersion() {
    return version;
  }
}

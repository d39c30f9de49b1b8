package de.planungsportal.planning;

import de.planungsportal.area.Department;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A department's proposed goals and measures for a cycle, with a note to the planner. */
@Entity
@Table(name = "contribution")
public class Contribution implements Serializable {

  public enum Status {
    OPEN,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cycle_id", updatable = false)
  private PlanningCycle cycle;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id", updatable = false)
  private Department department;

  @Column(columnDefinition = "TEXT")
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;

  @Column(name = "submitted_by", length = 80)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @OneToMany(mappedBy = "contribution", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Goal> goals = new ArrayList<>();

  @Version private int version;

  protected Contribution() {}

  public Contribution(PlanningCycle cycle, Department department) {
    this.cycle = cycle;
    this.department = department;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  void requireOpen() {
    if (!isOpen()) {
      throw new PlanFrozenException("Contribution " + id);
    }
  }

  void setNote(String note) {
    requireOpen();
    this.note = note;
  }

  Goal addGoal(String focusArea, String title, String description) {
    requireOpen();
    Goal goal = Goal.proposedIn(this, goals.size(), focusArea, title, description);
    goals.add(goal);
    return goal;
  }

  void removeGoal(Goal goal) {
    requireOpen();
    goals.remove(goal);
  }

  void submit(String username) {
    requireOpen();
    status = Status.SUBMITTED;
    submittedBy = username;
    submittedAt = LocalDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public PlanningCycle getCycle() {
    return cycle;
  }

  public Department getDepartment() {
    return department;
  }

  public String getNote() {
    return note;
  }

  public Status getStatus() {
    return status;
  }

  public String getSubmittedBy() {
    return submittedBy;
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

package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One yearly run of the planning process of an organisation: departments contribute, the planner
 * consolidates versions of the work plan, the head and committees decide, the published plan is
 * followed up until the year ends. The Camunda instance that runs it knows the current step.
 */
@Entity
@Table(name = "planning_cycle")
public class PlanningCycle implements Serializable, Owned {

  public enum Status {
    /** Contributions, consolidation and decisions are under way. */
    RUNNING,
    /** The plan is published and followed up. */
    PUBLISHED,
    /** The year-end report is done. */
    CLOSED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.RUNNING;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "started_by", length = 80, updatable = false)
  private String startedBy;

  @Column(name = "contribution_due")
  private LocalDate contributionDue;

  /** ISO-8601 period between follow-up rounds. */
  @Column(name = "follow_up_interval", nullable = false, length = 20)
  private String followUpInterval = "P3M";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_cycle_id", updatable = false)
  private PlanningCycle previousCycle;

  @ManyToMany
  @JoinTable(
      name = "planning_cycle_department",
      joinColumns = @JoinColumn(name = "cycle_id"),
      inverseJoinColumns = @JoinColumn(name = "department_id"))
  @OrderBy("name")
  private List<Department> departments = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt = LocalDateTime.now();

  @Column(name = "year_end_report")
  private String yearEndReport;

  @Version private int version;

  protected PlanningCycle() {}

  public PlanningCycle(
      Organisation organisation,
      int year,
      String title,
      String startedBy,
      LocalDate contributionDue,
      List<Department> departments,
      PlanningCycle previousCycle) {
    this.organisation = organisation;
    this.year = year;
    this.title = title;
    this.startedBy = startedBy;
    this.contributionDue = contributionDue;
    this.departments = new ArrayList<>(departments);
    this.previousCycle = previousCycle;
  }

  void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void setFollowUpInterval(String followUpInterval) {
    this.followUpInterval = followUpInterval;
  }

  void publish() {
    requireStatus(Status.RUNNING);
    status = Status.PUBLISHED;
  }

  void close(String report) {
    requireStatus(Status.PUBLISHED);
    status = Status.CLOSED;
    yearEndReport = report;
  }

  void cancel() {
    requireStatus(Status.RUNNING);
    status = Status.CANCELLED;
  }

  private void requireStatus(Status expected) {
    if (status != expected) {
      throw new IllegalStateException("Cycle " + id + " is " + status + ", not " + expected);
    }
  }

  @Override
  public Organisation owner() {
    return organisation;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDate getContributionDue() {
    return contributionDue;
  }

  public String getFollowUpInterval() {
    return followUpInterval;
  }

  public String getYearEndReport() {
    return yearEndReport;
  }

  public PlanningCycle getPreviousCycle() {
    return previousCycle;
  }

  public List<Department> getDepartments() {
    return List.copyOf(departments);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}

package de.planungsportal.planning;

import de.planungsportal.tenant.Organisation;
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

/** One yearly run of the planning process for an organisation. */
@Entity
@Table(name = "planning_cycle")
public class PlanningCycle implements Serializable {

  public enum Status {
    DRAFT,
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.DRAFT;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "confirmed_by", length = 80)
  private String confirmedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt = LocalDateTime.now();

  @Version private int version;

  protected PlanningCycle() {}

  public PlanningCycle(Organisation organisation, int year, String title) {
    this.organisation = organisation;
    this.year = year;
    this.title = title;
  }

  void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void confirmBy(String username) {
    this.confirmedBy = username;
  }

  void open() {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Cycle " + id + " is " + status + ", not DRAFT");
    }
    status = Status.OPEN;
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

  public String getConfirmedBy() {
    return confirmedBy;
  }
}

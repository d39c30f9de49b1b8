package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.planning.WorkPlanVersion;
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

/** A Beschlussvorlage: proposes one version of a work plan to one committee. */
@Entity
@Table(name = "paper")
public class Paper implements Serializable {

  public enum Procedure {
    MEETING,
    CIRCULATION
  }

  public enum State {
    DRAFT,
    ON_AGENDA,
    IN_CIRCULATION,
    DECIDED,
    SIGNED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "committee_id", updatable = false)
  private Committee committee;

  @Column(nullable = false, length = 40)
  private String reference;

  @Column(nullable = false, length = 300)
  private String title;

  @ManyToOne(optional = true, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id", updatable = false)
  private WorkPlanVersion workPlanVersion;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String resolution;

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_kind", length = 20)
  private Procedure procedure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state = State.DRAFT;

  @Column(name = "is_public", nullable = false)
  private boolean publicPaper = true;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected Paper() {}

  public Paper(
      Organisation organisation,
      Committee committee,
      String reference,
      String title,
      WorkPlanVersion workPlanVersion,
      String resolution,
      String createdBy) {
    this.organisation = organisation;
    this.committee = committee;
    this.reference = reference;
    this.title = title;
    this.workPlanVersion = workPlanVersion;
    this.resolution = resolution;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Committee getCommittee() {
    return committee;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public WorkPlanVersion getWorkPlanVersion() {
    return workPlanVersion;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public Procedure getProcedure() {
    return procedure;
  }

  public void setProcedure(Procedure procedure) {
    this.procedure = procedure;
  }

  public State getState() {
    return state;
  }

  public void setState(State state) {
    this.state = state;
  }

  public boolean isPublicPaper() {
    return publicPaper;
  }

  public void setPublicPaper(boolean publicPaper) {
    this.publicPaper = publicPaper;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
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
}

package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A committee (Gremium / Ausschuss) of the organisation. */
@Entity
@Table(name = "committee")
public class Committee extends ReferenceEntity {

  /** Kept by the database (default and on-update timestamp), never written from here. */
  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  /** What the approval-route table names, e.g. SCHULTRAEGER; null for other committees. */
  @Column(length = 40)
  private String kind;

  /** The day after which the committee no longer sits; it is never deleted. */
  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected Committee() {}

  public Committee(Organisation organisation, String code, String name) {
    super(organisation, code, name);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }
}

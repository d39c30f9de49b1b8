package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
}

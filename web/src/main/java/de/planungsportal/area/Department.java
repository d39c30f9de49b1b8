package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A planning department (Fachplanung) of an organisation. */
@Entity
@Table(name = "department")
public class Department extends ReferenceEntity {

  public enum Kind {
    EDUCATION,
    YOUTH_WELFARE,
    SOCIAL,
    HEALTH,
    DAY_CARE
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  protected Department() {}

  public Department(Organisation organisation, String code, String name, Kind kind) {
    super(organisation, code, name);
    this.kind = kind;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }
}

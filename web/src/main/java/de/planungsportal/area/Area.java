package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A municipality or social-space area (Sozialraum); areas nest. */
@Entity
@Table(name = "area")
public class Area extends ReferenceEntity {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Area parent;

  protected Area() {}

  public Area(Organisation organisation, String code, String name, Area parent) {
    super(organisation, code, name);
    this.parent = parent;
  }

  public Area getParent() {
    return parent;
  }

  public void setParent(Area parent) {
    this.parent = parent;
  }
}

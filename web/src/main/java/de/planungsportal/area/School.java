package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A school in the organisation's territory, placed in an area. */
@Entity
@Table(name = "school")
public class School extends ReferenceEntity {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  @Column(name = "school_type", nullable = false, length = 40)
  private SchoolType schoolType;

  protected School() {}

  public School(
      Organisation organisation, String code, String name, SchoolType schoolType, Area area) {
    super(organisation, code, name);
    this.schoolType = schoolType;
    this.area = area;
  }

  public Area getArea() {
    return area;
  }

  public void setArea(Area area) {
    this.area = area;
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
  }
}

package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An institution in the organisation's territory that the portal addresses — a school or a day-care
 * centre ({@link SchoolType#KITA}) — placed in an area from a day on. The table keeps its first
 * name, school, as do its contacts' grants (school-contact, scoped by school_id).
 */
@Entity
@Table(name = "school")
public class School extends ReferenceEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "school_type", nullable = false, length = 40)
  private SchoolType schoolType;

  @OneToMany(mappedBy = "school", cascade = CascadeType.PERSIST)
  @OrderBy("validFrom")
  private List<SchoolArea> assignments = new ArrayList<>();

  protected School() {}

  public School(Organisation organisation, String code, String name, SchoolType schoolType) {
    super(organisation, code, name);
    this.schoolType = schoolType;
  }

  /** A school in the area (if any) since the area version's start. */
  public School(
      Organisation organisation, String code, String name, SchoolType schoolType, Area area) {
    this(organisation, code, name, schoolType);
    if (area != null) {
      assignments.add(new SchoolArea(this, area, area.getValidFrom()));
    }
  }

  /**
   * Places the school in the area from the day: the open assignment ends then (or the school had
   * none); no area ends it without a new one. The caller has checked the day (see {@link
   * AreaRules#checkMove}).
   */
  public Optional<SchoolArea> moveTo(Area area, LocalDate day) {
    openAssignment().ifPresent(open -> open.end(day));
    if (area == null) {
      return Optional.empty();
    }
    SchoolArea next = new SchoolArea(this, area, day);
    assignments.add(next);
    return Optional.of(next);
  }

  /** The assignment without end, if any (it may start in the future). */
  public Optional<SchoolArea> openAssignment() {
    return assignments.stream().filter(a -> a.getValidTo() == null).findFirst();
  }

  /** The area version of the open assignment, if any. */
  public Area getArea() {
    return openAssignment().map(SchoolArea::getArea).orElse(null);
  }

  /** The area version the school belonged to on the day, if any. */
  public Area areaOn(LocalDate day) {
    return assignments.stream()
        .filter(a -> a.isValidOn(day))
        .map(SchoolArea::getArea)
        .findFirst()
        .orElse(null);
  }

  /** All assignments, oldest first. */
  public List<SchoolArea> getAssignments() {
    return List.copyOf(assignments);
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  /** False for a day-care centre: it has no classes, so survey waves never sample it. */
  public boolean hasClasses() {
    return schoolType.hasClasses();
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
  }
}

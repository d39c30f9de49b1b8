package de.planungsportal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A school's place in an area version from a day (inclusive) until a day (exclusive; none while
 * open). Moving a school ends the open assignment and starts another; ended ones never change.
 */
@Entity
@Table(name = "school_area")
public class SchoolArea implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id", updatable = false)
  private School school;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id", updatable = false)
  private Area area;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Version private int version;

  protected SchoolArea() {}

  SchoolArea(School school, Area area, LocalDate validFrom) {
    this.school = school;
    this.area = area;
    this.validFrom = validFrom;
  }

  void end(LocalDate day) {
    validTo = day;
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public Area getArea() {
    return area;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }
}

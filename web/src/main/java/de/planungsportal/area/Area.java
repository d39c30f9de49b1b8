package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One version of a municipality or social-space area (Sozialraum); areas nest. The versions of an
 * area share its code and follow each other without gap: a version is valid from {@link
 * #getValidFrom()} (inclusive) until {@link #getValidTo()} (exclusive; none for the latest). A
 * version is never changed once a later one exists, so whatever refers to its id keeps it.
 */
@Entity
@Table(name = "area")
public class Area extends ReferenceEntity {

  /** The start of every area recorded without a day (and of all areas from before versions). */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Area parent;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom = EARLIEST;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected Area() {}

  public Area(Organisation organisation, String code, String name, Area parent) {
    this(organisation, code, name, parent, EARLIEST);
  }

  public Area(
      Organisation organisation, String code, String name, Area parent, LocalDate validFrom) {
    super(organisation, code, name);
    this.parent = parent;
    this.validFrom = validFrom;
  }

  /** The version that follows this one from the day, with the same code; this one ends then. */
  public Area redraw(LocalDate day, String name, Area parent) {
    if (validTo != null || !day.isAfter(validFrom)) {
      throw new IllegalStateException("only the latest version is redrawn, after its start");
    }
    validTo = day;
    return new Area(getOrganisation(), getCode(), name, parent, day);
  }

  public Area getParent() {
    return parent;
  }

  public void setParent(Area parent) {
    this.parent = parent;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  /** The first day this version no longer applies; null while no later version exists. */
  public LocalDate getValidTo() {
    return validTo;
  }

  /** Whether this version applies on the day. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }

  /** Whether this version applies today. */
  public boolean isCurrent() {
    return isValidOn(LocalDate.now());
  }

  /** Whether no later version exists (it may still start in the future). */
  public boolean isLatest() {
    return validTo == null;
  }
}

package de.planungsportal.planning;

/** A second cycle would be opened for an organisation and year that already has an open one. */
public class CycleConflictException extends RuntimeException {

  private final int year;

  public CycleConflictException(String organisationCode, int year) {
    super("Organisation " + organisationCode + " already has an open planning cycle for " + year);
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}

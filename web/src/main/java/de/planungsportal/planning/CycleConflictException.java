package de.planungsportal.planning;

/** A second cycle would be opened for an organisation and year that already has an open one. */
public class CycleConflictException extends RuntimeException {

  public CycleConflictException(String organisationCode, int year) {
    super("Organisation " + organisationCode + " already has an open planning cycle for " + year);
  }
}

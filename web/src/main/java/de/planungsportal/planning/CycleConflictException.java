package de.planungsportal.planning;

import de.planungsportal.common.InvalidInputException;

/**
 * A second cycle would be opened for an organisation and year that already has an open one; shown
 * translated with the year.
 */
public class CycleConflictException extends InvalidInputException {

  private final String detail;

  public CycleConflictException(String organisationCode, int year) {
    super("planning.cycleExists", year);
    this.detail =
        "Organisation " + organisationCode + " already has an open planning cycle for " + year;
  }

  @Override
  public String getMessage() {
    return detail;
  }
}

package de.planungsportal.report;

/** What a report was to be made of is no longer there (the report row, or its cycle). */
public class ReportGoneException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportGoneException(String message) {
    super(message);
  }
}

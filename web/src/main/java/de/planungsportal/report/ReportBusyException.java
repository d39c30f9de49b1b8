package de.planungsportal.report;

/** A report of the cycle is being generated already; a second request would only duplicate it. */
public class ReportBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportBusyException(long cycleId) {
    super("a report of cycle " + cycleId + " is being generated");
  }
}

package de.planungsportal.report;

/** No such cycle or report, or not the caller's business: the same answer, a 404. */
public class ReportNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportNotFoundException(String what) {
    super(what + " not found");
  }
}

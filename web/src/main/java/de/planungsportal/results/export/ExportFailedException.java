package de.planungsportal.results.export;

/** Reading what an export needs failed in the database; nothing was decided about access. */
public class ExportFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportFailedException(String what, Throwable cause) {
    super("could not read " + what, cause);
  }
}

package de.planungsportal.survey.field;

/**
 * A wave, class or code sheet that does not exist or is not the caller's to see; pages and
 * downloads answer both with 404, so nobody learns which ids exist elsewhere.
 */
public class NotVisibleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotVisibleException(String message) {
    super(message);
  }
}

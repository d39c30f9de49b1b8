package de.planungsportal.results;

/**
 * A wave that does not exist or whose results (or screening) are not the caller's to see. Pages and
 * the API answer 404 either way, so nobody learns which waves exist elsewhere.
 */
public class WaveNotVisibleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WaveNotVisibleException(String message) {
    super(message);
  }
}

package de.planungsportal.common;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected failures are logged under a short random reference; the visitor sees only the
 * reference, so support can find the details without them ever reaching a page.
 */
public final class ErrorReference {

  private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  /** Logs the failure with a new reference and returns the reference. */
  public static String log(String context, Throwable failure) {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    String reference = HexFormat.of().withUpperCase().formatHex(bytes);
    LOG.log(Level.SEVERE, "Error reference " + reference + ": " + context, failure);
    return reference;
  }
}

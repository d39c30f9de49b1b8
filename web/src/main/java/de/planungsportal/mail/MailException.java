package de.planungsportal.mail;

/** A mail could not be composed or handed to the mail server. */
public class MailException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}

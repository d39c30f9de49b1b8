package de.planungsportal.tenant;

/** The signed-in user may not do this; shown as "no permission", never with details. */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String reason) {
    super(reason);
  }
}

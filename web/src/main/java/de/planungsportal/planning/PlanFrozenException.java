package de.planungsportal.planning;

import de.planungsportal.common.InvalidInputException;

/**
 * A submitted version of the plan, or a submitted contribution, is never changed again. Input the
 * user cannot fix but should read about: shown translated like any refused input.
 */
public class PlanFrozenException extends InvalidInputException {

  private final String detail;

  public PlanFrozenException(String what) {
    super("planning.frozen");
    this.detail = what + " is submitted and can no longer be changed";
  }

  @Override
  public String getMessage() {
    return detail;
  }
}

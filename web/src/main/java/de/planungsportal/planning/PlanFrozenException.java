package de.planungsportal.planning;

/** A submitted version of the plan, or a submitted contribution, is never changed again. */
public class PlanFrozenException extends IllegalStateException {

  public PlanFrozenException(String what) {
    super(what + " is submitted and can no longer be changed");
  }
}

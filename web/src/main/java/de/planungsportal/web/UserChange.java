package de.planungsportal.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

/** A change a user asked for on a screen: correctable errors and refusals become messages. */
public final class UserChange {

  private UserChange() {}

  /** Runs the change; returns false, with a message for the user, if it was refused. */
  public static boolean apply(Runnable change) {
    try {
      change.run();
      return true;
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (AccessDeniedException e) {
      Messages.error("error.forbidden.text");
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations()
          .forEach(v -> Messages.error("admin.invalidField", v.getPropertyPath(), v.getMessage()));
    } catch (OptimisticLockException e) {
      Messages.error("admin.concurrentChange");
    }
    return false;
  }
}

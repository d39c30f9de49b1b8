package de.planungsportal.planning.web;

import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/** What the task forms share: loading by the address, and running a change the user asked for. */
final class TaskForms {

  private TaskForms() {}

  /**
   * The loaded value, or an error page: 403 when the reader lacks the role the form is for, 404
   * when the thing is not there or not the reader's (the same answer, so ids tell nothing).
   */
  static <T> Optional<T> load(Actor actor, Role role, Supplier<Optional<T>> loader) {
    if (!actor.has(role)) {
      Pages.sendError(403);
      return Optional.empty();
    }
    try {
      Optional<T> value = loader.get();
      if (value.isEmpty()) {
        Pages.sendError(404);
      }
      return value;
    } catch (AccessDeniedException e) {
      Pages.sendError(404);
      return Optional.empty();
    }
  }

  /**
   * As {@link UserChange#apply}, and keeps the dialog the change came from open when it was
   * refused.
   */
  static boolean applyInDialog(Runnable change) {
    boolean done = UserChange.apply(change);
    if (!done) {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
    return done;
  }
}

package de.planungsportal.planning.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What the forms of the cycle's steps share when they open: the cycle id from the address, 403 for
 * a reader without the step's role, 404 for an id that names no cycle of the reader's organisation
 * (a foreign one looks the same), and a message instead of a form when the cycle is not at the
 * step.
 */
final class TaskPages {

  /** Where the forms send the user after the step is done, with the confirmation to show. */
  static String toTaskList(String notice) {
    return "/workflow/tasks?faces-redirect=true&notice=" + notice;
  }

  private TaskPages() {}

  static <T> Optional<T> load(Actor actor, Role role, String cycleParam, LongFunction<T> loader) {
    if (!actor.has(role)) {
      PlanPages.sendError(403);
      return Optional.empty();
    }
    Optional<Long> id = PlanPages.id(cycleParam);
    if (id.isEmpty()) {
      PlanPages.sendError(404);
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(loader.apply(id.get()));
    } catch (AccessDeniedException e) {
      PlanPages.sendError(404);
    } catch (InvalidInputException e) {
      Messages.error(e);
    }
    return Optional.empty();
  }
}

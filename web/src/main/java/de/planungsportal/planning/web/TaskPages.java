package de.planungsportal.planning.web;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What the forms of the cycle's steps share when they open: the cycle id from the address, 403 for
 * a reader without the step's role, 404 for an id that names no cycle of the reader's organisation
 * (a foreign one looks the same), and a message instead of a form when the cycle is not at the
 * step.
 */
final class TaskPages {

  private TaskPages() {}

  static <T> Optional<T> load(Actor actor, Role role, String cycleParam, LongFunction<T> loader) {
    return Pages.loadForStep(actor.has(role), cycleParam, loader);
  }
}

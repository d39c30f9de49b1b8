package de.planungsportal.committee.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What the forms of a paper's steps share when they open: the paper id from the address, 403 for a
 * reader without the step's role, 404 for an id that names no paper of the reader's committees (a
 * foreign one looks the same), and a message instead of a form when the paper is not at the step.
 */
final class PaperPages {

  static final Set<Role> SECRETARIAT = EnumSet.of(Role.COMMITTEE_SECRETARIAT);
  static final Set<Role> CHAIR = EnumSet.of(Role.COMMITTEE_CHAIR);

  /** Who votes: members, and the chair and deputy, who hold the chair's role instead. */
  static final Set<Role> VOTERS = EnumSet.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR);

  private PaperPages() {}

  static <T> Optional<T> load(
      Actor actor, Set<Role> roles, String paperParam, LongFunction<T> loader) {
    return Pages.loadForStep(actor.hasAny(roles), paperParam, loader);
  }

  /** Refuses a paper that is not in the state the step works on, with the forms' message. */
  static void requireAt(boolean atStep) {
    if (!atStep) {
      throw new InvalidInputException("committee.forms.notAtStep");
    }
  }
}

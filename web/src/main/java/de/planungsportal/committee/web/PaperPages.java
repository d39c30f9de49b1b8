package de.planungsportal.committee.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** Where the forms send the user after the step is done, with the confirmation to show. */
  static String toTaskList(String notice) {
    return "/workflow/tasks?faces-redirect=true&notice=" + notice;
  }

  static <T> Optional<T> load(
      Actor actor, Set<Role> roles, String paperParam, LongFunction<T> loader) {
    if (!actor.hasAny(roles)) {
      sendError(403);
      return Optional.empty();
    }
    Optional<Long> id = id(paperParam);
    if (id.isEmpty()) {
      sendError(404);
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(loader.apply(id.get()));
    } catch (AccessDeniedException e) {
      sendError(404);
    } catch (InvalidInputException e) {
      Messages.error(e);
    }
    return Optional.empty();
  }

  /** Refuses a paper that is not in the state the step works on, with the forms' message. */
  static void requireAt(boolean atStep) {
    if (!atStep) {
      throw new InvalidInputException("committee.forms.notAtStep");
    }
  }

  /** A positive id of at most 18 digits (fits a long), else empty. */
  static Optional<Long> id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}

package de.planungsportal.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What every page that names a record in its address shares: reading the id and answering 403 or
 * 404 instead of rendering. A malformed id is answered like an unknown one, so probing learns
 * nothing.
 */
public final class Pages {

  private Pages() {}

  /** A positive id of at most 18 digits (fits a long), else empty. */
  public static Optional<Long> id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** Answers the request with the error page of the status and renders nothing else. */
  public static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Where a task form sends the user after the step is done, with the confirmation to show. */
  public static String toTaskList(String notice) {
    return "/workflow/tasks?faces-redirect=true&notice=" + notice;
  }

  /**
   * What a step's form loads when it opens: 403 for a reader without the step's role, 404 for an id
   * that names nothing of the reader's (a foreign one looks the same), and a message instead of the
   * form when the record is not at the step (the loader's {@link InvalidInputException}).
   */
  public static <T> Optional<T> loadForStep(
      boolean allowed, String idParam, LongFunction<T> loader) {
    if (!allowed) {
      sendError(403);
      return Optional.empty();
    }
    Optional<Long> id = id(idParam);
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
}

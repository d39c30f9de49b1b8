package de.planungsportal.planning.web;

import de.planungsportal.tenant.AccessDeniedException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/** What the planning pages share: reading ids from the address, and answering 403 or 404. */
final class PlanPages {

  private PlanPages() {}

  /** A positive id of at most 18 digits (fits a long), else empty. */
  static Optional<Long> id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /**
   * The loaded value, or the 404 page when it is not there (or not the reader's, which looks the
   * same), or the 403 page when the reader may not read plans at all.
   */
  static <T> Optional<T> load(Supplier<Optional<T>> loader) {
    try {
      Optional<T> value = loader.get();
      if (value.isEmpty()) {
        sendError(404);
      }
      return value;
    } catch (AccessDeniedException e) {
      sendError(403);
      return Optional.empty();
    }
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

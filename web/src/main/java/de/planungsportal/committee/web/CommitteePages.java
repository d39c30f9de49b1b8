package de.planungsportal.committee.web;

import de.planungsportal.committee.NotThereException;
import de.planungsportal.tenant.AccessDeniedException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/** What the committee pages share: ids from the address, and 403 or 404 for what is not theirs. */
final class CommitteePages {

  private CommitteePages() {}

  /** A positive id of at most 18 digits, else empty. */
  static Optional<Long> id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** The loaded value, or the 404 page (not there, not the reader's) or 403 (no committee role). */
  static <T> Optional<T> load(Supplier<T> loader) {
    try {
      return Optional.of(loader.get());
    } catch (NotThereException e) {
      sendError(404);
    } catch (AccessDeniedException e) {
      sendError(403);
    }
    return Optional.empty();
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

package de.planungsportal.survey.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What the wave pages share: the wave id from the address, and answering 403 or 404. */
final class WavePages {

  private WavePages() {}

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

  /** Where the review forms send the reviewer after the decision, with its confirmation. */
  static String toTaskList(String notice) {
    return "/workflow/tasks?faces-redirect=true&notice=" + notice;
  }
}

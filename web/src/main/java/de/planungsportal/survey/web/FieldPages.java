package de.planungsportal.survey.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What the field pages (rates, consent slips) share: the wave id and the error answers. */
final class FieldPages {

  private FieldPages() {}

  /** A positive id of at most 18 digits, else empty. */
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

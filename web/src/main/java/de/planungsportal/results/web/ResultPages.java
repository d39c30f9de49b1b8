package de.planungsportal.results.web;

import de.planungsportal.results.Breakdown;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/** What the results pages share: reading their address parameters and the error answers. */
final class ResultPages {

  private ResultPages() {}

  /** A positive id of at most 18 digits, else empty. */
  static Optional<Long> id(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** The breakdown named by the parameter; TOTAL when none is named, empty for an unknown one. */
  static Optional<Breakdown> breakdown(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(Breakdown.TOTAL);
    }
    return Arrays.stream(Breakdown.values()).filter(b -> b.name().equals(text)).findFirst();
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

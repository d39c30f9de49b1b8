package de.planungsportal.results.web;

import de.planungsportal.results.Breakdown;
import java.util.Arrays;
import java.util.Optional;

/** What the results pages share: reading their address parameters and the error answers. */
final class ResultPages {

  private ResultPages() {}

  /** The breakdown named by the parameter; TOTAL when none is named, empty for an unknown one. */
  static Optional<Breakdown> breakdown(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(Breakdown.TOTAL);
    }
    return Arrays.stream(Breakdown.values()).filter(b -> b.name().equals(text)).findFirst();
  }
}

package de.planungsportal.oparl;

import jakarta.ws.rs.NotFoundException;
import java.util.regex.Pattern;

/** Object ids in URLs: only the canonical spelling (no sign, no leading zeros) names an object. */
final class Ids {

  private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,17}");

  private Ids() {}

  /**
   * @throws NotFoundException if {@code segment} is not the canonical spelling of an id
   */
  static long parse(String segment) {
    if (!CANONICAL.matcher(segment).matches()) {
      throw new NotFoundException();
    }
    return Long.parseLong(segment);
  }
}

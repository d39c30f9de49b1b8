package de.planungsportal.datarequest.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the data request pages share: ids from the address, 404 for an id that names no request of
 * the reader's (a foreign one looks the same), 403 for a reader without the page's role.
 */
final class DataRequestPages {

  private DataRequestPages() {}

  /** The loaded value, or the 404 page when it is not there, or 403 when the role is missing. */
  static <T> Optional<T> load(boolean allowed, Supplier<T> loader) {
    if (!allowed) {
      Pages.sendError(403);
      return Optional.empty();
    }
    try {
      T value = loader.get();
      if (value == null) {
        Pages.sendError(404);
      }
      return Optional.ofNullable(value);
    } catch (AccessDeniedException e) {
      Pages.sendError(404);
    } catch (InvalidInputException e) {
      Messages.error(e);
    }
    return Optional.empty();
  }

  /** Text of a plausibility finding in the reader's language. */
  static String text(de.planungsportal.datarequest.Plausibility.Finding finding) {
    return Messages.text(finding.messageKey(), finding.arguments().toArray());
  }
}

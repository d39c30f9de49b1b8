package de.planungsportal.planning.web;

import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.web.Pages;
import java.util.Optional;
import java.util.function.Supplier;

/** What the planning pages share: reading ids from the address, and answering 403 or 404. */
final class PlanPages {

  private PlanPages() {}

  /**
   * The loaded value, or the 404 page when it is not there (or not the reader's, which looks the
   * same), or the 403 page when the reader may not read plans at all.
   */
  static <T> Optional<T> load(Supplier<Optional<T>> loader) {
    try {
      Optional<T> value = loader.get();
      if (value.isEmpty()) {
        Pages.sendError(404);
      }
      return value;
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
      return Optional.empty();
    }
  }
}

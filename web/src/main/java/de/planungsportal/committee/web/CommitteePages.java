package de.planungsportal.committee.web;

import de.planungsportal.committee.NotThereException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.web.Pages;
import java.util.Optional;
import java.util.function.Supplier;

/** What the committee pages share: ids from the address, and 403 or 404 for what is not theirs. */
final class CommitteePages {

  private CommitteePages() {}

  /** The loaded value, or the 404 page (not there, not the reader's) or 403 (no committee role). */
  static <T> Optional<T> load(Supplier<T> loader) {
    try {
      return Optional.of(loader.get());
    } catch (NotThereException e) {
      Pages.sendError(404);
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    }
    return Optional.empty();
  }
}

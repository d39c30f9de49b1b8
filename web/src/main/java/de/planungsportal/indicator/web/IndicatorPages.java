package de.planungsportal.indicator.web;

import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.web.Pages;
import java.util.Optional;

/** What the indicator pages share: the indicator of the address, or the 404 page. */
final class IndicatorPages {

  private IndicatorPages() {}

  /**
   * The indicator the id names; null (and the 404 page) for a malformed id, an unknown one or one
   * of another organisation, which all look the same.
   */
  static Indicator load(IndicatorCatalogue catalogue, Actor actor, String id) {
    Optional<Long> parsed = Pages.id(id);
    if (parsed.isPresent()) {
      try {
        return catalogue.find(actor, parsed.get());
      } catch (AccessDeniedException e) {
        // not the reader's: answered as not there
      }
    }
    Pages.sendError(404);
    return null;
  }
}

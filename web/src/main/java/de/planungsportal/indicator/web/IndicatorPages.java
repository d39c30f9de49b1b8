package de.planungsportal.indicator.web;

import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the indicator pages share: the indicator of the address, or the 404 page. */
final class IndicatorPages {

  private IndicatorPages() {}

  /**
   * The indicator the id names; null (and the 404 page) for a malformed id, an unknown one or one
   * of another organisation, which all look the same.
   */
  static Indicator load(IndicatorCatalogue catalogue, Actor actor, String id) {
    if (id != null && id.matches("[1-9][0-9]{0,17}")) {
      try {
        return catalogue.find(actor, Long.parseLong(id));
      } catch (AccessDeniedException e) {
        // not the reader's: answered as not there
      }
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }
}

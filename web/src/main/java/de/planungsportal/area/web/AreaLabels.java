package de.planungsportal.area.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaRules;
import de.planungsportal.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Names an area version on a page with its validity: {@code #{areaLabels.of(area)}}. */
@Named
@ApplicationScoped
public class AreaLabels {

  public String of(Area area) {
    if (area == null) {
      return "";
    }
    var label = AreaRules.label(area);
    return Messages.text(label.key(), label.arguments().toArray());
  }

  /** A day in the page's language, e.g. 01.08.2026. */
  public String day(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }

  /** The last day of a validity that ends before the given day; empty while open. */
  public String lastDay(LocalDate end) {
    return end == null ? "" : day(end.minusDays(1));
  }
}

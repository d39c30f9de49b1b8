package de.planungsportal.planning.web;

import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.planning.PlanViews.Comparison;
import de.planungsportal.planning.VersionComparison.FieldValues;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.LocalePreference;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Backs planning/compare.xhtml?from=&to=: two versions of a cycle side by side. */
@Named
@RequestScoped
public class VersionCompareView {

  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;
  @Inject private LocalePreference localePreference;

  private String from;
  private String to;
  private Comparison comparison;

  public void load() {
    comparison =
        PlanPages.load(
                () ->
                    Pages.id(from)
                        .flatMap(
                            f -> Pages.id(to).flatMap(t -> queries.compare(user.require(), f, t))))
            .orElse(null);
  }

  /** A compared value as the reader's language writes it; "—" where there is none. */
  public String format(FieldValues field, boolean after) {
    Object value = after ? field.after() : field.before();
    Locale locale = localePreference.getLocale();
    if (value == null || (value instanceof String s && s.isBlank())) {
      return "—";
    }
    if (value instanceof BigDecimal amount) {
      NumberFormat number = NumberFormat.getNumberInstance(locale);
      number.setMinimumFractionDigits(0);
      number.setMaximumFractionDigits(2);
      return number.format(amount);
    }
    if (value instanceof LocalDate day) {
      return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
    if (value instanceof MeasureStatus status) {
      String key = "planning.measureStatus." + status.name();
      return Messages.text(key);
    }
    if (value instanceof List<?> names) {
      return names.isEmpty()
          ? "—"
          : String.join(", ", names.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  public Comparison getComparison() {
    return comparison;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}

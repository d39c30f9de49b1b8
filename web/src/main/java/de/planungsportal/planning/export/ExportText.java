package de.planungsportal.planning.export;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaRules;
import de.planungsportal.area.School;
import de.planungsportal.common.Translatable;
import de.planungsportal.planning.Measure;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Labels from the message bundle and numbers, amounts and dates formatted for one reader. */
public final class ExportText {

  static final String BUNDLE = "de.planungsportal.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  public ExportText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key, Object... arguments) {
    return Translatable.format(bundle, locale, "planExport." + key, arguments);
  }

  /** The label of an enum constant, e.g. {@code planExport.measureStatus.DONE}. */
  public String label(String kind, Enum<?> value) {
    return value == null ? "" : text(kind + "." + value.name());
  }

  /** An area as the plan names it: the version the measure was planned with, as the pages do. */
  public String area(Area area) {
    Translatable label = AreaRules.label(area);
    return Translatable.format(bundle, locale, label.key(), label.arguments().toArray());
  }

  /** A committee of the approval route by its name, e.g. "Jugendhilfeausschuss". */
  public String committee(String kind) {
    if (kind == null) {
      return "";
    }
    String key = "planning.committeeKind." + kind;
    return bundle.containsKey(key) ? bundle.getString(key) : kind;
  }

  public String areas(Measure measure) {
    return measure.getAreas().stream().map(this::area).collect(Collectors.joining(", "));
  }

  public String schools(Measure measure) {
    return measure.getSchools().stream().map(School::getName).collect(Collectors.joining(", "));
  }

  /** "Quote der Abgänge ohne Abschluss (%): von 8 auf 5", or the parts that are there. */
  public String indicator(Measure measure) {
    if (measure.getIndicator() == null || measure.getIndicator().isBlank()) {
      return "";
    }
    String name =
        measure.getIndicatorUnit() == null || measure.getIndicatorUnit().isBlank()
            ? measure.getIndicator()
            : measure.getIndicator() + " (" + measure.getIndicatorUnit() + ")";
    if (measure.getIndicatorBaseline() == null && measure.getIndicatorTarget() == null) {
      return name;
    }
    return text(
        "indicator.range",
        name,
        measure.getIndicatorBaseline() == null ? "–" : number(measure.getIndicatorBaseline()),
        measure.getIndicatorTarget() == null ? "–" : number(measure.getIndicatorTarget()));
  }

  /** An amount in euro: "12.500,00 €" for German readers. */
  public String euro(BigDecimal amount) {
    NumberFormat format =
        NumberFormat.getCurrencyInstance(
            locale.getCountry().isEmpty() && locale.getLanguage().equals("de")
                ? Locale.GERMANY
                : locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount == null ? BigDecimal.ZERO : amount);
  }

  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  public String date(LocalDate value) {
    return value == null ? "" : date.format(value);
  }

  public String dateTime(LocalDateTime value) {
    return value == null ? "" : dateTime.format(value);
  }

  /** "01.02.2027 – 30.11.2027", or one end alone. */
  public String period(LocalDate start, LocalDate due) {
    if (start == null && due == null) {
      return "";
    }
    if (start == null) {
      return text("period.until", date(due));
    }
    if (due == null) {
      return text("period.from", date(start));
    }
    return date(start) + " – " + date(due);
  }
}

package de.planungsportal.results.export;

import de.planungsportal.common.Translatable;
import de.planungsportal.results.Breakdown;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The exports' labels from the message bundle, numbers and dates formatted for one reader. */
public final class ResultExportText {

  private static final String BUNDLE = "de.planungsportal.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DateTimeFormatter date;

  public ResultExportText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key, Object... arguments) {
    return Translatable.format(bundle, locale, "resultExport." + key, arguments);
  }

  public String breakdown(Breakdown by) {
    return text("breakdown." + by.name());
  }

  /** "12,5" for German readers; empty for none. */
  public String number(Double value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setGroupingUsed(false);
    return format.format(value);
  }

  public String date(LocalDate value) {
    return value == null ? "" : date.format(value);
  }

  /** A CSV separator a spreadsheet of the reader's language opens without asking: ; or , */
  public char csvDelimiter() {
    return "de".equals(locale.getLanguage()) ? ';' : ',';
  }
}

package de.planungsportal.mail;

import de.planungsportal.common.Translatable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subject and body of a mail, from the templates {@code mail.<name>.subject} and {@code
 * mail.<name>.body} of the message bundles, the body followed by {@code mail.footer}.
 */
public record MailText(String subject, String body) {

  private static final String BUNDLE = "de.planungsportal.i18n.messages";

  /**
   * The language of every mail for now: accounts store no language preference, and the portal's
   * staff work in German. A preference, once stored, goes into {@link #of(Locale, String,
   * Object...)}.
   */
  public static final Locale RECIPIENT_LANGUAGE = Locale.GERMAN;

  public static MailText of(String template, Object... arguments) {
    return of(RECIPIENT_LANGUAGE, template, arguments);
  }

  public static MailText of(Locale locale, String template, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String prefix = "mail." + template + ".";
    if (!bundle.containsKey(prefix + "subject") || !bundle.containsKey(prefix + "body")) {
      throw new IllegalArgumentException("No mail template " + template + " for " + locale);
    }
    Object[] values = Arrays.stream(arguments).map(MailText::formattable).toArray();
    String subject = Translatable.format(bundle, locale, prefix + "subject", values);
    String body = Translatable.format(bundle, locale, prefix + "body", values);
    return new MailText(subject, body + "\n\n-- \n" + bundle.getString("mail.footer"));
  }

  /** MessageFormat's date formats know only java.util.Date. */
  private static Object formattable(Object argument) {
    if (argument instanceof LocalDate date) {
      return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
    return argument;
  }
}

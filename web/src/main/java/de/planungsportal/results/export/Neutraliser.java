package de.planungsportal.results.export;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running text as a formula (CSV injection): a value that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, the spreadsheet's own
 * "this is text". Plain numbers ({@code -3}, {@code +1.5}, {@code -2,25}) stay as they are, since a
 * negative number is data, not a formula, and no spreadsheet evaluates one.
 */
public final class Neutraliser {

  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

  private Neutraliser() {}

  /** The value as it may safely go into a cell: unchanged, or prefixed with {@code '}. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    return triggers(value) ? "'" + value : value;
  }

  /** Whether a spreadsheet would start evaluating this value (and it is not a plain number). */
  public static boolean triggers(String value) {
    return value != null
        && !value.isEmpty()
        && TRIGGERS.indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches();
  }
}

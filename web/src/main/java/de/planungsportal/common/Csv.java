package de.planungsportal.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as spreadsheets write it: one record per line, the separator taken from the header
 * line ({@code ;} as German Excel writes, else {@code ,}), values in double quotes when they hold
 * the separator, with quotes inside doubled. A value spanning several lines is refused: nothing
 * imported from a list may hold a line break.
 */
public final class Csv {

  /** One non-blank line of the file: its 1-based number as an editor shows it, and its values. */
  public record Line(int number, List<String> values) {

    public String value(int index) {
      return index < values.size() ? values.get(index) : "";
    }
  }

  private Csv() {}

  /**
   * The non-blank lines of the text, each split into values (not trimmed). Lines of separators
   * only, as spreadsheets write for empty rows, count as blank.
   *
   * @throws InvalidInputException {@code csv.quote} for a line whose quotes do not pair up
   */
  public static List<Line> parse(String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    char separator = separator(lines[0]);
    List<Line> parsed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      List<String> values = split(lines[i], separator, i + 1);
      if (values.stream().anyMatch(v -> !v.isBlank())) {
        parsed.add(new Line(i + 1, values));
      }
    }
    return parsed;
  }

  /** {@code ;} if the line has one outside quotes, otherwise {@code ,}. */
  static char separator(String headerLine) {
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        return ';';
      }
    }
    return ',';
  }

  static List<String> split(String line, char separator, int number) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    int i = 0;
    while (true) {
      while (i < line.length() && line.charAt(i) == ' ') {
        value.append(' ');
        i++;
      }
      if (i < line.length() && line.charAt(i) == '"') {
        value.setLength(0);
        i = readQuoted(line, i + 1, value, number);
        while (i < line.length() && line.charAt(i) == ' ') {
          i++;
        }
        if (i < line.length() && line.charAt(i) != separator) {
          throw new InvalidInputException("csv.quote", number);
        }
      } else {
        while (i < line.length() && line.charAt(i) != separator) {
          value.append(line.charAt(i++));
        }
      }
      values.add(value.toString());
      value.setLength(0);
      if (i >= line.length()) {
        return values;
      }
      i++; // the separator
    }
  }

  /** Reads a quoted value from after its opening quote; returns the index after its closing one. */
  private static int readQuoted(String line, int from, StringBuilder value, int number) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i += 2;
          continue;
        }
        return i + 1;
      }
      value.append(c);
      i++;
    }
    throw new InvalidInputException("csv.quote", number);
  }
}

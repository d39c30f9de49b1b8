package de.planungsportal.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text as spreadsheets write it (Apache Commons CSV): one record per line, the separator
 * taken from the header line ({@code ;} as German Excel writes, else {@code ,}), values in double
 * quotes when they hold the separator, with quotes inside doubled, blanks around values dropped. A
 * value spanning several lines is refused: nothing imported from a list may hold a line break, so
 * each line is parsed on its own and a quote left open names its line.
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
   * The non-blank lines of the text, each split into values. Lines of separators only, as
   * spreadsheets write for empty rows, count as blank.
   *
   * @throws InvalidInputException {@code csv.quote} for a line whose quotes do not pair up
   */
  public static List<Line> parse(String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(separator(lines[0]))
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<Line> parsed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      List<String> values = values(lines[i], format, i + 1);
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

  private static List<String> values(String line, CSVFormat format, int number) {
    try (CSVParser parser = CSVParser.parse(line, format)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      // an open quote (the value would run into the next line) or text after a closing one
      throw new InvalidInputException("csv.quote", number);
    }
  }
}

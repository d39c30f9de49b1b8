package de.planungsportal.indicator;

import de.planungsportal.common.Csv;
import de.planungsportal.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layout of a statistics-office table: a header naming the columns indicator, area, year and
 * value (German names too, any order), then one value per line. An empty area is the whole
 * organisation. Values take a decimal comma or point, no thousands separators.
 */
final class StatisticsCsv {

  static final int MAX_ROWS = 5000;
  static final List<String> COLUMNS = List.of("indicator", "area", "year", "value");

  /** Accepted header names, lower case, by column. */
  private static final Map<String, String> NAMES =
      Map.of(
          "indicator", "indicator",
          "indikator", "indicator",
          "area", "area",
          "gebiet", "area",
          "sozialraum", "area",
          "year", "year",
          "jahr", "year",
          "value", "value",
          "wert", "value");

  /** One line as written, values stripped. */
  record Row(int line, String indicator, String area, String year, String value) {}

  private StatisticsCsv() {}

  /**
   * @throws InvalidInputException when the header is not the expected one or there are no rows or
   *     too many
   */
  static List<Row> rows(String text) {
    List<Csv.Line> lines = Csv.parse(text);
    if (lines.size() < 2) {
      throw new InvalidInputException("indicator.import.noRows");
    }
    Map<String, Integer> columns = columns(lines.get(0));
    List<Csv.Line> data = lines.subList(1, lines.size());
    if (data.size() > MAX_ROWS) {
      throw new InvalidInputException("indicator.import.tooManyRows", data.size(), MAX_ROWS);
    }
    List<Row> rows = new ArrayList<>();
    for (Csv.Line line : data) {
      rows.add(
          new Row(
              line.number(),
              line.value(columns.get("indicator")).strip(),
              line.value(columns.get("area")).strip(),
              line.value(columns.get("year")).strip(),
              line.value(columns.get("value")).strip()));
    }
    return rows;
  }

  private static Map<String, Integer> columns(Csv.Line header) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = header.values();
    boolean valid = header.number() == 1;
    for (int i = 0; valid && i < names.size(); i++) {
      String column = NAMES.get(names.get(i).strip().toLowerCase(Locale.ROOT));
      // a column named twice makes the header ambiguous
      valid = column == null || columns.putIfAbsent(column, i) == null;
    }
    if (!valid || columns.size() != COLUMNS.size()) {
      throw new InvalidInputException(
          "import.header", String.join(";", COLUMNS), String.join(";", names));
    }
    return columns;
  }

  /** A value as written: decimal comma or point; null if it is no number. */
  static BigDecimal number(String text) {
    if (!text.matches("-?[0-9]{1,10}([.,][0-9]{1,4})?")) {
      return null;
    }
    return new BigDecimal(text.replace(',', '.'));
  }
}

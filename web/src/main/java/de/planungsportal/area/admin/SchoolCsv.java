package de.planungsportal.area.admin;

import de.planungsportal.area.SchoolType;
import de.planungsportal.common.Csv;
import de.planungsportal.common.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The layout of a school list as municipalities keep it: a header row naming the columns
 * Schulnummer, Name, Schulform and Sozialraum (in any order), then one school per line. Day-care
 * centres come in the same list, with Schulform "Kita" (or one of its longer names).
 */
final class SchoolCsv {

  static final int MAX_ROWS = 2000;

  static final String CODE = "Schulnummer";
  static final String NAME = "Name";
  static final String TYPE = "Schulform";
  static final String AREA = "Sozialraum";
  static final List<String> COLUMNS = List.of(CODE, NAME, TYPE, AREA);

  /**
   * Further spellings municipal lists use for day-care centres, lower case, besides the dialog's
   * name and the constant: the short and the long German word and the usual English ones.
   */
  private static final List<String> KITA_NAMES =
      List.of(
          "kindertageseinrichtung",
          "kindertagesstätte",
          "kindertagesstaette",
          "day-care centre",
          "day care centre",
          "daycare centre",
          "day-care center",
          "day care center",
          "daycare center");

  /**
   * Accepted spellings of a school type, lower case: constant, German and English name, and for
   * day-care centres the spellings above.
   */
  private static final Map<String, SchoolType> TYPES = typeNames();

  /** One school as written in the file, values as they stand (not yet trimmed or checked). */
  record Row(int line, String code, String name, String schoolType, String area) {}

  private SchoolCsv() {}

  /**
   * The schools of the file.
   *
   * @throws InvalidInputException when the header is not the expected one, the file holds no school
   *     or more than {@link #MAX_ROWS}, or a line cannot be split into its values
   */
  static List<Row> rows(String text) {
    List<Csv.Line> lines = Csv.parse(text);
    if (lines.isEmpty()) {
      throw new InvalidInputException("import.noRows");
    }
    Csv.Line header = lines.get(0);
    Map<String, Integer> columns = columns(header);
    List<Csv.Line> data = lines.subList(1, lines.size());
    if (data.isEmpty()) {
      throw new InvalidInputException("import.noRows");
    }
    if (data.size() > MAX_ROWS) {
      throw new InvalidInputException("import.tooManyRows", data.size(), MAX_ROWS);
    }
    int width = header.values().size();
    List<Row> rows = new ArrayList<>();
    for (Csv.Line line : data) {
      List<String> values = line.values();
      boolean beyondColumns =
          values.size() > width
              || values.subList(Math.min(COLUMNS.size(), values.size()), values.size()).stream()
                  .anyMatch(v -> !v.isBlank());
      if (beyondColumns) {
        throw new InvalidInputException(
            "import.tooManyValues", line.number(), values.size(), COLUMNS.size());
      }
      rows.add(
          new Row(
              line.number(),
              line.value(columns.get(CODE)),
              line.value(columns.get(NAME)),
              line.value(columns.get(TYPE)),
              line.value(columns.get(AREA))));
    }
    return rows;
  }

  /**
   * Column positions by name; the header must name each expected column once and nothing else
   * (trailing empty cells aside).
   */
  private static Map<String, Integer> columns(Csv.Line header) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = header.values();
    int named = names.size();
    while (named > 0 && names.get(named - 1).isBlank()) {
      named--; // a spreadsheet writes empty header cells up to its widest row
    }
    boolean valid = header.number() == 1 && named == COLUMNS.size();
    for (int i = 0; valid && i < named; i++) {
      String name = names.get(i).strip();
      Optional<String> column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
      valid = column.isPresent() && columns.putIfAbsent(column.get(), i) == null;
    }
    if (!valid) {
      throw new InvalidInputException(
          "import.header",
          String.join(";", COLUMNS),
          abbreviate(String.join(";", header.values())));
    }
    return columns;
  }

  /** The school type a value names, ignoring case and surrounding blanks. */
  static Optional<SchoolType> schoolType(String value) {
    return Optional.ofNullable(TYPES.get(value.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * True for a value a spreadsheet would run as a formula if the list were exported and opened
   * again (CSV injection): one starting with =, +, - or @.
   */
  static boolean isFormula(String value) {
    String stripped = value.strip();
    return !stripped.isEmpty() && "=+-@".indexOf(stripped.charAt(0)) >= 0;
  }

  private static Map<String, SchoolType> typeNames() {
    Map<String, SchoolType> names = new HashMap<>();
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
      for (SchoolType type : SchoolType.values()) {
        names.put(bundle.getString("school.type." + type.name()).toLowerCase(Locale.ROOT), type);
      }
    }
    for (SchoolType type : SchoolType.values()) {
      names.put(type.name().toLowerCase(Locale.ROOT), type);
      names.put(type.name().replace('_', ' ').toLowerCase(Locale.ROOT), type);
    }
    KITA_NAMES.forEach(name -> names.put(name, SchoolType.KITA));
    return Map.copyOf(names);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}

package de.planungsportal.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) to plain Java values and back, for the questionnaire exchange format:
 * objects become insertion-ordered maps, arrays lists, numbers BigDecimal, and null {@link #NULL}.
 * Small on purpose: the format needs no binding, duplicate names are refused (JSON-P would keep the
 * last silently), nesting is limited, and the unit tests run without a JSON-P implementation.
 */
final class JsonTree {

  /** JSON's null, so that a map can tell a null member from a missing one. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  static final int MAX_DEPTH = 32;

  /** Where the text stops being JSON. */
  static final class SyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    SyntaxException(int line, int column) {
      super("invalid JSON at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  private final String text;
  private int pos;

  private JsonTree(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    JsonTree parser = new JsonTree(text);
    parser.skipSpace();
    Object value = parser.value(0);
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw parser.error();
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH || pos >= text.length()) {
      throw error();
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", NULL);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error();
      }
      int nameAt = pos;
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      Object value = value(depth + 1);
      if (members.putIfAbsent(name, value) != null) {
        pos = nameAt;
        throw error();
      }
      skipSpace();
      char c = next();
      if (c == '}') {
        return members;
      }
      if (c != ',') {
        pos--;
        throw error();
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> values = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return values;
    }
    while (true) {
      skipSpace();
      values.add(value(depth + 1));
      skipSpace();
      char c = next();
      if (c == ']') {
        return values;
      }
      if (c != ',') {
        pos--;
        throw error();
      }
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escape = next();
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error();
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException e) {
            throw error();
          }
          pos += 4;
        }
        default -> {
          pos--;
          throw error();
        }
      }
    }
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek()) && peek() != '0') {
      digits();
    } else {
      throw error();
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error();
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error();
      }
      digits();
    }
    if (pos - start > 40) {
      pos = start;
      throw error();
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error();
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (next() != c) {
      pos--;
      throw error();
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= text.length()) {
      throw error();
    }
    return text.charAt(pos++);
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private SyntaxException error() {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SyntaxException(line, column);
  }

  /** Pretty-printed JSON of maps, lists, strings, numbers, booleans and {@link #NULL}. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, "");
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(indent).append("  ");
        quote(out, e.getKey().toString());
        out.append(": ");
        write(out, e.getValue(), indent + "  ");
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean simple = list.stream().allMatch(v -> v instanceof String || v instanceof Number);
      if (simple) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          write(out, list.get(i), indent);
          out.append(i + 1 < list.size() ? ", " : "");
        }
        out.append(']');
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(out, list.get(i), indent + "  ");
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (value instanceof String s) {
      quote(out, s);
    } else if (value == null || value == NULL) {
      out.append("null");
    } else {
      out.append(value);
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

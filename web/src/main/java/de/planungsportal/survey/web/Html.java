package de.planungsportal.survey.web;

/**
 * A small HTML writer for the answering pages. Every text and attribute value goes through {@link
 * #escape}, the one place that escapes; markup comes only from the element and attribute names the
 * code passes, never from data.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(8192);

  /**
   * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as entities: safe in text and in
   * quoted attributes.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (entity != null) {
          escaped.append(entity);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /**
   * Opens an element; attributes come in name/value pairs, a null value leaves the attribute out
   * and an empty name/value pair with value "" writes a boolean attribute ({@code checked}).
   */
  Html open(String element, String... attributes) {
    out.append('<').append(element);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(attributes[i]);
      if (!value.isEmpty() || !BOOLEAN.contains(attributes[i])) {
        out.append("=\"").append(escape(value)).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** An element without content or end tag ({@code input}, {@code meta}, {@code link}). */
  Html empty(String element, String... attributes) {
    return open(element, attributes);
  }

  Html close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding only text. */
  Html element(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  /** Literal markup from this code (a doctype, a separator); never data. */
  Html markup(String literal) {
    out.append(literal);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static final java.util.Set<String> BOOLEAN =
      java.util.Set.of("checked", "selected", "required", "hidden", "novalidate", "disabled");
}

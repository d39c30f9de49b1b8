package de.planungsportal.common;

import java.text.Normalizer;

/** Normalises user-entered text before it is checked and stored. */
public final class Text {

  private Text() {}

  /** NFC-normalised (so "é" is one code point however it was typed) and stripped; null stays. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  /**
   * True for text safe to show and store as a name or title: no control or invisible formatting
   * characters (bidi overrides can disguise a name), no angle brackets (markup). Joiners that emoji
   * and some scripts need are allowed.
   */
  public static boolean isPlain(String text) {
    return text.codePoints().allMatch(Text::isPlainCodePoint);
  }

  private static boolean isPlainCodePoint(int cp) {
    if (cp == '<' || cp == '>') {
      return false;
    }
    if (cp == 0x200C || cp == 0x200D) {
      return true;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}

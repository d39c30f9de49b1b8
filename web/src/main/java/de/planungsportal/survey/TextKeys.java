package de.planungsportal.survey;

/** The element names of {@link Instrument.Text}, as stored in {@code q_text.element}. */
public final class TextKeys {

  public static final String TITLE = "title";

  /** Shown on the first page, before the first question. */
  public static final String INTRO = "intro";

  private TextKeys() {}

  public static String section(String section) {
    return "s:" + section;
  }

  public static String question(String question) {
    return "q:" + question;
  }

  public static String help(String question) {
    return "h:" + question;
  }

  public static String option(String question, String option) {
    return "o:" + question + ":" + option;
  }

  public static String item(String question, String item) {
    return "m:" + question + ":" + item;
  }

  /** The label of a rating's (or matrix's) lowest step. */
  public static String low(String question) {
    return "lo:" + question;
  }

  /** The label of a rating's (or matrix's) highest step. */
  public static String high(String question) {
    return "hi:" + question;
  }
}

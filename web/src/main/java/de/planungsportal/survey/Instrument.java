package de.planungsportal.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A questionnaire version as a value: its sections (one page each) with their questions, and all
 * its texts by variant and language. Builder, JSON import/export, preview and answering all work on
 * this one form; {@link Instruments} loads and stores it.
 *
 * @param languages the languages offered besides German (subset of {@link #LANGUAGES} without de)
 * @param plainVariant whether a plain-language variant for younger pupils exists
 */
public record Instrument(
    Set<String> languages, boolean plainVariant, List<Section> sections, List<Text> texts) {

  /** German first; Arabic is written right to left. */
  public static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru");

  public static final Set<String> RIGHT_TO_LEFT = Set.of("ar");
  public static final int MAX_SHORT_TEXT = 200;
  public static final int MAX_LONG_TEXT = 2000;
  public static final int RATING_STEPS = 5;

  /** The stored answer of the "don't know / no answer" option, whatever the kind. */
  public static final String DONT_KNOW = "dont-know";

  /** Keys of sections, questions, options and items: short, URL- and CSV-safe. */
  public static final String KEY_PATTERN = "[a-z0-9][a-z0-9_-]{0,39}";

  public Instrument {
    languages = Set.copyOf(languages);
    sections = List.copyOf(sections);
    texts = List.copyOf(texts);
  }

  public enum Variant {
    STANDARD,
    PLAIN
  }

  public enum Display {
    RADIO,
    DROPDOWN
  }

  public record Section(String key, List<Question> questions) {
    public Section {
      questions = List.copyOf(questions);
    }
  }

  /**
   * @param display RADIO or DROPDOWN for SINGLE_CHOICE, else null
   * @param min lower bound of NUMBER, else null
   * @param max upper bound of NUMBER, else null
   * @param showIfKey an earlier question whose answer decides whether this one is shown, or null
   * @param showIfValues the stored answers of showIfKey that show this question
   * @param options option keys in order (SINGLE_CHOICE, MULTIPLE_CHOICE)
   * @param items item keys in order (MATRIX)
   */
  public record Question(
      String key,
      QuestionKind kind,
      Display display,
      boolean mandatory,
      boolean dontKnow,
      boolean randomise,
      Integer min,
      Integer max,
      String showIfKey,
      Set<String> showIfValues,
      List<String> options,
      List<String> items) {
    public Question {
      showIfValues = showIfValues == null ? Set.of() : Set.copyOf(showIfValues);
      options = options == null ? List.of() : List.copyOf(options);
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** One text of an element ({@link TextKeys}) in a variant and language. */
  public record Text(Variant variant, String language, String element, String text) {}

  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Optional<Question> question(String key) {
    return questions().stream().filter(q -> q.key().equals(key)).findFirst();
  }

  /**
   * The wording in one variant and language, with the fallbacks a respondent gets: a missing plain
   * text falls back to the standard one in the same language, a missing translation to German.
   */
  public Wording wording(Variant variant, String language) {
    return new Wording(this, variant, language);
  }

  /** Texts of one variant and language, indexed, with fallback; see {@link #wording}. */
  public static final class Wording {
    private final Variant variant;
    private final String language;
    private final Map<String, String> exact;
    private final Map<String, String> standardSameLanguage;
    private final Map<String, String> german;

    private Wording(Instrument instrument, Variant variant, String language) {
      this.variant = variant;
      this.language = language;
      this.exact = index(instrument, variant, language);
      this.standardSameLanguage = index(instrument, Variant.STANDARD, language);
      this.german = index(instrument, Variant.STANDARD, "de");
      this.german.putAll(index(instrument, variant, "de"));
    }

    private static Map<String, String> index(Instrument instrument, Variant v, String lang) {
      Map<String, String> map = new java.util.HashMap<>();
      for (Text t : instrument.texts()) {
        if (t.variant() == v && t.language().equals(lang)) {
          map.put(t.element(), t.text());
        }
      }
      return map;
    }

    public Variant variant() {
      return variant;
    }

    public String language() {
      return language;
    }

    /** The text to show, or null if the element has none in any fallback. */
    public String text(String element) {
      String text = exact.get(element);
      if (text == null && variant == Variant.PLAIN) {
        text = standardSameLanguage.get(element);
      }
      return text != null ? text : german.get(element);
    }

    /** Whether {@link #text} had to fall back to another language (the preview marks it). */
    public boolean fellBackToGerman(String element) {
      return !"de".equals(language)
          && !exact.containsKey(element)
          && !standardSameLanguage.containsKey(element)
          && german.containsKey(element);
    }
  }
}

package de.planungsportal.survey;

import de.planungsportal.common.Translatable;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule a valid instrument obeys, checked before a draft is saved and before an import is
 * stored. {@link #problems} lists all broken rules, each naming its place, so a planner (or the
 * author of a shared file) can correct them in one go.
 *
 * <ul>
 *   <li>Keys of sections, questions, options and items match {@link Instrument#KEY_PATTERN};
 *       section and question keys are unique in the version, option and item keys in their
 *       question; an option is never called {@value Instrument#DONT_KNOW}.
 *   <li>There is at least one section, and every section has at least one question.
 *   <li>Single and multiple choice have at least two options, other kinds none; a matrix has at
 *       least two items, other kinds none.
 *   <li>Bounds only for numbers, and min ≤ max; a display (radio or dropdown) only for single
 *       choice; a randomised order only for the choice kinds.
 *   <li>A show-if condition names an <em>earlier</em> question whose answer is one of a known set
 *       (single or multiple choice, yes/no, rating), and only values that question can store (its
 *       option keys, yes/no, 1–5, {@value Instrument#DONT_KNOW} if offered).
 *   <li>Texts only in German and the offered languages, only for elements that exist, plain texts
 *       only if the version has a plain variant; every text non-blank, at most {@value #MAX_TEXT}
 *       characters, without control characters but line breaks.
 *   <li>Every element has its German standard text: title, sections, questions, options, items and
 *       the labelled ends of ratings and matrices.
 * </ul>
 *
 * <p>"Every translation keeps the same options in the same order" needs no rule of its own: options
 * and items are keys of the question, and translations only give texts to these keys ({@code
 * o:<question>:<option>}). A translation cannot add, drop or reorder options; a text for an option
 * the question does not have is refused as a text for an element that does not exist.
 */
public final class InstrumentRules {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_SECTIONS = 40;
  public static final int MAX_QUESTIONS = 300;
  public static final int MAX_CHOICES = 60;

  private static final Pattern KEY = Pattern.compile(Instrument.KEY_PATTERN);

  private InstrumentRules() {}

  /** The broken rules; empty if the instrument is valid. */
  public static List<InstrumentProblem> problems(Instrument instrument) {
    List<InstrumentProblem> problems = new ArrayList<>();
    checkStructure(instrument, problems);
    checkTexts(instrument, problems);
    return problems;
  }

  /**
   * @throws InstrumentRefusedException listing every broken rule
   */
  public static void check(Instrument instrument) {
    List<InstrumentProblem> problems = problems(instrument);
    if (!problems.isEmpty()) {
      throw new InstrumentRefusedException(problems);
    }
  }

  /** The answers a question can store that a show-if condition may test, in a stable order. */
  public static List<String> conditionValues(Question question) {
    List<String> values = new ArrayList<>();
    if (question.kind() == null) {
      return List.of();
    }
    switch (question.kind()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.addAll(question.options());
      case YES_NO -> values.addAll(List.of("yes", "no"));
      case RATING -> {
        for (int step = 1; step <= Instrument.RATING_STEPS; step++) {
          values.add(String.valueOf(step));
        }
      }
      default -> {
        return List.of();
      }
    }
    if (question.dontKnow()) {
      values.add(Instrument.DONT_KNOW);
    }
    return values;
  }

  /** Every element that may have a text, and whether its German standard text is required. */
  public static Map<String, Boolean> elements(Instrument instrument) {
    Map<String, Boolean> elements = new java.util.LinkedHashMap<>();
    elements.put(TextKeys.TITLE, true);
    elements.put(TextKeys.INTRO, false);
    for (Section section : instrument.sections()) {
      elements.put(TextKeys.section(section.key()), true);
      for (Question q : section.questions()) {
        elements.put(TextKeys.question(q.key()), true);
        elements.put(TextKeys.help(q.key()), false);
        if (q.kind() == QuestionKind.RATING || q.kind() == QuestionKind.MATRIX) {
          elements.put(TextKeys.low(q.key()), true);
          elements.put(TextKeys.high(q.key()), true);
        }
        for (String option : q.options()) {
          elements.put(TextKeys.option(q.key(), option), true);
        }
        for (String item : q.items()) {
          elements.put(TextKeys.item(q.key(), item), true);
        }
      }
    }
    return elements;
  }

  private static void checkStructure(Instrument instrument, List<InstrumentProblem> problems) {
    Translatable whole = place("instrument.place.instrument");
    for (String language : instrument.languages()) {
      if ("de".equals(language) || !Instrument.LANGUAGES.contains(language)) {
        problems.add(InstrumentProblem.of("instrument.language.unknown", whole, language));
      }
    }
    if (instrument.sections().isEmpty()) {
      problems.add(InstrumentProblem.of("instrument.sections.none", whole));
    }
    if (instrument.sections().size() > MAX_SECTIONS) {
      problems.add(InstrumentProblem.of("instrument.sections.tooMany", whole, MAX_SECTIONS));
    }
    if (instrument.questions().size() > MAX_QUESTIONS) {
      problems.add(InstrumentProblem.of("instrument.questions.tooMany", whole, MAX_QUESTIONS));
    }
    Set<String> sectionKeys = new HashSet<>();
    Map<String, Question> earlier = new HashMap<>();
    Set<String> questionKeys = new HashSet<>();
    for (Section section : instrument.sections()) {
      Translatable sectionPlace = place("instrument.place.section", show(section.key()));
      checkKey(section.key(), sectionPlace, problems);
      if (!sectionKeys.add(String.valueOf(section.key()))) {
        problems.add(InstrumentProblem.of("instrument.key.duplicate", sectionPlace, section.key()));
      }
      if (section.questions().isEmpty()) {
        problems.add(InstrumentProblem.of("instrument.section.empty", sectionPlace));
      }
      for (Question q : section.questions()) {
        Translatable at = place("instrument.place.question", show(q.key()), show(section.key()));
        checkKey(q.key(), at, problems);
        if (!questionKeys.add(String.valueOf(q.key()))) {
          problems.add(InstrumentProblem.of("instrument.key.duplicate", at, q.key()));
        }
        checkQuestion(q, at, earlier, problems);
        if (q.key() != null) {
          earlier.putIfAbsent(q.key(), q);
        }
      }
    }
  }

  private static void checkQuestion(
      Question q,
      Translatable at,
      Map<String, Question> earlier,
      List<InstrumentProblem> problems) {
    if (q.kind() == null) {
      problems.add(InstrumentProblem.of("instrument.kind.missing", at));
      return;
    }
    if (q.kind().hasOptions() && q.options().size() < 2) {
      problems.add(InstrumentProblem.of("instrument.options.tooFew", at));
    }
    if (!q.kind().hasOptions() && !q.options().isEmpty()) {
      problems.add(InstrumentProblem.of("instrument.options.notAllowed", at));
    }
    if (q.kind() == QuestionKind.MATRIX && q.items().size() < 2) {
      problems.add(InstrumentProblem.of("instrument.items.tooFew", at));
    }
    if (q.kind() != QuestionKind.MATRIX && !q.items().isEmpty()) {
      problems.add(InstrumentProblem.of("instrument.items.notAllowed", at));
    }
    if (q.options().size() > MAX_CHOICES || q.items().size() > MAX_CHOICES) {
      problems.add(InstrumentProblem.of("instrument.choices.tooMany", at, MAX_CHOICES));
    }
    checkChildren(q.options(), "instrument.place.option", q.key(), problems);
    checkChildren(q.items(), "instrument.place.item", q.key(), problems);
    if (q.options().contains(Instrument.DONT_KNOW)) {
      problems.add(InstrumentProblem.of("instrument.option.reserved", at, Instrument.DONT_KNOW));
    }
    if (q.kind() == QuestionKind.NUMBER) {
      if (q.min() != null && q.max() != null && q.min() > q.max()) {
        problems.add(InstrumentProblem.of("instrument.bounds.order", at, q.min(), q.max()));
      }
    } else if (q.min() != null || q.max() != null) {
      problems.add(InstrumentProblem.of("instrument.bounds.notAllowed", at));
    }
    if (q.display() != null && q.kind() != QuestionKind.SINGLE_CHOICE) {
      problems.add(InstrumentProblem.of("instrument.display.notAllowed", at));
    }
    if (q.randomise() && !q.kind().hasOptions()) {
      problems.add(InstrumentProblem.of("instrument.randomise.notAllowed", at));
    }
    checkCondition(q, at, earlier, problems);
  }

  private static void checkCondition(
      Question q,
      Translatable at,
      Map<String, Question> earlier,
      List<InstrumentProblem> problems) {
    if (q.showIfKey() == null) {
      if (!q.showIfValues().isEmpty()) {
        problems.add(InstrumentProblem.of("instrument.showIf.noQuestion", at));
      }
      return;
    }
    Question source = earlier.get(q.showIfKey());
    if (source == null) {
      problems.add(InstrumentProblem.of("instrument.showIf.notEarlier", at, q.showIfKey()));
      return;
    }
    List<String> possible = conditionValues(source);
    if (possible.isEmpty()) {
      problems.add(InstrumentProblem.of("instrument.showIf.kind", at, q.showIfKey()));
      return;
    }
    if (q.showIfValues().isEmpty()) {
      problems.add(InstrumentProblem.of("instrument.showIf.noValues", at));
    }
    for (String value : q.showIfValues()) {
      if (!possible.contains(value)) {
        problems.add(
            InstrumentProblem.of(
                "instrument.showIf.value", at, value, q.showIfKey(), String.join(", ", possible)));
      }
    }
  }

  private static void checkChildren(
      List<String> keys, String placeKey, String question, List<InstrumentProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      Translatable at = place(placeKey, show(key), show(question));
      checkKey(key, at, problems);
      if (!seen.add(String.valueOf(key))) {
        problems.add(InstrumentProblem.of("instrument.key.duplicate", at, key));
      }
    }
  }

  private static void checkKey(String key, Translatable at, List<InstrumentProblem> problems) {
    if (key == null || !KEY.matcher(key).matches()) {
      problems.add(InstrumentProblem.of("instrument.key.invalid", at, show(key)));
    }
  }

  private static void checkTexts(Instrument instrument, List<InstrumentProblem> problems) {
    Map<String, Boolean> elements = elements(instrument);
    Set<String> offered = new LinkedHashSet<>(instrument.languages());
    offered.add("de");
    Set<String> seen = new HashSet<>();
    Set<String> german = new HashSet<>();
    for (Text t : instrument.texts()) {
      String variant = t.variant() == null ? "?" : t.variant().name();
      Translatable at = place("instrument.place.text", show(t.element()), variant, t.language());
      if (t.variant() == null) {
        problems.add(InstrumentProblem.of("instrument.text.variant", at));
        continue;
      }
      if (!seen.add(variant + "|" + t.language() + "|" + t.element())) {
        problems.add(InstrumentProblem.of("instrument.text.duplicate", at));
      }
      if (!offered.contains(t.language())) {
        problems.add(InstrumentProblem.of("instrument.text.language", at, t.language()));
      }
      if (t.variant() == Variant.PLAIN && !instrument.plainVariant()) {
        problems.add(InstrumentProblem.of("instrument.text.plain", at));
      }
      if (t.element() == null || !elements.containsKey(t.element())) {
        problems.add(InstrumentProblem.of("instrument.text.element", at));
      }
      if (t.text() == null || t.text().isBlank()) {
        problems.add(InstrumentProblem.of("instrument.text.blank", at));
      } else {
        if (t.text().length() > MAX_TEXT) {
          problems.add(InstrumentProblem.of("instrument.text.tooLong", at, MAX_TEXT));
        }
        if (t.text().chars().anyMatch(c -> (c < 0x20 && c != '\n') || c == 0x7F)) {
          problems.add(InstrumentProblem.of("instrument.text.control", at));
        }
        if (t.variant() == Variant.STANDARD && "de".equals(t.language())) {
          german.add(t.element());
        }
      }
    }
    elements.forEach(
        (element, required) -> {
          if (required && !german.contains(element)) {
            problems.add(
                InstrumentProblem.of(
                    "instrument.text.germanMissing", place("instrument.place.element", element)));
          }
        });
  }

  private static Translatable place(String key, Object... arguments) {
    return new Translatable(key, null, List.of(arguments));
  }

  private static String show(String key) {
    return key == null ? "" : key;
  }
}

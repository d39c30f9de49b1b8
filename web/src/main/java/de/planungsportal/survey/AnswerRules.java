package de.planungsportal.survey;

import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which answers a questionnaire accepts, in their stored form (see {@link QuestionKind}), and which
 * questions are shown (show-if). Pure: the answering servlet, the submission and the tests use it
 * alike; nothing here trusts what a browser sent.
 *
 * <p>Raw input is keyed by answer key: the question key, or {@code <question>.<item>} for a matrix
 * item, with all values sent for it ({@link Instrument#DONT_KNOW} among them when "don't know" was
 * chosen).
 */
public final class AnswerRules {

  /** A problem with one question's answer: a message key and the question's number (1-based). */
  public record Problem(String questionKey, int number, String messageKey, Object... arguments) {}

  /**
   * The outcome of checking one page.
   *
   * @param answers all answers with this page's accepted ones merged in (hidden ones dropped)
   * @param problems empty if the page was accepted
   */
  public record PageResult(Map<String, String> answers, List<Problem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private AnswerRules() {}

  /**
   * Checks the answers of one page against the answers given on earlier pages. On problems the
   * returned answers are the earlier ones unchanged: nothing of a refused page is kept.
   */
  public static PageResult acceptPage(
      Instrument instrument,
      int sectionIndex,
      Map<String, List<String>> raw,
      Map<String, String> earlier) {
    return acceptPage(instrument, sectionIndex, raw, earlier, false);
  }

  /**
   * Like {@link #acceptPage(Instrument, int, Map, Map)}, but when {@code lenient} (going back to an
   * earlier page) every acceptable answer of the page is kept and the rest is left out, without
   * problems: Back never loses what was answered well and never blocks on what is missing.
   */
  public static PageResult acceptPage(
      Instrument instrument,
      int sectionIndex,
      Map<String, List<String>> raw,
      Map<String, String> earlier,
      boolean lenient) {
    Section section = instrument.sections().get(sectionIndex);
    Map<String, String> answers = new LinkedHashMap<>(earlier);
    for (Question q : section.questions()) {
      answers.keySet().removeIf(k -> belongsTo(k, q));
    }
    List<Problem> problems = new ArrayList<>();
    for (Question q : section.questions()) {
      if (!shown(instrument, q, answers)) {
        continue;
      }
      int number = number(instrument, q);
      Map<String, String> one = new LinkedHashMap<>();
      Optional<Problem> problem = accept(q, number, raw, one);
      if (problem.isPresent()) {
        if (!lenient) {
          problems.add(problem.get());
        }
      } else {
        answers.putAll(one);
      }
    }
    if (!problems.isEmpty()) {
      return new PageResult(new LinkedHashMap<>(earlier), problems);
    }
    return new PageResult(withoutHidden(instrument, answers), List.of());
  }

  /**
   * The first page (0-based) with a mandatory shown question unanswered, or -1 when the answers are
   * complete and may be submitted.
   */
  public static int firstIncompletePage(Instrument instrument, Map<String, String> answers) {
    Map<String, String> visible = withoutHidden(instrument, answers);
    for (int s = 0; s < instrument.sections().size(); s++) {
      for (Question q : instrument.sections().get(s).questions()) {
        if (q.mandatory() && shown(instrument, q, visible) && !answered(q, visible)) {
          return s;
        }
      }
    }
    return -1;
  }

  /** The answers of shown questions only, in question order (a hidden question's are dropped). */
  public static Map<String, String> withoutHidden(
      Instrument instrument, Map<String, String> answers) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Question q : instrument.questions()) {
      if (!shown(instrument, q, kept)) {
        continue;
      }
      if (q.kind() == QuestionKind.MATRIX) {
        for (String item : q.items()) {
          String value = answers.get(q.key() + "." + item);
          if (value != null) {
            kept.put(q.key() + "." + item, value);
          }
        }
      } else if (answers.containsKey(q.key())) {
        kept.put(q.key(), answers.get(q.key()));
      }
    }
    return kept;
  }

  /**
   * Whether a question is shown given the answers so far: always without a condition, else iff the
   * stored answer of the controlling question is one of the values (for a multiple choice: any of
   * its chosen options is).
   */
  public static boolean shown(Instrument instrument, Question q, Map<String, String> answers) {
    if (q.showIfKey() == null || q.showIfKey().isEmpty()) {
      return true;
    }
    String value = answers.get(q.showIfKey());
    if (value == null) {
      return false;
    }
    boolean multiple =
        instrument
            .question(q.showIfKey())
            .map(c -> c.kind() == QuestionKind.MULTIPLE_CHOICE)
            .orElse(false);
    if (multiple) {
      for (String chosen : value.split(",")) {
        if (q.showIfValues().contains(chosen)) {
          return true;
        }
      }
      return false;
    }
    return q.showIfValues().contains(value);
  }

  /** The number a respondent sees for a question: its place in the whole questionnaire. */
  public static int number(Instrument instrument, Question q) {
    return instrument.questions().indexOf(q) + 1;
  }

  private static boolean answered(Question q, Map<String, String> answers) {
    if (q.kind() == QuestionKind.MATRIX) {
      return q.items().stream().allMatch(i -> answers.containsKey(q.key() + "." + i));
    }
    return answers.containsKey(q.key());
  }

  private static boolean belongsTo(String answerKey, Question q) {
    return answerKey.equals(q.key()) || answerKey.startsWith(q.key() + ".");
  }

  /** Accepts one question's raw values into {@code into}, or tells what is wrong. */
  static Optional<Problem> accept(
      Question q, int number, Map<String, List<String>> raw, Map<String, String> into) {
    if (q.kind() == QuestionKind.MATRIX) {
      int missing = 0;
      for (String item : q.items()) {
        String value = single(raw.get(q.key() + "." + item));
        if (value == null) {
          missing++;
          continue;
        }
        if (!(rating(value) || (q.dontKnow() && Instrument.DONT_KNOW.equals(value)))) {
          return problem(q, number, "survey.answer.invalid");
        }
        into.put(q.key() + "." + item, value);
      }
      if (q.mandatory() && missing > 0) {
        into.clear();
        return problem(q, number, "survey.answer.missing");
      }
      return Optional.empty();
    }
    List<String> values = nonBlank(raw.get(q.key()));
    if (values.isEmpty()) {
      return q.mandatory() ? problem(q, number, "survey.answer.missing") : Optional.empty();
    }
    for (String v : values) {
      if (hasControlCharacters(v)) {
        return problem(q, number, "survey.answer.controlCharacters");
      }
    }
    boolean dontKnow = values.contains(Instrument.DONT_KNOW);
    if (dontKnow && !q.dontKnow()) {
      return problem(q, number, "survey.answer.invalid");
    }
    if (dontKnow) {
      if (q.kind() == QuestionKind.MULTIPLE_CHOICE && values.size() > 1) {
        return problem(q, number, "survey.answer.dontKnowAlone");
      }
      // a typed text or number beside a ticked "don't know": the tick says what is meant
      into.put(q.key(), Instrument.DONT_KNOW);
      return Optional.empty();
    }
    String value = values.get(0);
    switch (q.kind()) {
      case SINGLE_CHOICE -> {
        if (values.size() != 1 || !q.options().contains(value)) {
          return problem(q, number, "survey.answer.invalid");
        }
        into.put(q.key(), value);
      }
      case MULTIPLE_CHOICE -> {
        Set<String> chosen = new LinkedHashSet<>(values);
        if (!q.options().containsAll(chosen)) {
          return problem(q, number, "survey.answer.invalid");
        }
        into.put(q.key(), String.join(",", q.options().stream().filter(chosen::contains).toList()));
      }
      case RATING -> {
        if (values.size() != 1 || !rating(value)) {
          return problem(q, number, "survey.answer.invalid");
        }
        into.put(q.key(), value);
      }
      case YES_NO -> {
        if (values.size() != 1 || !(value.equals("yes") || value.equals("no"))) {
          return problem(q, number, "survey.answer.invalid");
        }
        into.put(q.key(), value);
      }
      case NUMBER -> {
        String typed = value.strip();
        if (values.size() != 1 || !typed.matches("-?[0-9]{1,9}")) {
          return problem(q, number, "survey.answer.notANumber");
        }
        int n = Integer.parseInt(typed);
        if ((q.min() != null && n < q.min()) || (q.max() != null && n > q.max())) {
          return problem(
              q,
              number,
              "survey.answer.outOfRange",
              q.min() == null ? "" : q.min(),
              q.max() == null ? "" : q.max());
        }
        into.put(q.key(), Integer.toString(n));
      }
      case SHORT_TEXT, LONG_TEXT -> {
        int max =
            q.kind() == QuestionKind.SHORT_TEXT
                ? Instrument.MAX_SHORT_TEXT
                : Instrument.MAX_LONG_TEXT;
        if (values.size() != 1) {
          return problem(q, number, "survey.answer.invalid");
        }
        if (value.length() > max) {
          return problem(q, number, "survey.answer.tooLongAt", max);
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
          return q.mandatory() ? problem(q, number, "survey.answer.missing") : Optional.empty();
        }
        into.put(q.key(), stripped);
      }
      default -> {
        return problem(q, number, "survey.answer.invalid");
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> problem(
      Question q, int number, String messageKey, Object... more) {
    // as text, so a message never formats 2000 as "2.000"
    Object[] arguments = new Object[more.length + 1];
    arguments[0] = Integer.toString(number);
    for (int i = 0; i < more.length; i++) {
      arguments[i + 1] = String.valueOf(more[i]);
    }
    return Optional.of(new Problem(q.key(), number, messageKey, arguments));
  }

  private static boolean rating(String value) {
    return value.length() == 1
        && value.charAt(0) >= '1'
        && value.charAt(0) < '1' + Instrument.RATING_STEPS;
  }

  private static String single(List<String> values) {
    List<String> given = nonBlank(values);
    return given.size() == 1 ? given.get(0) : given.isEmpty() ? null : "";
  }

  private static List<String> nonBlank(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).toList();
  }

  /**
   * NUL and the other control characters (but tab and line breaks, which a text area sends) are no
   * one's answer; stored, they break exports and the tools that read them.
   */
  public static boolean hasControlCharacters(String value) {
    return value
        .codePoints()
        .anyMatch(
            c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
  }
}

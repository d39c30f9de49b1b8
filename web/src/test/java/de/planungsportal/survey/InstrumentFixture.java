package de.planungsportal.survey;

import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A valid two-section instrument (English and plain variant offered) with every kind that has
 * special rules, and ways to break it one rule at a time.
 */
final class InstrumentFixture {

  private InstrumentFixture() {}

  static Question question(String key, QuestionKind kind) {
    return new Question(
        key, kind, null, false, false, false, null, null, null, Set.of(), null, null);
  }

  static Instrument valid() {
    Question school =
        new Question(
            "school",
            QuestionKind.SINGLE_CHOICE,
            Display.RADIO,
            true,
            true,
            true,
            null,
            null,
            null,
            Set.of(),
            List.of("like", "dislike"),
            List.of());
    Question why =
        new Question(
            "why",
            QuestionKind.LONG_TEXT,
            null,
            false,
            false,
            false,
            null,
            null,
            "school",
            Set.of("dislike", Instrument.DONT_KNOW),
            List.of(),
            List.of());
    Question feel = question("feel", QuestionKind.RATING);
    Question climate =
        new Question(
            "climate",
            QuestionKind.MATRIX,
            null,
            false,
            false,
            false,
            null,
            null,
            "feel",
            Set.of("1", "2"),
            List.of(),
            List.of("safe", "heard"));
    Question age =
        new Question(
            "age",
            QuestionKind.NUMBER,
            null,
            true,
            false,
            false,
            10,
            21,
            null,
            Set.of(),
            List.of(),
            List.of());
    List<Text> texts = new ArrayList<>();
    german(texts, "title", "Jugendbefragung");
    german(texts, "intro", "Willkommen");
    german(texts, "s:school", "Schule");
    german(texts, "s:me", "Über mich");
    german(texts, "q:school", "Gehst du gern zur Schule?");
    german(texts, "h:school", "Eine Antwort");
    german(texts, "o:school:like", "gern");
    german(texts, "o:school:dislike", "nicht gern");
    german(texts, "q:why", "Warum nicht?");
    german(texts, "q:feel", "Wie fühlst du dich?");
    german(texts, "lo:feel", "schlecht");
    german(texts, "hi:feel", "gut");
    german(texts, "q:climate", "Wie ist es in deiner Klasse?");
    german(texts, "lo:climate", "stimmt nicht");
    german(texts, "hi:climate", "stimmt");
    german(texts, "m:climate:safe", "Ich fühle mich sicher.");
    german(texts, "m:climate:heard", "Man hört mir zu.");
    german(texts, "q:age", "Wie alt bist du?");
    texts.add(new Text(Variant.STANDARD, "en", "q:school", "Do you like school?"));
    texts.add(new Text(Variant.STANDARD, "en", "o:school:like", "yes"));
    texts.add(new Text(Variant.PLAIN, "de", "q:school", "Magst du die Schule?"));
    return new Instrument(
        Set.of("en"),
        true,
        List.of(
            new Section("school", List.of(school, why)),
            new Section("me", List.of(feel, climate, age))),
        texts);
  }

  private static void german(List<Text> texts, String element, String text) {
    texts.add(new Text(Variant.STANDARD, "de", element, text));
  }

  /** The valid instrument with one question replaced. */
  static Instrument withQuestion(String key, UnaryOperator<Question> change) {
    Instrument valid = valid();
    List<Section> sections =
        valid.sections().stream()
            .map(
                s ->
                    new Section(
                        s.key(),
                        s.questions().stream()
                            .map(q -> q.key().equals(key) ? change.apply(q) : q)
                            .toList()))
            .toList();
    return new Instrument(valid.languages(), valid.plainVariant(), sections, valid.texts());
  }

  static Instrument withTexts(UnaryOperator<List<Text>> change) {
    Instrument valid = valid();
    return new Instrument(
        valid.languages(),
        valid.plainVariant(),
        valid.sections(),
        change.apply(new ArrayList<>(valid.texts())));
  }

  static Question copy(
      Question q,
      QuestionKind kind,
      Display display,
      Integer min,
      Integer max,
      String showIfKey,
      Set<String> showIfValues,
      List<String> options,
      List<String> items) {
    return new Question(
        q.key(),
        kind,
        display,
        q.mandatory(),
        q.dontKnow(),
        q.randomise(),
        min,
        max,
        showIfKey,
        showIfValues,
        options,
        items);
  }
}

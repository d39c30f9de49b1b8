package de.planungsportal.survey;

import static de.planungsportal.survey.InstrumentFixture.copy;
import static de.planungsportal.survey.InstrumentFixture.valid;
import static de.planungsportal.survey.InstrumentFixture.withQuestion;
import static de.planungsportal.survey.InstrumentFixture.withTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.common.Translatable;
import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentRulesTest {

  private static List<String> keys(Instrument instrument) {
    return InstrumentRules.problems(instrument).stream()
        .map(InstrumentProblem::messageKey)
        .toList();
  }

  @Test
  void theFixtureIsValid() {
    assertThat(InstrumentRules.problems(valid())).isEmpty();
  }

  @Test
  void keysMustMatchThePattern() {
    Instrument bad =
        withQuestion(
            "school",
            q ->
                new Question(
                    "Schule!",
                    q.kind(),
                    q.display(),
                    false,
                    false,
                    false,
                    null,
                    null,
                    null,
                    Set.of(),
                    List.of("like", "Dis Like"),
                    List.of()));
    assertThat(keys(bad)).contains("instrument.key.invalid");
    assertThat(
            InstrumentRules.problems(bad).stream()
                .filter(p -> p.messageKey().equals("instrument.key.invalid"))
                .map(p -> p.arguments().get(1)))
        .containsExactlyInAnyOrder("Schule!", "Dis Like");
  }

  @Test
  void keysMustBeUnique() {
    Instrument questions = withQuestion("why", q -> copyKey(q, "school"));
    Instrument options =
        withQuestion(
            "school",
            q ->
                copy(
                    q, q.kind(), q.display(), null, null, null, Set.of(), List.of("a", "a"), null));
    Instrument sections =
        new Instrument(
            Set.of(),
            false,
            List.of(
                new Section("s", List.of(InstrumentFixture.question("a", QuestionKind.YES_NO))),
                new Section("s", List.of(InstrumentFixture.question("b", QuestionKind.YES_NO)))),
            List.of());
    assertThat(keys(questions)).contains("instrument.key.duplicate");
    assertThat(keys(options)).contains("instrument.key.duplicate");
    assertThat(keys(sections)).contains("instrument.key.duplicate");
  }

  @Test
  void dontKnowIsNoOptionKey() {
    Instrument bad =
        withQuestion(
            "school",
            q ->
                copy(
                    q,
                    q.kind(),
                    q.display(),
                    null,
                    null,
                    null,
                    Set.of(),
                    List.of("like", Instrument.DONT_KNOW),
                    null));
    assertThat(keys(bad)).contains("instrument.option.reserved");
  }

  @Test
  void everySectionHasAQuestionAndThereIsASection() {
    Instrument empty =
        new Instrument(Set.of(), false, List.of(new Section("s1", List.of())), List.of());
    assertThat(keys(empty)).contains("instrument.section.empty");
    assertThat(keys(new Instrument(Set.of(), false, List.of(), List.of())))
        .contains("instrument.sections.none");
  }

  @Test
  void choiceKindsNeedTwoOptionsAndOthersHaveNone() {
    Instrument one =
        withQuestion(
            "school",
            q -> copy(q, q.kind(), q.display(), null, null, null, Set.of(), List.of("like"), null));
    Instrument textWithOptions =
        withQuestion(
            "age",
            q ->
                copy(
                    q,
                    QuestionKind.SHORT_TEXT,
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    List.of("a", "b"),
                    null));
    assertThat(keys(one)).contains("instrument.options.tooFew");
    assertThat(keys(textWithOptions)).contains("instrument.options.notAllowed");
  }

  @Test
  void aMatrixNeedsTwoItemsAndOthersHaveNone() {
    Instrument one =
        withQuestion(
            "climate",
            q -> copy(q, q.kind(), null, null, null, "feel", Set.of("1"), null, List.of("safe")));
    Instrument ratingWithItems =
        withQuestion(
            "feel",
            q -> copy(q, q.kind(), null, null, null, null, Set.of(), null, List.of("a", "b")));
    assertThat(keys(one)).contains("instrument.items.tooFew");
    assertThat(keys(ratingWithItems)).contains("instrument.items.notAllowed");
  }

  @Test
  void boundsOnlyForNumbersAndInOrder() {
    Instrument reversed =
        withQuestion("age", q -> copy(q, q.kind(), null, 21, 10, null, Set.of(), null, null));
    Instrument onText =
        withQuestion(
            "why", q -> copy(q, q.kind(), null, 1, 2, "school", q.showIfValues(), null, null));
    assertThat(keys(reversed)).containsExactly("instrument.bounds.order");
    assertThat(keys(onText)).contains("instrument.bounds.notAllowed");
  }

  @Test
  void displayOnlyForSingleChoiceAndRandomOrderOnlyForChoices() {
    Instrument display =
        withQuestion(
            "feel",
            q -> copy(q, q.kind(), Display.DROPDOWN, null, null, null, Set.of(), null, null));
    Instrument random =
        withQuestion(
            "feel",
            q ->
                new Question(
                    q.key(), q.kind(), null, false, false, true, null, null, null, Set.of(), null,
                    null));
    assertThat(keys(display)).containsExactly("instrument.display.notAllowed");
    assertThat(keys(random)).containsExactly("instrument.randomise.notAllowed");
  }

  @Test
  void aConditionNamesAnEarlierQuestion() {
    Instrument later =
        withQuestion(
            "school",
            q ->
                copy(q, q.kind(), q.display(), null, null, "feel", Set.of("1"), q.options(), null));
    Instrument itself =
        withQuestion(
            "school",
            q ->
                copy(
                    q,
                    q.kind(),
                    q.display(),
                    null,
                    null,
                    "school",
                    Set.of("like"),
                    q.options(),
                    null));
    Instrument unknown =
        withQuestion(
            "why", q -> copy(q, q.kind(), null, null, null, "nobody", Set.of("x"), null, null));
    assertThat(keys(later)).containsExactly("instrument.showIf.notEarlier");
    assertThat(keys(itself)).containsExactly("instrument.showIf.notEarlier");
    assertThat(keys(unknown)).containsExactly("instrument.showIf.notEarlier");
  }

  @Test
  void aConditionUsesOnlyValuesTheQuestionCanStore() {
    Instrument wrongOption =
        withQuestion(
            "why", q -> copy(q, q.kind(), null, null, null, "school", Set.of("hate"), null, null));
    Instrument wrongStep =
        withQuestion(
            "climate",
            q -> copy(q, q.kind(), null, null, null, "feel", Set.of("6"), null, q.items()));
    Instrument dontKnowNotOffered =
        withQuestion(
            "climate",
            q ->
                copy(
                    q,
                    q.kind(),
                    null,
                    null,
                    null,
                    "feel",
                    Set.of(Instrument.DONT_KNOW),
                    null,
                    q.items()));
    Instrument onText =
        withQuestion(
            "climate",
            q -> copy(q, q.kind(), null, null, null, "why", Set.of("x"), null, q.items()));
    Instrument noValues =
        withQuestion(
            "why", q -> copy(q, q.kind(), null, null, null, "school", Set.of(), null, null));
    assertThat(keys(wrongOption)).containsExactly("instrument.showIf.value");
    assertThat(keys(wrongStep)).containsExactly("instrument.showIf.value");
    assertThat(keys(dontKnowNotOffered)).containsExactly("instrument.showIf.value");
    assertThat(keys(onText)).containsExactly("instrument.showIf.kind");
    assertThat(keys(noValues)).containsExactly("instrument.showIf.noValues");
  }

  @Test
  void textsOnlyInOfferedLanguagesAndForExistingElements() {
    Instrument turkish =
        withTexts(
            t -> {
              t.add(new Text(Variant.STANDARD, "tr", "q:school", "Okulu seviyor musun?"));
              return t;
            });
    Instrument ghost =
        withTexts(
            t -> {
              t.add(new Text(Variant.STANDARD, "en", "o:school:maybe", "maybe"));
              t.add(new Text(Variant.STANDARD, "de", "lo:school", "wenig"));
              return t;
            });
    assertThat(keys(turkish)).containsExactly("instrument.text.language");
    assertThat(keys(ghost)).containsExactly("instrument.text.element", "instrument.text.element");
  }

  @Test
  void everyElementHasItsGermanStandardText() {
    for (String element :
        List.of(
            "title", "s:me", "q:age", "o:school:like", "m:climate:safe", "lo:feel", "hi:climate")) {
      Instrument missing =
          withTexts(
              t -> {
                t.removeIf(x -> x.language().equals("de") && x.element().equals(element));
                return t;
              });
      assertThat(keys(missing)).as(element).containsExactly("instrument.text.germanMissing");
    }
    Instrument noHelpNoIntro =
        withTexts(
            t -> {
              t.removeIf(x -> x.element().equals("h:school") || x.element().equals("intro"));
              return t;
            });
    assertThat(keys(noHelpNoIntro)).isEmpty();
  }

  @Test
  void plainTextsOnlyWithThePlainVariant() {
    Instrument valid = valid();
    Instrument noPlain = new Instrument(valid.languages(), false, valid.sections(), valid.texts());
    assertThat(keys(noPlain)).containsExactly("instrument.text.plain");
  }

  @Test
  void textsAreNotBlankNotTooLongAndWithoutControlCharacters() {
    Instrument bad =
        withTexts(
            t -> {
              t.add(new Text(Variant.STANDARD, "en", "q:why", " "));
              t.add(new Text(Variant.STANDARD, "en", "q:feel", "x".repeat(2001)));
              t.add(new Text(Variant.STANDARD, "en", "q:age", "How\u0007old?"));
              t.add(new Text(Variant.STANDARD, "en", "s:me", "About\nme"));
              return t;
            });
    assertThat(keys(bad))
        .containsExactlyInAnyOrder(
            "instrument.text.blank", "instrument.text.tooLong", "instrument.text.control");
  }

  @Test
  void onlyLanguagesThePortalOffersBesidesGerman() {
    Instrument valid = valid();
    Instrument french =
        new Instrument(Set.of("en", "fr", "de"), true, valid.sections(), valid.texts());
    assertThat(keys(french))
        .containsExactly("instrument.language.unknown", "instrument.language.unknown");
  }

  @Test
  void checkThrowsWithEveryProblemAndEachNamesItsPlaceInTheReadersLanguage() {
    Instrument bad =
        withQuestion("age", q -> copy(q, q.kind(), null, 30, 10, null, Set.of(), null, null));
    assertThatThrownBy(() -> InstrumentRules.check(bad))
        .isInstanceOfSatisfying(
            InstrumentRefusedException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              InstrumentProblem p = e.problems().get(0);
              ResourceBundle de =
                  ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.GERMAN);
              ResourceBundle en =
                  ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.ENGLISH);
              assertThat(Translatable.format(de, Locale.GERMAN, p.messageKey(), p.argumentArray()))
                  .isEqualTo(
                      "Frage „age“ in Abschnitt „me“: Der kleinste Wert (30) ist größer als der größte (10).");
              assertThat(Translatable.format(en, Locale.ENGLISH, p.messageKey(), p.argumentArray()))
                  .startsWith("Question “age” in section “me”:");
            });
  }

  private static Question copyKey(Question q, String key) {
    return new Question(
        key,
        q.kind(),
        q.display(),
        q.mandatory(),
        q.dontKnow(),
        q.randomise(),
        q.min(),
        q.max(),
        null,
        Set.of(),
        q.options(),
        q.items());
  }
}

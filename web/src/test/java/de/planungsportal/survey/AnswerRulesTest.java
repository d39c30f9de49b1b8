package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

  private static Question q(String key, QuestionKind kind, boolean mandatory, boolean dontKnow) {
    return new Question(
        key,
        kind,
        kind == QuestionKind.SINGLE_CHOICE ? Display.RADIO : null,
        mandatory,
        dontKnow,
        false,
        kind == QuestionKind.NUMBER ? 0 : null,
        kind == QuestionKind.NUMBER ? 20 : null,
        null,
        null,
        kind.hasOptions() ? List.of("bus", "foot", "car") : null,
        kind == QuestionKind.MATRIX ? List.of("a", "b") : null);
  }

  private static Question showIf(Question q, String key, String... values) {
    return new Question(
        q.key(),
        q.kind(),
        q.display(),
        q.mandatory(),
        q.dontKnow(),
        q.randomise(),
        q.min(),
        q.max(),
        key,
        Set.of(values),
        q.options(),
        q.items());
  }

  private static Instrument of(Question... questions) {
    return new Instrument(
        Set.of(), false, List.of(new Section("s", List.of(questions))), List.of());
  }

  private static Map<String, String> accepted(Question question, List<String> values) {
    AnswerRules.PageResult result =
        AnswerRules.acceptPage(of(question), 0, Map.of(question.key(), values), Map.of());
    return result.accepted()
        ? result.answers()
        : Map.of("problem", result.problems().get(0).messageKey());
  }

  @Test
  void singleChoiceAcceptsItsOptionKeysOnly() {
    Question choice = q("way", QuestionKind.SINGLE_CHOICE, true, false);
    assertThat(accepted(choice, List.of("foot"))).containsEntry("way", "foot");
    assertThat(accepted(choice, List.of("2"))).containsEntry("problem", "survey.answer.invalid");
    assertThat(accepted(choice, List.of("bus", "car")))
        .containsEntry("problem", "survey.answer.invalid");
    assertThat(accepted(choice, List.of(Instrument.DONT_KNOW)))
        .as("no don't-know option offered")
        .containsEntry("problem", "survey.answer.invalid");
    assertThat(accepted(choice, List.of())).containsEntry("problem", "survey.answer.missing");
  }

  @Test
  void multipleChoiceStoresKeysInOptionOrderAndDontKnowOnlyAlone() {
    Question multiple = q("ways", QuestionKind.MULTIPLE_CHOICE, false, true);
    assertThat(accepted(multiple, List.of("car", "bus"))).containsEntry("ways", "bus,car");
    assertThat(accepted(multiple, List.of(Instrument.DONT_KNOW)))
        .containsEntry("ways", Instrument.DONT_KNOW);
    assertThat(accepted(multiple, List.of("bus", Instrument.DONT_KNOW)))
        .containsEntry("problem", "survey.answer.dontKnowAlone");
    assertThat(accepted(multiple, List.of("plane")))
        .containsEntry("problem", "survey.answer.invalid");
    assertThat(accepted(multiple, List.of())).as("optional").isEmpty();
  }

  @Test
  void ratingYesNoAndNumberTakeTheirRangesOnly() {
    Question rating = q("r", QuestionKind.RATING, true, false);
    assertThat(accepted(rating, List.of("5"))).containsEntry("r", "5");
    assertThat(accepted(rating, List.of("6"))).containsEntry("problem", "survey.answer.invalid");
    assertThat(accepted(rating, List.of("0"))).containsEntry("problem", "survey.answer.invalid");
    Question yesNo = q("y", QuestionKind.YES_NO, true, false);
    assertThat(accepted(yesNo, List.of("no"))).containsEntry("y", "no");
    assertThat(accepted(yesNo, List.of("ja"))).containsEntry("problem", "survey.answer.invalid");
    Question number = q("n", QuestionKind.NUMBER, false, true);
    assertThat(accepted(number, List.of(" 12 "))).containsEntry("n", "12");
    assertThat(accepted(number, List.of("21")))
        .containsEntry("problem", "survey.answer.outOfRange");
    assertThat(accepted(number, List.of("-1")))
        .containsEntry("problem", "survey.answer.outOfRange");
    assertThat(accepted(number, List.of("1e3")))
        .containsEntry("problem", "survey.answer.notANumber");
    assertThat(accepted(number, List.of(Instrument.DONT_KNOW, "7")))
        .as("a ticked don't know wins over a typed number")
        .containsEntry("n", Instrument.DONT_KNOW);
  }

  @Test
  void textsAreStrippedBoundedAndFreeOfControlCharacters() {
    Question shortText = q("s", QuestionKind.SHORT_TEXT, false, false);
    Question longText = q("l", QuestionKind.LONG_TEXT, true, false);
    assertThat(accepted(shortText, List.of("  Bänke 🌳 "))).containsEntry("s", "Bänke 🌳");
    assertThat(accepted(shortText, List.of("x".repeat(Instrument.MAX_SHORT_TEXT + 1))))
        .containsEntry("problem", "survey.answer.tooLongAt");
    assertThat(accepted(longText, List.of("x".repeat(Instrument.MAX_LONG_TEXT)))).containsKey("l");
    assertThat(accepted(longText, List.of("Null\u0000Byte")))
        .containsEntry("problem", "survey.answer.controlCharacters");
    assertThat(accepted(longText, List.of("Zeile\r\n\tzwei")))
        .containsEntry("l", "Zeile\r\n\tzwei");
    assertThat(accepted(longText, List.of("   ")))
        .containsEntry("problem", "survey.answer.missing");
  }

  @Test
  void aMandatoryMatrixNeedsEveryItem() {
    Question matrix = q("m", QuestionKind.MATRIX, true, true);
    Instrument instrument = of(matrix);
    AnswerRules.PageResult all =
        AnswerRules.acceptPage(
            instrument, 0, Map.of("m.a", List.of("1"), "m.b", List.of("dont-know")), Map.of());
    AnswerRules.PageResult half =
        AnswerRules.acceptPage(instrument, 0, Map.of("m.a", List.of("1")), Map.of());
    AnswerRules.PageResult forged =
        AnswerRules.acceptPage(
            instrument, 0, Map.of("m.a", List.of("9"), "m.b", List.of("1")), Map.of());

    assertThat(all.answers())
        .containsExactlyInAnyOrderEntriesOf(Map.of("m.a", "1", "m.b", "dont-know"));
    assertThat(half.problems())
        .extracting(AnswerRules.Problem::messageKey)
        .containsExactly("survey.answer.missing");
    assertThat(forged.problems())
        .extracting(AnswerRules.Problem::messageKey)
        .containsExactly("survey.answer.invalid");
  }

  @Test
  void showIfAcrossPagesHidesAndDropsAndExcusesMandatoryQuestions() {
    Question pet = q("pet", QuestionKind.MULTIPLE_CHOICE, true, false);
    Question which = showIf(q("which", QuestionKind.SHORT_TEXT, true, false), "pet", "car");
    Instrument instrument =
        new Instrument(
            Set.of(),
            false,
            List.of(new Section("one", List.of(pet)), new Section("two", List.of(which))),
            List.of());

    Map<String, String> page1 =
        AnswerRules.acceptPage(instrument, 0, Map.of("pet", List.of("bus")), Map.of()).answers();
    AnswerRules.PageResult page2 =
        AnswerRules.acceptPage(instrument, 1, Map.of("which", List.of("sneaked in")), page1);

    assertThat(page2.accepted()).isTrue();
    assertThat(page2.answers()).as("hidden: its answer dropped").doesNotContainKey("which");
    assertThat(AnswerRules.firstIncompletePage(instrument, page2.answers())).isEqualTo(-1);

    Map<String, String> car =
        AnswerRules.acceptPage(instrument, 0, Map.of("pet", List.of("bus", "car")), Map.of())
            .answers();
    assertThat(AnswerRules.shown(instrument, which, car)).isTrue();
    assertThat(AnswerRules.firstIncompletePage(instrument, car)).as("now mandatory").isEqualTo(1);
    assertThat(AnswerRules.acceptPage(instrument, 1, Map.of(), car).problems())
        .extracting(AnswerRules.Problem::number)
        .containsExactly(2);
    Map<String, String> answered =
        AnswerRules.acceptPage(instrument, 1, Map.of("which", List.of("Golf")), car).answers();
    Map<String, String> changedMind =
        AnswerRules.acceptPage(instrument, 0, Map.of("pet", List.of("foot")), answered).answers();
    assertThat(changedMind)
        .as("going back and changing page 1 drops page 2's answer")
        .containsOnlyKeys("pet");
  }

  @Test
  void aRefusedPageKeepsNothingOfItself() {
    Question a = q("a", QuestionKind.RATING, true, false);
    Question b = q("b", QuestionKind.RATING, true, false);
    AnswerRules.PageResult result =
        AnswerRules.acceptPage(of(a, b), 0, Map.of("a", List.of("2")), Map.of("x", "1"));
    assertThat(result.accepted()).isFalse();
    assertThat(result.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("x", "1"));
  }
}

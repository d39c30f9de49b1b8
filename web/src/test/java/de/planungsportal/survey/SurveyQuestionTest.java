package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.common.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyQuestionTest {

  private final SurveyQuestion choice =
      new SurveyQuestion("way", QuestionKind.SINGLE_CHOICE, true, "Wie?", "zu Fuß\n\nBus \nanders");
  private final SurveyQuestion rating =
      new SurveyQuestion("feel", QuestionKind.RATING, false, "Wohl?", "gar nicht\nsehr");
  private final SurveyQuestion text =
      new SurveyQuestion("wish", QuestionKind.LONG_TEXT, false, "Wunsch?", null);

  @Test
  void optionsAreTheNonEmptyLinesAndGermanStandsInForMissingEnglish() {
    assertThat(choice.options(Locale.ENGLISH)).containsExactly("zu Fuß", "Bus", "anders");
    assertThat(choice.text(Locale.ENGLISH)).isEqualTo("Wie?");
    assertThat(text.options(Locale.GERMAN)).isEmpty();
  }

  @Test
  void choicesAndRatingsAcceptOnlyTheirNumbers() {
    assertThat(choice.accept("3", Locale.GERMAN)).isEqualTo("3");
    assertThat(choice.accept(" 1 ", Locale.GERMAN)).isEqualTo("1");
    assertThat(choice.accept("4", Locale.GERMAN)).isNull();
    assertThat(choice.accept("0", Locale.GERMAN)).isNull();
    assertThat(choice.accept("zu Fuß", Locale.GERMAN)).isNull();
    assertThat(rating.accept("5", Locale.GERMAN)).isEqualTo("5");
    assertThat(rating.accept("6", Locale.GERMAN)).isNull();
    assertThat(rating.accept("99999999999", Locale.GERMAN)).isNull();
  }

  @Test
  void freeTextIsKeptUpToItsLimit() {
    assertThat(text.accept("  Mehr Bänke 🌳 ", Locale.GERMAN)).isEqualTo("Mehr Bänke 🌳");
    assertThat(text.accept("x".repeat(SurveyQuestion.MAX_TEXT), Locale.GERMAN))
        .hasSize(SurveyQuestion.MAX_TEXT);
    assertThat(text.accept("x".repeat(SurveyQuestion.MAX_TEXT + 1), Locale.GERMAN)).isNull();
    assertThat(text.accept("   ", Locale.GERMAN)).isNull();
  }

  @Test
  void answersAreCheckedAgainstAllQuestionsOfTheWave() {
    List<SurveyQuestion> questions = List.of(choice, rating, text);

    assertThat(
            SurveyAnswering.accepted(
                questions, Map.of("way", "2", "wish", " ja ", "x", "1"), Locale.GERMAN))
        .containsExactly(Map.entry("way", "2"), Map.entry("wish", "ja"));
    assertThatThrownBy(
            () -> SurveyAnswering.accepted(questions, Map.of("feel", "3"), Locale.GERMAN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("survey.answer.missing");
    assertThatThrownBy(
            () ->
                SurveyAnswering.accepted(questions, Map.of("way", "2", "feel", "7"), Locale.GERMAN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("survey.answer.invalid");
  }

  @Test
  void controlCharactersInAnAnswerAreRefusedButTabsAndLineBreaksAreKept() {
    List<SurveyQuestion> questions = List.of(choice, rating, text);

    for (String bad : List.of("Null\u0000Byte", "Glocke\u0007", "Escape\u001B[31m", "C1\u0085")) {
      assertThatThrownBy(
              () ->
                  SurveyAnswering.accepted(
                      questions, Map.of("way", "2", "wish", bad), Locale.GERMAN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("survey.answer.controlCharacters");
    }
    assertThat(
            SurveyAnswering.accepted(
                questions, Map.of("way", "2", "wish", "a\tb\r\nc\nd"), Locale.GERMAN))
        .containsEntry("wish", "a\tb\r\nc\nd");
  }
}

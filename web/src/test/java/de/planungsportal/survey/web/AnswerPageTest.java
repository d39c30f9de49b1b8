package de.planungsportal.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.survey.AnswerRules;
import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.Instrument.Display;
import de.planungsportal.survey.Instrument.Question;
import de.planungsportal.survey.Instrument.Section;
import de.planungsportal.survey.Instrument.Text;
import de.planungsportal.survey.Instrument.Variant;
import de.planungsportal.survey.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerPageTest {

  private static Question q(String key, QuestionKind kind, Display display, boolean dk) {
    return new Question(
        key,
        kind,
        display,
        true,
        dk,
        kind == QuestionKind.MULTIPLE_CHOICE,
        kind == QuestionKind.NUMBER ? 1 : null,
        kind == QuestionKind.NUMBER ? 9 : null,
        null,
        null,
        kind.hasOptions() ? List.of("a", "b", "c", "d") : null,
        kind == QuestionKind.MATRIX ? List.of("x", "y") : null);
  }

  private final Instrument instrument =
      new Instrument(
          Set.of("en", "ar"),
          true,
          List.of(
              new Section(
                  "one",
                  List.of(
                      q("radio", QuestionKind.SINGLE_CHOICE, Display.RADIO, true),
                      q("drop", QuestionKind.SINGLE_CHOICE, Display.DROPDOWN, true),
                      q("multi", QuestionKind.MULTIPLE_CHOICE, null, true),
                      q("rate", QuestionKind.RATING, null, false),
                      q("matrix", QuestionKind.MATRIX, null, true),
                      q("num", QuestionKind.NUMBER, null, true),
                      q("short", QuestionKind.SHORT_TEXT, null, false),
                      q("long", QuestionKind.LONG_TEXT, null, false),
                      q("yn", QuestionKind.YES_NO, null, false))),
              new Section("two", List.of(q("last", QuestionKind.YES_NO, null, false)))),
          List.of(
              new Text(Variant.STANDARD, "de", "title", "Befragung <b>&</b>"),
              new Text(Variant.STANDARD, "de", "q:radio", "Frage \"eins\" <script>"),
              new Text(Variant.STANDARD, "ar", "q:radio", "سؤال"),
              new Text(Variant.STANDARD, "de", "q:drop", "Dropdown"),
              new Text(Variant.STANDARD, "de", "lo:rate", "gar nicht"),
              new Text(Variant.STANDARD, "de", "hi:rate", "sehr"),
              new Text(Variant.STANDARD, "de", "m:matrix:x", "Zeile x")));

  private String render(String language, boolean preview, List<AnswerRules.Problem> problems) {
    return new AnswerPage("/ctx", language)
        .page(
            new AnswerPage.PageModel(
                instrument,
                Variant.STANDARD,
                "Befragung <b>&</b>",
                7,
                0,
                Map.of("radio", List.of("b"), "multi", List.of("a", "c"), "matrix.x", List.of("2")),
                Map.of(),
                problems,
                preview ? null : "ABCDEFGHJKMN",
                42,
                null,
                preview,
                false));
  }

  @Test
  void everyTextIsEscapedAndTheQuestionnaireSpeaksItsLanguage() {
    String html = render("ar", false, List.of());

    assertThat(html)
        .startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">")
        .contains("Befragung &lt;b&gt;&amp;&lt;/b&gt;", "سؤال")
        .doesNotContain("<script", "<b>")
        .contains(
            "<button id=\"next\" type=\"submit\" name=\"go\" value=\"next\" class=\"button\" lang=\"en\" dir=\"ltr\">Next</button>")
        .contains("value=\"lang:ar\"", "value=\"variant:PLAIN\"")
        .contains("<input type=\"hidden\" name=\"code\" value=\"ABCDEFGHJKMN\">");
  }

  @Test
  void eachKindGetsItsControlsWithLabelsAndAnswersShownAgain() {
    String html = render("de", false, List.of());

    assertThat(html)
        .contains("<legend class=\"question-text\">1. ")
        .containsPattern("id=\"a-radio-1\" name=\"a.radio\" value=\"b\" checked")
        .contains("<label for=\"a-drop\" class=\"question-text\">2. Dropdown")
        .contains("<option value=\"dont-know\"")
        .contains("name=\"a.matrix.x\" value=\"2\" checked")
        .contains("<th scope=\"row\" id=\"r-matrix-x\">Zeile x</th>")
        .contains("aria-labelledby=\"r-matrix-x h-matrix-1\"")
        .contains("1 – gar nicht", "5 – sehr")
        .contains("inputmode=\"numeric\"", "Eine ganze Zahl von 1 bis 9.")
        .contains("maxlength=\"200\"", "maxlength=\"2000\"")
        .contains("<span>Ja</span></label>", "Seite 1 von 2")
        .contains("<label for=\"a-radio-1\">b</label>")
        .doesNotContain("id=\"back\"");
  }

  @Test
  void problemsAreSummarisedWithLinksAndTiedToTheirQuestion() {
    String html =
        render(
            "de",
            false,
            List.of(new AnswerRules.Problem("num", 6, "survey.answer.outOfRange", "6", "1", "9")));

    assertThat(html)
        .contains(
            "role=\"alert\"",
            "<a href=\"#a-num\">Bei Frage 6 muss die Zahl zwischen 1 und 9 liegen.</a>")
        .contains("<p id=\"err-num\" class=\"field-error\">")
        .contains("aria-invalid=\"true\" aria-describedby=\"err-num hint-num\"");
  }

  @Test
  void randomisedOptionsKeepOneOrderPerRespondent() {
    String first = render("de", false, List.of());
    String again = render("de", false, List.of());

    assertThat(first).isEqualTo(again);
  }

  @Test
  void thePreviewMarksGermanStandingInForATranslationAndHasNoCode() {
    String html = render("en", true, List.of());

    assertThat(html)
        .contains(
            "<span lang=\"de\" dir=\"ltr\" class=\"fallback\">Dropdown<span class=\"sr-only\"> (German)</span></span>")
        .contains("Preview")
        .doesNotContain("name=\"code\"");
  }
}

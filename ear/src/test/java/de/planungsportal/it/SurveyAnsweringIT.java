package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The anonymous answering path over HTTP, as a phone uses it: a code opens the questionnaire, a
 * submission stores exactly one response carrying nothing that leads back to the code or a time of
 * day, and codes cannot be guessed, reused or told apart from unknown ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyAnsweringIT {

  private static final String FORM = "answerForm";
  private static final String RATING = "answerForm:questions:0:choice";
  private static final String CHOICE = "answerForm:questions:1:choice";
  private static final String TEXT = "answerForm:questions:2:text";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** Every test comes from 127.0.0.1; failed codes must not count against the next test. */
  @AfterEach
  void forgetFailedCodesOfThisAddress() {
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'survey-code%'");
  }

  @Test
  void codeOpensQuestionnaireAndSubmissionStoresOneAnonymousResponse() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);

    Page questionnaire = open(phone, wave.codes().get(0).toLowerCase().replace("-", " "));
    assertThat(questionnaire.status()).isEqualTo(200);
    assertThat(PageText.visible(questionnaire))
        .contains(TestSurveys.RATING_TEXT, TestSurveys.CHOICE_TEXT, "mit dem Bus");
    Page done =
        submit(
            phone,
            questionnaire,
            answers(wave.codes().get(0), Map.of(RATING, "4", CHOICE, "2", TEXT, "Mehr Bänke 🌳")));

    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).hasValueSatisfying(l -> assertThat(l).contains("/answer/thanks"));
    assertThat(PageText.visible(phone.get(done.location().get()))).contains("Vielen Dank");
    assertThat(
            Database.snapshot(
                "(SELECT school_id, area_id, grade_band, language, submitted_on"
                    + " FROM survey_response WHERE wave_id = "
                    + wave.id()
                    + ") r"))
        .containsExactly(
            wave.schoolId() + "|" + wave.areaId() + "|3-4|de|" + LocalDate.now() + "|");
    assertThat(answersOf(wave)).containsExactlyInAnyOrder("yard=4", "way=2", "wish=Mehr Bänke 🌳");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isEqualTo(1);
    assertThat(phone.sessionCookie()).as("answering creates no session").isEmpty();
  }

  @Test
  void responsesHoldNothingThatLeadsBackToACodeOrATimeOfDay() {
    assertThat(
            Database.snapshot(
                "(SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'survey_response') c"))
        .containsExactlyInAnyOrder(
            "area_id|bigint|",
            "grade_band|varchar|",
            "id|char|",
            "language|char|",
            "school_id|bigint|",
            "submitted_on|date|",
            "wave_id|bigint|");
    assertThat(
            Database.snapshot(
                "(SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'access_code') c"))
        .containsExactlyInAnyOrder(
            "class_label|", "code_hash|", "grade_band|", "id|", "school_id|", "used|", "wave_id|");
  }

  @Test
  void spentExpiredAndUnknownCodesGetTheSameAnswer() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    TestSurveys.Wave ended =
        TestSurveys.create(LocalDate.now().minusDays(20), LocalDate.now().minusDays(1), 1);
    TestSurveys.Wave future =
        TestSurveys.create(LocalDate.now().plusDays(1), LocalDate.now().plusDays(20), 1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    submit(phone, open(phone, code), answers(code, Map.of(RATING, "1", CHOICE, "1")));

    List<String> refusals =
        List.of(
                code,
                ended.codes().get(0),
                future.codes().get(0),
                TestSurveys.randomCode(),
                "1234",
                "<script>alert(1)</script>")
            .stream()
            .map(c -> refusal(open(phone, c)))
            .toList();

    assertThat(refusals).allMatch(r -> r.equals(refusals.get(0)));
    assertThat(refusals.get(0)).contains("Mit diesem Code geht es nicht weiter");
    assertThat(responsesOf(wave)).isEqualTo(1);
  }

  @Test
  void doubleSubmissionStoresExactlyOneResponse() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    Page questionnaire = open(phone, code);
    Map<String, String> answers = answers(code, Map.of(RATING, "5", CHOICE, "3"));

    List<Page> results =
        List.of(
                CompletableFuture.supplyAsync(() -> submit(phone, questionnaire, answers)),
                CompletableFuture.supplyAsync(() -> submit(phone, questionnaire, answers)))
            .stream()
            .map(CompletableFuture::join)
            .toList();
    Page retry = submit(phone, questionnaire, answers);

    assertThat(results).filteredOn(p -> p.status() == 302).hasSize(1);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(PageText.visible(retry)).contains("wenn du gerade abgeschickt hast");
    assertThat(responsesOf(wave)).isEqualTo(1);
    assertThat(answersOf(wave)).containsExactlyInAnyOrder("yard=5", "way=3");
  }

  @Test
  void missingOrForgedAnswersAreExplainedAndStoreNothing() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    Page questionnaire = open(phone, code);

    Page missing = submit(phone, questionnaire, answers(code, Map.of(RATING, "2")));
    Page forged =
        submit(
            phone,
            questionnaire,
            answers(code, Map.of(RATING, "6", CHOICE, "' OR 1=1 --", TEXT, "x".repeat(2001))));

    assertThat(missing.status()).isEqualTo(200);
    assertThat(PageText.visible(missing)).contains("Bitte beantworte diese Frage.");
    assertThat(missing.body())
        .as("the given answer stays selected")
        .containsPattern("value=\"2\"[^>]*checked|checked[^>]*value=\"2\"");
    assertThat(PageText.visible(forged))
        .contains(
            "Frage 1: Diese Auswahl ist nicht möglich.",
            "Frage 2: Diese Auswahl ist nicht möglich.",
            "Die Antwort ist zu lang");
    assertThat(PageText.visible(forged)).doesNotContain("OR 1=1");
    assertThat(responsesOf(wave)).isZero();
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
  }

  @Test
  void englishQuestionsAndTheLanguageOfTheResponse() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base).language("en-GB,en;q=0.9");
    String code = wave.codes().get(0);

    Page questionnaire = open(phone, code);
    assertThat(PageText.visible(questionnaire))
        .contains(TestSurveys.RATING_TEXT_EN, "not at all")
        .as("no English text: German stands in")
        .contains(TestSurveys.CHOICE_TEXT);
    assertThat(questionnaire.body()).contains("value=\"Submit answers\"");
    submit(phone, questionnaire, answers(code, Map.of(RATING, "3", CHOICE, "1", "lang", "en")));

    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM survey_response WHERE wave_id = ? AND language = 'en'",
                wave.id()))
        .isEqualTo(1);
  }

  @Test
  void wrongCodesAreLimitedPerAddressWithRoomForEachGoodOne() {
    TestSurveys.Wave wave = TestSurveys.inField(3);
    PortalClient school = new PortalClient(base);
    // two pupils submit: two more wrong codes are tolerated (100 + 2)
    for (String code : wave.codes().subList(0, 2)) {
      assertThat(
              submit(school, open(school, code), answers(code, Map.of(RATING, "3", CHOICE, "1")))
                  .status())
          .isEqualTo(302);
      assertThat(PageText.visible(open(school, code)))
          .as("reopening a spent code earns nothing")
          .contains("Mit diesem Code geht es nicht weiter");
    }
    for (int attempt = 1; attempt <= 100; attempt++) {
      assertThat(refusal(open(school, TestSurveys.randomCode())))
          .as("attempt %d", attempt)
          .contains("Mit diesem Code geht es nicht weiter");
    }

    Page limited = open(school, wave.codes().get(2));

    assertThat(refusal(limited)).contains("zu viele falsche Codes");
    assertThat(limited.body()).doesNotContain(TestSurveys.RATING_TEXT);
    forgetFailedCodesOfThisAddress();
    assertThat(PageText.visible(open(school, wave.codes().get(2))))
        .as("the same good code once the counters are gone")
        .contains(TestSurveys.RATING_TEXT);
  }

  @Test
  void eachWaveHasAPublicPrivacyNotice() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient visitor = new PortalClient(base);

    Page notice = visitor.get("/answer/privacy.xhtml?wave=" + wave.id());

    assertThat(notice.status()).isEqualTo(200);
    assertThat(PageText.visible(notice))
        .contains(
            "Zweck der Schulhofbefragung " + wave.organisationCode(),
            "Testkreis " + wave.organisationCode(),
            "datenschutz@test.example",
            "Art. 6 Abs. 1 lit. e DSGVO",
            "730 Tage nach Ende der Befragung");
    assertThat(PageText.visible(visitor.get("/privacy.xhtml")))
        .contains("Schulhofbefragung " + wave.organisationCode());
    assertThat(visitor.get("/answer/privacy.xhtml?wave=999999999").status()).isEqualTo(404);
    assertThat(visitor.get("/answer/privacy.xhtml?wave=1%27%20OR%201=1").status()).isEqualTo(404);
    assertThat(visitor.get("/answer/privacy.xhtml").status()).isEqualTo(404);
  }

  @Test
  void aPupilAnswersOnAPhoneSizedBrowser() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    ChromeDriver browser = Browser.start();
    try {
      browser.manage().window().setSize(new Dimension(360, 740));
      browser.get(base + "answer/");
      browser.findElement(By.id("code")).sendKeys(wave.codes().get(0).toLowerCase());
      browser.findElement(By.id("enter")).click();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      wait.until(d -> !d.findElements(By.id("answerForm:submit")).isEmpty());

      browser.findElement(By.cssSelector("label[for='answerForm:questions:0:choice:2']")).click();
      browser.findElement(By.cssSelector("label[for='answerForm:questions:1:choice:0']")).click();
      browser
          .findElement(By.id("answerForm:questions:2:text"))
          .sendKeys("Größere Schaukeln, bitte!");
      browser.findElement(By.id("answerForm:submit")).click();
      wait.until(d -> !d.findElements(By.id("thanks")).isEmpty());

      assertThat(browser.manage().getCookies()).as("no session for a respondent").isEmpty();
    } finally {
      browser.quit();
    }
    assertThat(answersOf(wave))
        .containsExactlyInAnyOrder("yard=3", "way=1", "wish=Größere Schaukeln, bitte!");
  }

  /** Submits the questionnaire form as its button does. */
  private static Page submit(PortalClient phone, Page questionnaire, Map<String, String> fields) {
    return phone.submit(questionnaire, "/answer/", FORM, "answerForm:submit", fields);
  }

  private static long responsesOf(TestSurveys.Wave wave) {
    return Database.count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?", wave.id());
  }

  private static Page open(PortalClient phone, String code) {
    return phone.get("/answer/?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
  }

  private static Map<String, String> answers(String code, Map<String, String> given) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("lang", "de");
    form.putAll(given);
    return form;
  }

  /** The text of the refusal notice on the code entry page. */
  private static String refusal(Page page) {
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"codeProblem\"");
    String body = page.body();
    int start = body.indexOf('>', body.indexOf("id=\"codeProblem\"")) + 1;
    return PageText.unescape(body.substring(start, body.indexOf("</p>", start)));
  }

  private static List<String> answersOf(TestSurveys.Wave wave) {
    return Database.snapshot(
            "(SELECT a.question_key, a.answer_value FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id WHERE r.wave_id = "
                + wave.id()
                + ") a")
        .stream()
        .map(row -> row.replaceFirst("\\|", "=").replaceAll("\\|$", ""))
        .toList();
  }
}

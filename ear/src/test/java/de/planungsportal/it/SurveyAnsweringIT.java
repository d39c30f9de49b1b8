package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    assertThat(done.status()).as("redirect after POST").isEqualTo(303);
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
            "class_label|",
            "code_hash|",
            "grade_band|",
            "id|",
            "school_id|",
            "used|",
            "wave_id|",
            "wave_class_id|");
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

    assertThat(results).filteredOn(p -> p.status() == 303).hasSize(1);
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
  void wrongCodesAreLimitedPerAddressAndGoodOnesCountNothing() {
    TestSurveys.Wave wave = TestSurveys.inField(3);
    PortalClient school = new PortalClient(base);
    // two pupils submit: their good codes are not counted; reopening a spent one is a failure
    for (String code : wave.codes().subList(0, 2)) {
      assertThat(
              submit(school, open(school, code), answers(code, Map.of(RATING, "3", CHOICE, "1")))
                  .status())
          .isEqualTo(303);
      assertThat(PageText.visible(open(school, code)))
          .as("reopening a spent code is a failure")
          .contains("Mit diesem Code geht es nicht weiter");
    }
    assertThat(
            Database.count(
                "SELECT COALESCE(SUM(hits), 0) FROM rate_limit_counter"
                    + " WHERE bucket LIKE 'survey-code%'"))
        .as("only the two failures were written")
        .isEqualTo(2);
    for (int attempt = 3; attempt <= 100; attempt++) {
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

  @Test
  void aTypedCodeTravelsInPostsAndACookieButNeverInAUrlAndBackMeetsNoPost() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);

    Page entered = enter(phone, code, "de");
    assertThat(entered.status()).as(entered.body()).isEqualTo(303);
    String questionnaireUrl = entered.location().orElseThrow();
    assertThat(questionnaireUrl).endsWith("/answer/?continue&lang=de");
    String cookie = codeCookie(entered);
    assertThat(cookie.toLowerCase())
        .contains("; secure", "; httponly", "; path=/answer/", "max-age=");
    Page questionnaire = withCookie(questionnaireUrl, cookie);
    assertThat(PageText.visible(questionnaire)).contains(TestSurveys.RATING_TEXT);
    assertCodeInNoLink(questionnaire, code);
    assertThat(questionnaire.body()).contains("id=\"languageForm\"");

    // the language switch is a POST carrying the code, answered by a redirect as well
    Page switched = enter(phone, questionnaireCode(questionnaire), "en");
    assertThat(switched.status()).isEqualTo(303);
    assertThat(switched.location()).hasValueSatisfying(l -> assertThat(l).endsWith("lang=en"));
    Page english = withCookie(switched.location().get(), codeCookie(switched));
    assertThat(PageText.visible(english)).contains(TestSurveys.RATING_TEXT_EN);
    assertCodeInNoLink(english, code);

    Page done =
        submit(
            phone, english, answers(questionnaireCode(english), Map.of(RATING, "2", CHOICE, "1")));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location().orElseThrow()).doesNotContain(code, code.replace("-", ""));
    assertThat(codeCookie(done).toLowerCase())
        .as("the code is forgotten")
        .containsPattern("max-age=0|expires=thu, 01-jan-1970");
    assertThat(PageText.visible(phone.get(done.location().get()))).contains("Vielen Dank");

    // Back: the questionnaire's address is a GET; without the code it is the entry form again
    Page back = phone.get(questionnaireUrl);
    assertThat(back.status()).isEqualTo(200);
    assertThat(back.body()).contains("id=\"codeForm\"").doesNotContain(TestSurveys.RATING_TEXT);
    assertThat(responsesOf(wave)).isEqualTo(1);
  }

  @Test
  void aCodeOfOnlySpacesIsAskedForAgain() {
    PortalClient phone = new PortalClient(base);

    assertThat(refusal(enter(phone, "    ", "de"))).contains("Bitte gib den Zugangscode");
    assertThat(refusal(open(phone, "   "))).contains("Bitte gib den Zugangscode");
    assertThat(refusal(enter(phone.language("en"), " \t ", "en")))
        .contains("Please enter the access code");
  }

  @Test
  void theThanksPageOpenedDirectlyClaimsNothing() {
    PortalClient visitor = new PortalClient(base);

    for (String path :
        List.of(
            "/answer/thanks.xhtml",
            "/answer/thanks.xhtml?done=",
            "/answer/thanks.xhtml?done=AAAAAAAAAAAAAAAAAAAAAA",
            "/answer/thanks.xhtml?done=1")) {
      Page page = visitor.get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(PageText.visible(page))
          .as(path)
          .doesNotContain("Vielen Dank", "gespeichert. Der Code ist jetzt verbraucht")
          .contains("Zur Code-Eingabe");
    }
  }

  @Test
  void controlCharactersInAFreeTextAnswerAreRefusedAndStoreNothing() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    Page questionnaire = open(phone, code);

    for (String text : List.of("Null\u0000Byte", "Glocke\u0007", "Escape\u001B[2J")) {
      Page refused =
          submit(phone, questionnaire, answers(code, Map.of(RATING, "4", CHOICE, "2", TEXT, text)));
      assertThat(refused.status()).isEqualTo(200);
      assertThat(PageText.visible(refused)).contains("Frage 3", "unsichtbare Steuerzeichen");
    }
    assertThat(responsesOf(wave)).isZero();
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
    Page kept =
        submit(
            phone,
            questionnaire,
            answers(code, Map.of(RATING, "4", CHOICE, "2", TEXT, "Zeile eins\r\nZeile\tzwei")));
    assertThat(kept.status()).isEqualTo(303);
    assertThat(answersOf(wave)).contains("wish=Zeile eins\r\nZeile\tzwei");
  }

  @Test
  void theSlipsLinkOpensTheQuestionnaireWhoseLanguageSwitchKeepsTheCodeOutOfUrls() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    String code = wave.codes().get(0);

    Page questionnaire = open(new PortalClient(base), code);

    assertThat(PageText.visible(questionnaire)).contains(TestSurveys.RATING_TEXT);
    assertCodeInNoLink(questionnaire, code);
    assertThat(questionnaire.body())
        .containsPattern("<form id=\"languageForm\"[^>]*method=\"post\"");
  }

  /** The code form (or the language switch) as a browser posts it. */
  private static Page enter(PortalClient phone, String code, String language) {
    return phone.post(
        "/answer/index.xhtml",
        Map.of("code", code, "lang", language),
        Map.of("Origin", phone.origin()));
  }

  /** The cookie that carries a typed code to the questionnaire, as the server set it. */
  private static String codeCookie(Page page) {
    return page.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
        .flatMap(e -> e.getValue().stream())
        .filter(c -> c.startsWith("survey-code="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no code cookie in " + page.headers()));
  }

  /** A GET that sends the code cookie back, as the browser does after the redirect. */
  private Page withCookie(String location, String setCookie) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base.toString()).resolve(location))
                      .header("Accept-Language", "de-DE,de;q=0.9")
                      .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String questionnaireCode(Page questionnaire) {
    Matcher hidden =
        Pattern.compile("<input type=\"hidden\" name=\"code\" value=\"([^\"]+)\"")
            .matcher(questionnaire.body());
    assertThat(hidden.find()).as(questionnaire.body()).isTrue();
    return hidden.group(1);
  }

  private static void assertCodeInNoLink(Page page, String code) {
    List<String> links =
        Pattern.compile("(?:href|action)=\"([^\"]*)\"")
            .matcher(page.body())
            .results()
            .map(m -> PageText.unescape(m.group(1)))
            .toList();
    assertThat(links)
        .isNotEmpty()
        .noneSatisfy(
            l ->
                assertThat(l.toUpperCase())
                    .containsAnyOf(code.toUpperCase(), code.replace("-", "").toUpperCase()));
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

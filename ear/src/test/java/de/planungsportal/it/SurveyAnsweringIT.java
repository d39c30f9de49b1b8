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
 * The anonymous answering path over HTTP, as a phone uses it: a code opens the questionnaire, one
 * page per section, each page saved under the code's hash; a submission stores exactly one response
 * (through the outbox) carrying nothing that leads back to the code or a time of day; codes cannot
 * be guessed, reused or told apart from unknown ones; no session, no cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyAnsweringIT {

  private static final String RATING = "a.yard";
  private static final String CHOICE = "a.way";
  private static final String TEXT = "a.wish";

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
        .contains(TestSurveys.RATING_TEXT, TestSurveys.CHOICE_TEXT, "mit dem Bus", "Seite 1 von 1");
    Page done =
        post(
            phone,
            questionnaire,
            Map.of(RATING, "4", CHOICE, "2", TEXT, "Mehr Bänke 🌳", "go", "submit"));

    assertThat(done.status()).as("redirect after POST").isEqualTo(303);
    assertThat(done.location()).hasValueSatisfying(l -> assertThat(l).contains("/answer/thanks"));
    assertThat(PageText.visible(phone.get(done.location().get()))).contains("Vielen Dank");
    awaitResponses(wave, 1);
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
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .as("the draft goes with the submission")
        .isZero();
    assertThat(phone.sessionCookie()).as("answering creates no session").isEmpty();
    assertThat(questionnaire.headers().keySet())
        .as("no cookie at all")
        .noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
  }

  @Test
  void responsesAndTheOutboxHoldNothingThatLeadsBackToACodeOrATimeOfDay() {
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
                "(SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'survey_outbox') c"))
        .as("no code, no class, no time")
        .containsExactlyInAnyOrder(
            "answers|mediumtext|",
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
    assertThat(
            post(phone, open(phone, code), Map.of(RATING, "1", CHOICE, "1", "go", "submit"))
                .status())
        .isEqualTo(303);

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
    awaitResponses(wave, 1);
  }

  @Test
  void aWaveNotInTheFieldStateIsNotAnswered() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    Database.update("UPDATE survey_wave SET state = 'RELEASED' WHERE id = ?", wave.id());
    PortalClient phone = new PortalClient(base);

    assertThat(refusal(open(phone, wave.codes().get(0))))
        .contains("Mit diesem Code geht es nicht weiter");
  }

  @Test
  void codesOfWavesFromBeforeV18WithTheirOwnSaltStillOpen() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).legacy());
    PortalClient phone = new PortalClient(base);

    Page questionnaire = open(phone, wave.codes().get(0));

    assertThat(PageText.visible(questionnaire)).contains(TestSurveys.RATING_TEXT);
    assertThat(
            post(phone, questionnaire, Map.of(RATING, "2", CHOICE, "3", "go", "submit")).status())
        .isEqualTo(303);
    awaitResponses(wave, 1);
  }

  @Test
  void doubleSubmissionStoresExactlyOneResponse() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    Page questionnaire = open(phone, code);
    Map<String, String> answers = Map.of(RATING, "5", CHOICE, "3", "go", "submit");

    List<Page> results =
        List.of(
                CompletableFuture.supplyAsync(() -> post(phone, questionnaire, answers)),
                CompletableFuture.supplyAsync(() -> post(phone, questionnaire, answers)))
            .stream()
            .map(CompletableFuture::join)
            .toList();
    Page retry = post(phone, questionnaire, answers);

    assertThat(results).filteredOn(p -> p.status() == 303).hasSize(1);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(PageText.visible(retry)).contains("wenn du gerade abgeschickt hast");
    awaitResponses(wave, 1);
    assertThat(answersOf(wave)).containsExactlyInAnyOrder("yard=5", "way=3");
    assertThat(Database.count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?", wave.id()))
        .isZero();
  }

  @Test
  void missingOrForgedAnswersAreExplainedAndStoreNothing() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);
    Page questionnaire = open(phone, code);

    Page missing = post(phone, questionnaire, Map.of(RATING, "2", "go", "submit"));
    Page forged =
        post(
            phone,
            questionnaire,
            Map.of(RATING, "6", CHOICE, "' OR 1=1 --", TEXT, "x".repeat(2001), "go", "submit"));

    assertThat(missing.status()).isEqualTo(200);
    assertThat(PageText.visible(missing))
        .contains("Frage 2 muss beantwortet werden.", "1 Problem(e)");
    assertThat(missing.body())
        .as("the error summary links to the question")
        .contains("href=\"#a-way-0\"")
        .as("the given answer stays selected")
        .containsPattern("value=\"2\"[^>]*checked|checked[^>]*value=\"2\"");
    assertThat(PageText.visible(forged))
        .contains(
            "Die Antwort auf Frage 1 ist nicht gültig.",
            "Die Antwort auf Frage 2 ist nicht gültig.",
            "Die Antwort auf Frage 3 ist zu lang");
    assertThat(forged.body()).doesNotContain("OR 1=1");
    assertThat(responsesOf(wave)).isZero();
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .isZero();
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
        .contains(TestSurveys.RATING_TEXT_EN, "not at all", "Page 1 of 1")
        .as("no English text: German stands in")
        .contains(TestSurveys.CHOICE_TEXT);
    assertThat(questionnaire.body()).contains(">Submit answers</button>");
    post(phone, questionnaire, Map.of(RATING, "3", CHOICE, "1", "go", "submit"));

    awaitResponses(wave, 1);
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
              post(school, open(school, code), Map.of(RATING, "3", CHOICE, "1", "go", "submit"))
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
            "730 Tage nach Ende der Befragung",
            "Über die Einwilligung wird nichts gespeichert.");
    TestSurveys.Wave slips =
        TestSurveys.create(TestSurveys.Spec.inField(1).consent("PARENTS_SLIP", 1));
    assertThat(PageText.visible(visitor.get("/answer/privacy.xhtml?wave=" + slips.id())))
        .as("what the school records of the parents' consent: a count per class")
        .contains("wie viele Abschnitte zurückkamen – ohne Namen")
        .doesNotContain("Über die Einwilligung wird nichts gespeichert.");
    assertThat(PageText.visible(visitor.get("/privacy.xhtml")))
        .contains("Schulhofbefragung " + wave.organisationCode());
    assertThat(visitor.get("/answer/privacy.xhtml?wave=999999999").status()).isEqualTo(404);
    assertThat(visitor.get("/answer/privacy.xhtml?wave=1%27%20OR%201=1").status()).isEqualTo(404);
    assertThat(visitor.get("/answer/privacy.xhtml").status()).isEqualTo(404);
  }

  @Test
  void eachPageIsSavedAndTheCodeResumesWhereTheRespondentLeft() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    String code = wave.codes().get(0);
    PortalClient phone = new PortalClient(base);

    Page first = open(phone, code);
    assertThat(PageText.visible(first)).contains("Seite 1 von 2", TestSurveys.RATING_TEXT);
    assertThat(PageText.visible(first)).doesNotContain(TestSurveys.FREE_TEXT);
    Page second = post(phone, first, Map.of(RATING, "4", CHOICE, "3", "go", "next"));
    assertThat(PageText.visible(second))
        .contains("Seite 2 von 2", TestSurveys.FREE_TEXT)
        .as("shown: way was answered 3 on page 1")
        .contains(TestSurveys.HOW_TEXT);
    assertThat(
            Database.snapshot(
                "(SELECT page, language, variant, answers FROM survey_draft WHERE wave_id = "
                    + wave.id()
                    + ") d"))
        .containsExactly("1|de|STANDARD|yard=4&way=3|");

    // the phone is closed; later the code is typed again
    Page resumed = enter(new PortalClient(base), code, "de");
    assertThat(PageText.visible(resumed))
        .contains("Willkommen zurück", "Seite 2 von 2", TestSurveys.HOW_TEXT);

    // the language switch keeps what was typed (and stores nothing)
    Page arabic = post(phone, resumed, Map.of("a.how", "Mit dem Rad", "go", "lang:ar"));
    assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "Mit dem Rad");
    Page back = post(phone, arabic, Map.of("a.how", "Mit dem Rad", "go", "back"));
    assertThat(PageText.visible(back)).contains(TestSurveys.RATING_TEXT_AR);
    assertThat(back.body())
        .as("page 1's answers are still chosen")
        .containsPattern("id=\"a-yard-3\"[^>]*checked");
    // page 1 changed: way no longer 3, so page 2's question and its answer are gone
    Page again = post(phone, back, Map.of(RATING, "4", CHOICE, "1", "go", "next"));
    assertThat(PageText.visible(again)).doesNotContain(TestSurveys.HOW_TEXT);
    Page done = post(phone, again, Map.of(TEXT, "Ein Dach", "go", "submit"));
    assertThat(done.status()).isEqualTo(303);

    awaitResponses(wave, 1);
    assertThat(answersOf(wave)).containsExactlyInAnyOrder("yard=4", "way=1", "wish=Ein Dach");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM survey_response WHERE wave_id = ? AND language" + " = 'ar'",
                wave.id()))
        .isEqualTo(1);
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .isZero();
    assertThat(refusal(enter(new PortalClient(base), code, "de")))
        .as("the code cannot be used again")
        .contains("Mit diesem Code geht es nicht weiter");
  }

  @Test
  void aMissingAnswerOfAnEarlierPageIsAskedForAtSubmission() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    PortalClient phone = new PortalClient(base);
    Page second =
        post(
            phone,
            open(phone, wave.codes().get(0)),
            Map.of(RATING, "2", CHOICE, "3", "go", "next"));

    Page refused = post(phone, second, Map.of(TEXT, "nichts", "go", "submit"));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(PageText.visible(refused)).contains("Frage 3 muss beantwortet werden.");
    assertThat(responsesOf(wave)).isZero();
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
  }

  @Test
  void thePlainLanguageWordingIsOneSwitchAway() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    PortalClient phone = new PortalClient(base);
    Page first = open(phone, wave.codes().get(0));

    Page plain = post(phone, first, Map.of(CHOICE, "2", "go", "variant:PLAIN"));

    assertThat(PageText.visible(plain))
        .contains(TestSurveys.RATING_TEXT_PLAIN)
        .as("no plain wording: the standard one stands in")
        .contains(TestSurveys.CHOICE_TEXT);
    assertThat(plain.body()).containsPattern("id=\"a-way-1\"[^>]*checked");
  }

  @Test
  void pupilsConfirmConsentBeforeTheFirstQuestionAndNothingIsStoredForIt() {
    TestSurveys.Wave wave =
        TestSurveys.create(TestSurveys.Spec.inField(1).consent("PUPIL_CONFIRMS", null));
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);

    Page consent = enter(phone, code, "de");
    assertThat(PageText.visible(consent))
        .contains("Bevor es losgeht", "freiwillig")
        .doesNotContain(TestSurveys.RATING_TEXT);
    Page notConfirmed =
        phone.post(
            "/answer/",
            Map.of("code", code, "lang", "de", "step", "consent"),
            Map.of("Origin", phone.origin()));
    assertThat(PageText.visible(notConfirmed))
        .contains("Bitte bestätige, dass du freiwillig mitmachst.")
        .doesNotContain(TestSurveys.RATING_TEXT);
    Page first =
        phone.post(
            "/answer/",
            Map.of("code", code, "lang", "de", "step", "consent", "consent", "yes"),
            Map.of("Origin", phone.origin()));
    assertThat(PageText.visible(first)).contains(TestSurveys.RATING_TEXT);
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .isZero();
  }

  @Test
  void aClassSpendsNoMoreCodesThanParentsSlipsCameBack() {
    TestSurveys.Wave wave =
        TestSurveys.create(TestSurveys.Spec.inField(2).consent("PARENTS_SLIP", 1));
    PortalClient phone = new PortalClient(base);

    assertThat(
            post(
                    phone,
                    open(phone, wave.codes().get(0)),
                    Map.of(RATING, "3", CHOICE, "1", "go", "submit"))
                .status())
        .isEqualTo(303);

    assertThat(refusal(open(phone, wave.codes().get(1))))
        .contains("so viele Codes benutzt worden, wie Einverständniszettel");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isEqualTo(1);
  }

  @Test
  void aPupilAnswersOnAPhoneClosesItAfterPageOneAndResumes() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    String code = wave.codes().get(0);
    ChromeDriver browser = Browser.start();
    try {
      browser.manage().window().setSize(new Dimension(360, 740));
      browser.get(base + "answer/");
      browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
      browser.findElement(By.id("enter")).click();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      wait.until(d -> !d.findElements(By.id("next")).isEmpty());
      browser.findElement(By.cssSelector("label[for='a-yard-2']")).click();
      browser.findElement(By.cssSelector("label[for='a-way-0']")).click();
      browser.findElement(By.id("next")).click();
      wait.until(d -> !d.findElements(By.id("submit")).isEmpty());
      assertThat(browser.manage().getCookies()).as("no session, no cookie").isEmpty();
    } finally {
      browser.quit();
    }
    ChromeDriver again = Browser.start();
    try {
      again.manage().window().setSize(new Dimension(360, 740));
      again.get(base + "answer/");
      again.findElement(By.id("code")).sendKeys(code);
      again.findElement(By.id("enter")).click();
      WebDriverWait wait = new WebDriverWait(again, Duration.ofSeconds(10));
      wait.until(d -> !d.findElements(By.id("submit")).isEmpty());
      again.findElement(By.id("a-wish")).sendKeys("Größere Schaukeln, bitte!");
      again.findElement(By.id("submit")).click();
      wait.until(d -> !d.findElements(By.id("thanks")).isEmpty());
      assertThat(again.manage().getCookies()).as("no session, no cookie").isEmpty();
    } finally {
      again.quit();
    }
    awaitResponses(wave, 1);
    assertThat(answersOf(wave))
        .containsExactlyInAnyOrder("yard=3", "way=1", "wish=Größere Schaukeln, bitte!");
  }

  @Test
  void theCodeTravelsOnlyInTheFormsHiddenFieldNeverInAUrlOrCookie() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0);

    Page first = enter(phone, code, "de");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
    assertThat(first.header("Referrer-Policy")).contains("strict-origin");
    assertCodeInNoLink(first, code);
    assertThat(hiddenCode(first)).isEqualTo(code.replace("-", ""));
    Page second = post(phone, first, Map.of(RATING, "1", CHOICE, "1", "go", "next"));
    assertCodeInNoLink(second, code);

    Page done = post(phone, second, Map.of("go", "submit"));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location().orElseThrow()).doesNotContain(code, code.replace("-", ""));
    assertThat(phone.get("/answer/page").status())
        .as("the page address alone shows nothing")
        .isEqualTo(303);
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
          post(phone, questionnaire, Map.of(RATING, "4", CHOICE, "2", TEXT, text, "go", "submit"));
      assertThat(refused.status()).isEqualTo(200);
      assertThat(PageText.visible(refused)).contains("Frage 3", "unsichtbare Steuerzeichen");
    }
    assertThat(responsesOf(wave)).isZero();
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
    Page kept =
        post(
            phone,
            questionnaire,
            Map.of(RATING, "4", CHOICE, "2", TEXT, "Zeile eins\r\nZeile\tzwei", "go", "submit"));
    assertThat(kept.status()).isEqualTo(303);
    awaitResponses(wave, 1);
    assertThat(answersOf(wave)).contains("wish=Zeile eins\r\nZeile\tzwei");
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    Page first = open(phone, wave.codes().get(0));

    Page forged =
        phone.post(
            "/answer/page",
            Map.of(
                "code",
                hiddenCode(first),
                "page",
                "0",
                "lang",
                "de",
                "variant",
                "STANDARD",
                RATING,
                "1",
                CHOICE,
                "1",
                "go",
                "submit"),
            Map.of("Origin", "https://evil.example"));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
  }

  @Test
  void thePreviewShowsAPageAsRespondentsSeeItToPlannersOfTheOrganisationOnly() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    TestSurveys.Wave other = TestSurveys.inField(1);
    long version =
        Database.count("SELECT questionnaire_version_id FROM survey_wave WHERE id = ?", wave.id());
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(wave.organisationCode(), "planner"));
    PortalClient foreign =
        PortalClient.signedIn(base, TestAccounts.create(other.organisationCode(), "planner"));
    String path = "/answer/preview?version=" + version + "&page=1&lang=en&variant=STANDARD";

    Page english = planner.get(path);

    assertThat(english.status()).isEqualTo(200);
    assertThat(PageText.visible(english))
        .contains(TestSurveys.RATING_TEXT_EN, "Page 1 of 2", "Preview")
        .contains(TestSurveys.CHOICE_TEXT + " (German)");
    assertThat(english.body()).contains("class=\"fallback\"").doesNotContain("name=\"code\"");
    assertThat(english.header("X-Frame-Options")).contains("SAMEORIGIN");
    assertThat(PageText.visible(planner.get(path.replace("page=1", "page=2"))))
        .contains("Page 2 of 2", "Wie wohl fühlst du dich?");
    assertThat(
            PageText.visible(
                planner.get(path.replace("lang=en&variant=STANDARD", "lang=de&variant=PLAIN"))))
        .contains(TestSurveys.RATING_TEXT_PLAIN);
    assertThat(planner.get(path.replace("page=1", "page=3")).status()).isEqualTo(400);
    assertThat(planner.get(path.replace("lang=en", "lang=xx")).status()).isEqualTo(400);
    assertThat(foreign.get(path).status()).as("another organisation's version").isEqualTo(404);
    assertThat(new PortalClient(base).get(path).isSignInForm()).isTrue();
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .isZero();
  }

  @Test
  void answeringPagesStayLeanWithoutPrimeFacesOrScript() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    PortalClient phone = new PortalClient(base);
    for (Page page :
        List.of(
            phone.get("/answer/"),
            open(phone, wave.codes().get(0)),
            post(
                phone,
                open(phone, wave.codes().get(0)),
                Map.of(RATING, "1", CHOICE, "1", "go", "next")))) {
      List<String> resources =
          Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg|png|woff2?))\"")
              .matcher(page.body())
              .results()
              .map(m -> m.group(1))
              .distinct()
              .toList();
      long bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
      for (String resource : resources) {
        Page loaded = phone.get(resource);
        assertThat(loaded.status()).as(resource).isEqualTo(200);
        bytes += loaded.body().getBytes(StandardCharsets.UTF_8).length;
      }
      assertThat(resources).noneSatisfy(r -> assertThat(r).containsIgnoringCase("primefaces"));
      assertThat(page.body()).doesNotContain("<script");
      assertThat(1 + resources.size()).as("requests of a first load").isLessThanOrEqualTo(12);
      assertThat(bytes).as("bytes of a first load").isLessThanOrEqualTo(150_000);
    }
  }

  /** The code form as a browser posts it. */
  private static Page enter(PortalClient phone, String code, String language) {
    return phone.post(
        "/answer/", Map.of("code", code, "lang", language), Map.of("Origin", phone.origin()));
  }

  /** Posts a questionnaire page's form with its hidden fields and the given answers and button. */
  private static Page post(PortalClient phone, Page page, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String hidden : List.of("code", "page", "lang", "variant")) {
      Matcher m =
          Pattern.compile("<input type=\"hidden\" name=\"" + hidden + "\" value=\"([^\"]*)\"")
              .matcher(page.body());
      assertThat(m.find()).as("hidden %s in %s", hidden, page.body()).isTrue();
      form.put(hidden, PageText.unescape(m.group(1)));
    }
    form.putAll(fields);
    return phone.post("/answer/page", form, Map.of("Origin", phone.origin()));
  }

  private static String hiddenCode(Page page) {
    Matcher hidden =
        Pattern.compile("<input type=\"hidden\" name=\"code\" value=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(hidden.find()).as(page.body()).isTrue();
    return hidden.group(1);
  }

  private static void assertCodeInNoLink(Page page, String code) {
    List<String> links =
        Pattern.compile("(?:href|action|src)=\"([^\"]*)\"")
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

  private static long responsesOf(TestSurveys.Wave wave) {
    return Database.count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?", wave.id());
  }

  /**
   * Waits until the outbox mover (every five seconds; in tests it moves single responses) has moved
   * the wave's responses, and checks their number.
   */
  static void awaitResponses(TestSurveys.Wave wave, long expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (Database.count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?", wave.id()) > 0
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    assertThat(Database.count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?", wave.id()))
        .as("the outbox is emptied")
        .isZero();
    assertThat(responsesOf(wave)).isEqualTo(expected);
  }

  private static Page open(PortalClient phone, String code) {
    return phone.get("/answer/?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
  }

  /** The text of the refusal notice on the code entry page. */
  private static String refusal(Page page) {
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"codeProblem\"");
    String body = page.body();
    int start = body.indexOf('>', body.indexOf("id=\"codeProblem\"")) + 1;
    return PageText.unescape(body.substring(start, body.indexOf("</p>", start)));
  }

  static List<String> answersOf(TestSurveys.Wave wave) {
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

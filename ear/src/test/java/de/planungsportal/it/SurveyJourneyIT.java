package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import de.planungsportal.it.PortalClient.Page;
import de.planungsportal.survey.AccessCodes;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A survey as its people live it, in Chromium: the planner builds a questionnaire of two pages in
 * the builder (a question on page 2 shown only for one answer on page 1, another only for the other
 * answer, an English translation and a plain-language wording), freezes it and prepares a wave with
 * one class whose pupils confirm their consent themselves; the data-protection officer and the
 * school authority approve it from their task lists; the codes and sheets are made and the wave
 * released (the due jobs run through {@link SurveyWaveJobsFixture}); the planner moves the field
 * start to today, so the field opens; the school contact downloads the class's code sheet, whose
 * text holds exactly the codes whose hashes are stored and whose QR codes open the questionnaire
 * with those codes; a pupil on a 360 px phone enters a code, confirms, answers page 1, closes the
 * browser, comes back with the code to page 2 with page 1's answer kept, and submits; the spent
 * code is then refused with the very message an unknown code gets. An organisation of the test's
 * own keeps the demo's waves out of the way.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyJourneyIT {

  private static final Pattern PRINTED_CODE =
      Pattern.compile("([A-Z2-9]{4})-([A-Z2-9]{4})-([A-Z2-9]{4})");
  private static final Pattern QR_LINK = Pattern.compile("https?://[^?]+/answer/\\?code=(\\w+)");
  private static final String SCHOOL = "IGS Wellental";
  private static final String Q1 = "Gehst du gern in deine Schule?";
  private static final String Q1_EN = "Do you like going to your school?";
  private static final String Q1_PLAIN = "Bist du gern in der Schule?";
  private static final String Q2 = "Fühlst du dich auf dem Schulweg sicher?";
  private static final String Q3 = "Was gefällt dir an deiner Schule besonders?";
  private static final String Q4 = "Was sollte an deiner Schule besser werden?";
  private static final String ANSWER_Q3 = "Die Theater-AG und unser Schulgarten";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SurveyWaveJobsFixture.class);
  }

  @ArquillianResource URL base;

  private Journey journey;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private String tag;
  private long school;
  private String planner;
  private String dataProtectionOfficer;
  private String schoolAuthority;
  private String schoolContact;

  @BeforeEach
  void organisationWithASchoolAndItsPeople() {
    String organisation = TestOrganisations.create();
    long organisationId = TestOrganisations.idOf(organisation);
    tag = organisation.substring(2);
    school = TestWaves.school(organisationId, "igs", SCHOOL);
    planner = TestAccounts.create(organisation, "planner");
    dataProtectionOfficer = TestAccounts.create(organisation, "data-protection-officer");
    schoolAuthority = TestAccounts.create(organisation, "school-authority");
    schoolContact = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) VALUES (?, 'school-contact', ?)",
        TestAccounts.idOf(schoolContact),
        school);
    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void fromTheBuilderThroughReviewAndFieldToAnAnsweredAndSpentCode() throws Exception {
    journey.run(this::steps);
  }

  private void steps() throws Exception {
    journey.signIn(planner);
    long version = buildQuestionnaire();
    long wave = prepareWave(version);
    review(dataProtectionOfficer, "Task_DataProtectionReview", wave);
    assertThat(waveState(wave)).as("one approval is not enough").isEqualTo("IN_REVIEW");
    review(schoolAuthority, "Task_SchoolAuthorityReview", wave);
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT(role, '|', revision, '|', approved) ORDER BY role)"
                    + " FROM wave_approval WHERE wave_id = ?",
                wave))
        .isEqualTo("data-protection-officer|1|1,school-authority|1|1");

    // codes, code sheets and the release run as jobs after the second approval
    awaitWaveState(wave, "RELEASED");
    long classId =
        Database.count("SELECT id FROM wave_class WHERE wave_id = ? AND class_label = '7a'", wave);
    assertThat(Database.count("SELECT COUNT(*) FROM access_code WHERE wave_class_id = ?", classId))
        .as("3 pupils + 1 spare code")
        .isEqualTo(4);

    openFieldToday(wave);

    List<String> codes = downloadCodeSheet(wave, classId);

    String code = codes.get(0);
    String hash = AccessCodes.hash(installationKey(), code);
    answerPageOneAndClose(code, hash);
    resumeAndSubmit(code, hash, wave);
  }

  // ------------------------------------------------------------------ the builder

  private long buildQuestionnaire() {
    browser.get(base + "survey/questionnaires.xhtml");
    browser.findElement(By.id("createForm:title")).sendKeys("Schulklima " + tag);
    browser.findElement(By.id("createForm:create")).click();
    wait.until(ExpectedConditions.urlContains("survey/questionnaire.xhtml"));
    long version =
        Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]version=(\\d+).*", "$1"));
    assertThat(bodyText()).contains("Der Fragebogen ist angelegt", "(Entwurf)");

    type("editor:title", "Wie geht es dir an deiner Schule?");
    tick(By.cssSelector("[id='editor:languages'] input[value='en']"));
    tick(By.cssSelector("[id='editor:plain'] input"));

    // page 1: a mandatory single choice
    journey.click("editor:addSection");
    type("editor:sections:0:sectionTitle", "Deine Schule");
    type("editor:sections:0:questions:0:text", Q1);
    tick(By.cssSelector("[id='editor:sections:0:questions:0:mandatory'] input"));
    type("editor:sections:0:questions:0:options:0:text", "ja");
    type("editor:sections:0:questions:0:options:1:text", "nein");

    // page 2: yes/no, and two texts each shown for one answer on page 1
    journey.click("editor:addSection");
    type("editor:sections:1:sectionTitle", "Dein Alltag");
    kind("editor:sections:1:questions:0:kind", "YES_NO");
    type("editor:sections:1:questions:0:text", Q2);
    conditionalText(1, Q3, "a1");
    conditionalText(2, Q4, "a2");
    save();
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT(question_key, '|', kind, '|',"
                    + " COALESCE(show_if_key, '-'), '|', COALESCE(show_if_values, '-'))"
                    + " ORDER BY position) FROM q_question WHERE version_id = ?"
                    + " AND question_key IN ('q3', 'q4')",
                version))
        .isEqualTo("q3|SHORT_TEXT|q1|a1,q4|SHORT_TEXT|q1|a2");

    // the English translation: every element the respondent reads
    assertThat(browser.findElements(By.cssSelector("tr.translation-missing")))
        .as("nothing translated yet")
        .hasSize(9);
    translate("title", "How are you at your school?");
    translate("s:s1", "Your school");
    translate("q:q1", Q1_EN);
    translate("o:q1:a1", "yes");
    translate("o:q1:a2", "no");
    translate("s:s2", "Your day");
    translate("q:q2", "Do you feel safe on your way to school?");
    translate("q:q3", "What do you like most about your school?");
    translate("q:q4", "What should get better at your school?");
    save();
    assertThat(browser.findElements(By.cssSelector("tr.translation-missing")))
        .as("the English translation is complete")
        .isEmpty();

    // the plain-language wording of the first question
    Browser.choose(browser, wait, "editor:slot", "Deutsch, einfache Sprache");
    Browser.awaitAjax(browser);
    // the plain slot: every element marked as missing, the English texts not in the fields
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath(
                "//tr[contains(@class,'translation-missing')][th/code[normalize-space()='q:q1']]")));
    translate("q:q1", Q1_PLAIN);
    save();
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT(variant, ':', language, ':', element)"
                    + " ORDER BY element, variant)"
                    + " FROM q_text WHERE version_id = ? AND NOT (variant = 'STANDARD'"
                    + " AND language = 'de')",
                version))
        .isEqualTo(
            "STANDARD:en:o:q1:a1,STANDARD:en:o:q1:a2,PLAIN:de:q:q1,STANDARD:en:q:q1,"
                + "STANDARD:en:q:q2,STANDARD:en:q:q3,STANDARD:en:q:q4,STANDARD:en:s:s1,"
                + "STANDARD:en:s:s2,STANDARD:en:title");

    // the preview shows page 1 as a respondent sees it, in English and in plain language
    browser.get(base + "answer/preview?version=" + version + "&page=1&lang=en&variant=STANDARD");
    assertThat(bodyText()).contains(Q1_EN, "Your school").doesNotContain(Q1);
    browser.get(base + "answer/preview?version=" + version + "&page=1&lang=de&variant=PLAIN");
    assertThat(bodyText()).contains(Q1_PLAIN).doesNotContain(Q1);

    browser.get(base + "survey/questionnaire.xhtml?version=" + version);
    journey.click("versionForm:freeze");
    journey.confirm();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Die Version ist eingefroren"));
    assertThat(browser.findElements(By.id("editor:save"))).as("read only").isEmpty();
    assertThat(Database.text("SELECT state FROM questionnaire_version WHERE id = ?", version))
        .isEqualTo("FROZEN");
    return version;
  }

  /** A short-text question added to page 2, shown only for the answer of question 1. */
  private void conditionalText(int index, String text, String shownFor) {
    journey.click("editor:sections:1:addQuestion");
    String question = "editor:sections:1:questions:" + index + ":";
    kind(question + "kind", "SHORT_TEXT");
    type(question + "text", text);
    new Select(browser.findElement(By.id(question + "showIf"))).selectByValue("q1");
    Browser.awaitAjax(browser);
    tick(By.cssSelector("[id='" + question + "showIfValues'] input[value='" + shownFor + "']"));
  }

  private void kind(String id, String kind) {
    new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).selectByValue(kind);
    Browser.awaitAjax(browser);
  }

  private void translate(String element, String text) {
    WebElement field =
        browser.findElement(
            By.xpath(
                "//table[contains(@class,'translations')]//tr[th/code[normalize-space()='"
                    + element
                    + "']]//textarea"));
    field.clear();
    field.sendKeys(text);
  }

  private void save() {
    journey.click("editor:save");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("editor:messages"), "Der Entwurf ist gespeichert."));
  }

  // ------------------------------------------------------------------ the wave

  private long prepareWave(long version) {
    browser.get(base + "survey/waves.xhtml");
    browser.findElement(By.id("newWave")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("waveForm:title")));
    type("waveForm:title", "Schulklima " + tag);
    type("waveForm:purpose", "Wie erleben Jugendliche ihre Schule?");
    type("waveForm:legalBasis", "Art. 6 Abs. 1 lit. e DSGVO");
    type("waveForm:privacyContact", "Datenschutz, datenschutz@test.example");
    new Select(browser.findElement(By.id("waveForm:version")))
        .selectByValue(String.valueOf(version));
    tick(By.cssSelector("[id='waveForm:targetKind'] input[value='PUPILS']"));
    type("waveForm:gradeFrom", "7");
    type("waveForm:gradeTo", "8");
    new Select(browser.findElement(By.id("waveForm:consent"))).selectByValue("PUPIL_CONFIRMS");
    journey.setDate("waveForm:fieldStart", LocalDate.now().plusDays(7));
    journey.setDate("waveForm:fieldEnd", LocalDate.now().plusDays(30));
    type("waveForm:margin", "1");
    type("waveForm:reminder", "50");
    browser.findElement(By.id("waveForm:save")).click();
    wait.until(ExpectedConditions.urlContains("notice=waveCreated"));
    long wave = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]wave=(\\d+).*", "$1"));

    new Select(browser.findElement(By.id("classForm:school"))).selectByVisibleText(SCHOOL);
    type("classForm:label", "7a");
    type("classForm:grade", "7");
    type("classForm:pupils", "3");
    journey.click("classForm:add");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Die Klasse 7a ist hinzugefügt."));
    assertThat(browser.findElement(By.id("classesForm")).getText()).contains(SCHOOL, "7a");

    journey.click("waveForm:submit");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("notice=waveSubmitted"));
    assertThat(browser.findElement(By.id("waveState")).getText()).contains("In Prüfung");
    assertThat(browser.findElements(By.id("readOnly"))).hasSize(1);
    assertThat(
            Database.text(
                "SELECT CONCAT(state, '|', revision, '|', consent_mode, '|', code_margin)"
                    + " FROM survey_wave WHERE id = ?",
                wave))
        .isEqualTo("IN_REVIEW|1|PUPIL_CONFIRMS|1");
    return wave;
  }

  private void review(String reviewer, String task, long wave) {
    journey.signIn(reviewer);
    journey.openTask(task, "wave=" + wave);
    assertThat(browser.findElement(By.id("waveTitle")).getText()).isEqualTo("Schulklima " + tag);
    assertThat(browser.findElement(By.id("waveFacts")).getText()).contains(SCHOOL, "7a");
    journey.click("approveForm:approve");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));
    assertThat(bodyText()).contains("Sie haben die Befragungswelle freigegeben.");
  }

  /** The planner moves the field start of the released wave to today; the field opens. */
  private void openFieldToday(long wave) {
    journey.signIn(planner);
    browser.get(base + "survey/rates.xhtml?wave=" + wave);
    assertThat(browser.findElement(By.id("waveState")).getText())
        .isEqualTo("an die Schulen freigegeben");
    browser.findElement(By.id("toPeriod")).click();
    wait.until(ExpectedConditions.urlContains("survey/field-period.xhtml"));
    journey.setDate("periodForm:start", LocalDate.now());
    journey.click("periodForm:save");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("periodForm"), "Die Feldzeit wurde verschoben."));
    assertThat(Database.text("SELECT field_start FROM survey_wave WHERE id = ?", wave))
        .isEqualTo(LocalDate.now().toString());
    awaitWaveState(wave, "IN_FIELD");
  }

  // ------------------------------------------------------------------ the code sheet

  /** The school contact downloads the class's sheet; its printed codes, checked against its QRs. */
  private List<String> downloadCodeSheet(long wave, long classId) throws Exception {
    journey.signIn(schoolContact);
    browser.get(base + "survey/rates.xhtml?wave=" + wave);
    assertThat(browser.findElement(By.id("waveState")).getText()).isEqualTo("im Feld");
    WebElement link =
        browser.findElement(By.cssSelector("a[href*='/survey/codesheet/" + classId + ".pdf']"));
    byte[] pdf = Browser.fetch(browser, link.getAttribute("href"));

    String text = PdfTexts.of(pdf);
    assertThat(text).contains(SCHOOL, "Klasse 7a");
    List<String> printed = new ArrayList<>();
    Matcher matcher = PRINTED_CODE.matcher(text);
    while (matcher.find()) {
      printed.add(matcher.group(1) + matcher.group(2) + matcher.group(3));
    }
    String key = installationKey();
    assertThat(printed).as("3 pupils + 1 spare code").hasSize(4).doesNotHaveDuplicates();
    assertThat(
            String.join(
                ",", new TreeSet<>(printed.stream().map(c -> AccessCodes.hash(key, c)).toList())))
        .as("the sheet prints exactly the codes whose hashes are stored")
        .isEqualTo(
            Database.text(
                "SELECT GROUP_CONCAT(code_hash ORDER BY code_hash) FROM access_code"
                    + " WHERE wave_class_id = ?",
                classId));
    List<String> linked = new ArrayList<>();
    for (String decoded : qrTexts(pdf)) {
      Matcher qr = QR_LINK.matcher(decoded);
      assertThat(qr.matches()).as(decoded).isTrue();
      linked.add(qr.group(1));
    }
    assertThat(linked)
        .as("each slip's QR code opens the questionnaire with its code")
        .containsExactlyInAnyOrderElementsOf(printed);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SURVEY_CODE_SHEET_DOWNLOADED'"
                    + " AND entity_id = ? AND actor = ?",
                String.valueOf(classId),
                schoolContact))
        .isEqualTo(1);
    return printed;
  }

  /**
   * What the QR images of the sheet say, in page and drawing order: each grey image (one byte a
   * pixel, as the sheet stores it) enlarged four times, as a viewer shows it, and decoded without
   * being told it is a QR code.
   *
   * <p>The image is the pure barcode (upright, one pixel per module, its quiet zone around it), and
   * the decoder is told so (PURE_BARCODE): it then reads the modules off the image's grid. Left to
   * its camera-image detector, ZXing hunts for the three finder patterns and, for some links, takes
   * a run of data modules with the 1:1:3:1:1 look for one, samples a grid of the wrong size and
   * fails (MultiFormatReader reports that checksum error as NotFoundException too). That depends on
   * the random code alone, not on the enlargement or the binarizer: of 6,000 links like the sheet's
   * (ZXing 3.5.3), 23 failed so at 4×, 24 at 8×, 23 with the global binarizer, none with
   * PURE_BARCODE. The text must still decode with the full error check and name the printed code.
   */
  private static List<String> qrTexts(byte[] pdf) throws Exception {
    List<String> texts = new ArrayList<>();
    try (PdfReader reader = new PdfReader(pdf)) {
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary xObjects = resources.getAsDict(PdfName.XOBJECT);
        if (xObjects == null) {
          continue;
        }
        List<PdfName> names = new ArrayList<>(xObjects.getKeys());
        names.sort(
            (a, b) ->
                Integer.compare(
                    Integer.parseInt(a.toString().replaceAll("\\D", "")),
                    Integer.parseInt(b.toString().replaceAll("\\D", ""))));
        for (PdfName name : names) {
          PdfObject object = PdfReader.getPdfObject(xObjects.get(name));
          if (object instanceof PRStream stream
              && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
            texts.add(
                decode(
                    stream.getAsNumber(PdfName.WIDTH).intValue(),
                    stream.getAsNumber(PdfName.HEIGHT).intValue(),
                    PdfReader.getStreamBytes(stream)));
          }
        }
      }
    }
    return texts;
  }

  private static String decode(int imageWidth, int imageHeight, byte[] grey) throws Exception {
    int scale = 4;
    int width = imageWidth * scale;
    int height = imageHeight * scale;
    int[] pixels = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean dark = (grey[(y / scale) * imageWidth + x / scale] & 0xFF) < 128;
        pixels[y * width + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new MultiFormatReader()
        .decode(
            bitmap,
            Map.of(
                DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  // ------------------------------------------------------------------ the pupil

  private void answerPageOneAndClose(String code, String hash) {
    ChromeDriver phone = phone();
    try {
      WebDriverWait waitOnPhone = new WebDriverWait(phone, Duration.ofSeconds(20));
      phone.get(base + "answer/");
      // typed as a pupil might: small letters, with dashes
      phone
          .findElement(By.id("code"))
          .sendKeys(
              (code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8))
                  .toLowerCase());
      phone.findElement(By.id("enter")).click();
      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("consentForm")));
      assertThat(text(phone)).contains("Bevor es losgeht", "Wie geht es dir an deiner Schule?");
      phone.findElement(By.id("next")).click();
      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("consentError")));
      assertThat(text(phone)).contains("Bitte bestätige, dass du freiwillig mitmachst.");
      phone.findElement(By.cssSelector("label[for='consent']")).click();
      phone.findElement(By.id("next")).click();

      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("pageForm")));
      assertThat(phone.findElement(By.id("progress")).getText()).isEqualTo("Seite 1 von 2");
      assertThat(text(phone)).contains("Deine Schule", Q1);
      assertThat(sidewaysScroll(phone)).as("fits 360 px").isFalse();
      phone.findElement(By.id("next")).click();
      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
      assertThat(phone.findElement(By.id("errors")).getText())
          .contains("Frage 1 muss beantwortet werden.");
      choose(phone, "q1", "a1");
      phone.findElement(By.id("next")).click();
      waitOnPhone.until(ExpectedConditions.textToBe(By.id("progress"), "Seite 2 von 2"));
      assertThat(phone.manage().getCookies()).as("no session, no cookie").isEmpty();
    } finally {
      phone.quit();
    }
    assertThat(
            Database.text(
                "SELECT CONCAT(page, '|', answers) FROM survey_draft WHERE code_hash = ?", hash))
        .as("page 1 saved under the code, page 2 next")
        .startsWith("1|")
        .contains("q1=a1");
  }

  private void resumeAndSubmit(String code, String hash, long wave) {
    ChromeDriver phone = phone();
    try {
      WebDriverWait waitOnPhone = new WebDriverWait(phone, Duration.ofSeconds(20));
      phone.get(base + "answer/");
      phone.findElement(By.id("code")).sendKeys(code);
      phone.findElement(By.id("enter")).click();
      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("pageForm")));
      assertThat(phone.findElement(By.id("progress")).getText())
          .as("back where the pupil left, without being asked for consent again")
          .isEqualTo("Seite 2 von 2");
      assertThat(phone.findElement(By.id("notice")).getText())
          .isEqualTo("Willkommen zurück! Deine bisherigen Antworten sind noch da.");
      assertThat(text(phone)).contains(Q2, Q3).doesNotContain(Q4);

      phone.findElement(By.id("back")).click();
      waitOnPhone.until(ExpectedConditions.textToBe(By.id("progress"), "Seite 1 von 2"));
      assertThat(phone.findElement(By.cssSelector("input[name='a.q1'][value='a1']")).isSelected())
          .as("page 1's answer kept")
          .isTrue();
      phone.findElement(By.id("next")).click();
      waitOnPhone.until(ExpectedConditions.textToBe(By.id("progress"), "Seite 2 von 2"));

      choose(phone, "q2", "yes");
      phone.findElement(By.id("a-q3")).sendKeys(ANSWER_Q3);
      phone.findElement(By.id("submit")).click();
      waitOnPhone.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
      assertThat(text(phone)).contains("Vielen Dank!", "Der Code ist jetzt verbraucht.");
      assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE code_hash = ?", hash))
          .as("the draft is gone")
          .isZero();
      assertThat(
              Database.count("SELECT COUNT(*) FROM access_code WHERE code_hash = ? AND used", hash))
          .as("the code is spent")
          .isEqualTo(1);

      // the spent code gets the very refusal an unknown code gets
      String spent = refusal(phone, code);
      String unknown = refusal(phone, TestSurveys.randomCode());
      assertThat(spent).contains("Mit diesem Code geht es nicht weiter").isEqualTo(unknown);
      assertThat(phone.findElements(By.id("pageForm"))).isEmpty();
      assertThat(Browser.consoleErrors(phone)).as("no CSP violation, no script error").isEmpty();
    } finally {
      phone.quit();
    }

    // the outbox mover stores the response under a new id, without code or class
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                Database.count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?", wave)
                    == 1);
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT(a.question_key, '=', a.answer_value)"
                    + " ORDER BY a.question_key SEPARATOR ';') FROM survey_answer a"
                    + " JOIN survey_response r ON r.id = a.response_id WHERE r.wave_id = ?",
                wave))
        .as("the hidden question has no answer")
        .isEqualTo("q1=a1;q2=yes;q3=" + ANSWER_Q3);
    assertThat(
            Database.text(
                "SELECT CONCAT(grade_band, '|', language, '|', school_id) FROM survey_response"
                    + " WHERE wave_id = ?",
                wave))
        .isEqualTo("7-8|de|" + school);
  }

  /** The refusal shown on the entry page for the typed code. */
  private String refusal(ChromeDriver phone, String code) {
    phone.get(base + "answer/");
    phone.findElement(By.id("code")).sendKeys(code);
    phone.findElement(By.id("enter")).click();
    return new WebDriverWait(phone, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("codeProblem")))
        .getText();
  }

  private static void choose(ChromeDriver phone, String question, String value) {
    String id =
        phone
            .findElement(By.cssSelector("input[name='a." + question + "'][value='" + value + "']"))
            .getAttribute("id");
    phone.findElement(By.cssSelector("label[for='" + id + "']")).click();
  }

  /** A fresh browser, as on a phone 360 px wide: no cookie or session of the staff's browser. */
  private static ChromeDriver phone() {
    ChromeDriver phone = Browser.start();
    phone.manage().window().setSize(new Dimension(360, 740));
    return phone;
  }

  private static boolean sidewaysScroll(ChromeDriver driver) {
    return Boolean.TRUE.equals(
        driver.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Runs the wave's due jobs (as the job executor would, a little later) until the wave is in the
   * state; fails with what the jobs reported.
   */
  private void awaitWaveState(long wave, String state) {
    String[] jobs = {""};
    try {
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .until(
              d -> {
                if (state.equals(waveState(wave))) {
                  return true;
                }
                Page ran = new PortalClient(base).get(SurveyWaveJobsFixture.PATH + "?wave=" + wave);
                jobs[0] = ran.status() + " " + ran.body();
                return state.equals(waveState(wave));
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "wave " + wave + " is " + waveState(wave) + ", not " + state + "; jobs: " + jobs[0], e);
    }
  }

  private static String waveState(long wave) {
    return Database.text("SELECT state FROM survey_wave WHERE id = ?", wave);
  }

  private static String installationKey() {
    return Database.text("SELECT key_value FROM installation_key WHERE name = 'survey-code'");
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Ticks a PrimeFaces checkbox or radio button by its hidden input, as a click on its box does.
   */
  private void tick(By input) {
    WebElement hidden = wait.until(ExpectedConditions.presenceOfElementLocated(input));
    if (hidden.isSelected()) {
      return;
    }
    hidden
        .findElement(
            By.xpath(
                "./ancestor::div[contains(@class,'ui-chkbox') or contains(@class,'ui-radiobutton')]"
                    + "[1]//div[contains(@class,'-box')]"))
        .click();
    Browser.awaitAjax(browser);
    wait.until(d -> d.findElement(input).isSelected());
  }

  private String bodyText() {
    return text(browser);
  }

  private static String text(ChromeDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }
}

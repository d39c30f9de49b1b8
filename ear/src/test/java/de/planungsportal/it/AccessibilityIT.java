package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 A/AA rules (BITV 2.0) checked by axe-core in the real browser, on every page a visitor
 * or staff member can open. A rule axe cannot decide ("incomplete") is not a failure; every
 * violation is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** One browser for the class: starting Chromium took 2–10 s per test on the CI machine. */
  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  /** Each test starts as in a new browser: no cookies or stored data, a desktop window. */
  @BeforeEach
  void forgetThePreviousTest() {
    Browser.forgetEverything(browser, base);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void publicPagesMeetWcag21AA() {
    List<String> violations = new ArrayList<>();
    for (String page :
        List.of("", "login.xhtml", "privacy.xhtml", "no-such-page.xhtml", "error/400.xhtml")) {
      violations.addAll(scan(page));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void staffAndAdminPagesMeetWcag21AAAndShowEverythingOnAPhone() {
    checkStaffPagesAt(360);
  }

  @Test
  void staffAndAdminPagesMeetWcag21AAAndShowEverythingOnADesktop() {
    checkStaffPagesAt(1280);
  }

  /**
   * Axe's rules, and that nothing is out of reach: no sideways scrolling, no cell cutting its text,
   * every row action inside the page and not clipped (PrimeFaces' fixed table layout once hid them
   * at every width while keyboard focus still landed on them).
   */
  private void checkStaffPagesAt(int width) {
    browser.manage().window().setSize(new Dimension(width, 900));
    Browser.signIn(
        browser, base, TestAccounts.create("lk-musterland", "admin"), DemoAccounts.PASSWORD);
    List<String> problems = new ArrayList<>();
    for (String page : STAFF_PAGES) {
      problems.addAll(scan(page));
      Browser.unreachableContent(browser)
          .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
    }
    assertThat(problems).isEmpty();
  }

  private static final List<String> STAFF_PAGES =
      List.of(
          "workflow/tasks.xhtml",
          "reference/index.xhtml",
          "account/index.xhtml",
          "account/password.xhtml",
          "admin/index.xhtml",
          "admin/organisations.xhtml",
          "admin/departments.xhtml",
          "admin/areas.xhtml",
          "admin/schools.xhtml",
          "admin/accounts.xhtml",
          "admin/sharing.xhtml",
          "admin/audit.xhtml");

  /**
   * The planning pages, seen by a planner (the admin of the staff pages above may not read plans).
   */
  @Test
  void planningPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    Browser.signIn(
        browser, base, TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "planning/cycles.xhtml",
            "planning/cycle.xhtml?id=" + plan.cycleId(),
            "planning/plan.xhtml?version="
                + plan.publishedVersionId()
                + "&measure="
                + plan.mentoringId(),
            "planning/compare.xhtml?from="
                + plan.returnedVersionId()
                + "&to="
                + plan.publishedVersionId(),
            "planning/consolidate.xhtml?cycle=" + plan.cycleId(),
            "planning/start.xhtml",
            "planning/year-end.xhtml?cycle=" + plan.cycleId(),
            "report/reports.xhtml?cycle=" + plan.cycleId());
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The committee forms that open without a running process (a paper as the secretariat prepares
   * it, with an attachment, one on a meeting's agenda, a member's votes, the running circulations'
   * tally); the others are checked along CommitteeApprovalJourneyIT.
   */
  @Test
  void committeeFormsMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    long draft = TestPapers.draft("lk-musterland", "schultraeger");
    long onAgenda = TestPapers.draft("lk-musterland", "schultraeger");
    Database.update("UPDATE paper SET state = 'ON_AGENDA' WHERE id = ?", onAgenda);
    long inCirculation = TestPapers.draft("lk-musterland", "schultraeger");
    Database.update("UPDATE paper SET state = 'IN_CIRCULATION' WHERE id = ?", inCirculation);
    Database.update(
        "INSERT INTO paper_file (paper_id, name, media_type, size_bytes, content) VALUES (?,"
            + " 'Stellungnahme des Schulamts zum Arbeitsplan.pdf', 'application/pdf', 9,"
            + " '%PDF-1.7\\n')",
        draft);
    Browser.signIn(
        browser,
        base,
        TestAccounts.create(
            "lk-musterland", "committee-secretariat", "committee-member", "committee-chair"),
        DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "committee/my-votes.xhtml",
            "committee/prepare.xhtml?paper=" + draft,
            "committee/tally.xhtml",
            "committee/meeting-vote.xhtml?paper=" + onAgenda);
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(browser.getPageSource())
        .as("the form was there to check")
        .contains("meetingVoteForm");
    assertThat(problems).isEmpty();
  }

  /**
   * The committee pages, seen by a secretariat of the demo Schulträgerausschuss: its committees,
   * its meetings with one on the list, and a paper proposing a plan version with its notes fields.
   */
  @Test
  void committeeAdminPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    long district = TestOrganisations.idOf("lk-musterland");
    long committee =
        Database.count(
            "SELECT id FROM committee WHERE organisation_id = ? AND code = 'schultraeger'",
            district);
    String secretariat = TestAccounts.create("lk-musterland");
    Database.update(
        "INSERT INTO role_grant (account_id, role, committee_id) VALUES (?, 'committee-secretariat', ?)",
        TestAccounts.idOf(secretariat),
        committee);
    long version = TestPlans.single("lk-musterland", 2031, 1, "SUBMITTED");
    String reference = "BV-A11Y-" + java.util.UUID.randomUUID().toString().substring(0, 6);
    Database.update(
        "INSERT INTO paper (organisation_id, committee_id, reference, title, version_id,"
            + " resolution, created_by) VALUES (?, ?, ?, 'Arbeitsplan zur Beratung', ?,"
            + " 'Der Ausschuss beschließt den Arbeitsplan.', 'gremienbuero')",
        district,
        committee,
        reference,
        version);
    long paper = Database.count("SELECT id FROM paper WHERE reference = ?", reference);
    Database.update(
        "INSERT INTO meeting (committee_id, name, starts_at, place) VALUES (?, ?, NOW() + INTERVAL"
            + " 30 DAY, 'Kreishaus, Sitzungssaal')",
        committee,
        "Sitzung " + reference);
    Browser.signIn(browser, base, secretariat, DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "committee/committees.xhtml",
            "committee/meetings.xhtml",
            "committee/paper.xhtml?id=" + paper);
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The questionnaire builder, seen by a planner: the list, a draft in the editor, a frozen one.
   */
  @Test
  void questionnaireBuilderPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    long draft = TestQuestionnaires.withContent("lk-musterland", "DRAFT");
    long frozen = TestQuestionnaires.withContent("lk-musterland", "FROZEN");
    Browser.signIn(
        browser, base, TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "survey/questionnaires.xhtml",
            "survey/questionnaire.xhtml?version=" + draft,
            "survey/questionnaire.xhtml?version=" + frozen);
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    browser.get(base + "survey/questionnaire.xhtml?version=" + draft);
    assertThat(browser.getPageSource())
        .as("the editor was there to check")
        .contains("editor:sections:0:questions:2:items:1:text", "translation-missing");
    assertThat(problems).isEmpty();
  }

  /**
   * The field pages of a wave in the field, seen by an account that plans and is the contact of the
   * IGS Musterstadt: the waves it follows, the rates with a code sheet link, and the consent form
   * with an editable count (also after a refused count with its message), and the form that moves
   * the field period.
   */
  @Test
  void fieldPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    String account = TestAccounts.create("lk-musterland", "planner");
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) SELECT ?, 'school-contact', s.id"
            + " FROM school s JOIN organisation o ON o.id = s.organisation_id"
            + " WHERE o.code = 'lk-musterland' AND s.code = 'igs-musterstadt'",
        TestAccounts.idOf(account));
    Browser.signIn(browser, base, account, DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "survey/rates.xhtml",
            "survey/rates.xhtml?wave=" + wave.id(),
            "survey/consent.xhtml?wave=" + wave.id(),
            "survey/field-period.xhtml?wave=" + wave.id());
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    browser.get(base + "survey/consent.xhtml?wave=" + wave.id());
    browser.findElement(By.id("consentForm:rows:0:slips")).clear();
    browser.findElement(By.id("consentForm:rows:0:slips")).sendKeys("99");
    browser.findElement(By.id("consentForm:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getPageSource().contains("0 bis 60"));
    problems.addAll(scan(null));
    assertThat(problems).isEmpty();
  }

  /**
   * The wave pages of a new organisation, seen by one account that plans and reviews: the list, a
   * new wave, a returned draft with its classes and the reasons, a wave in review (read-only) and
   * both review forms.
   */
  @Test
  void surveyWavePagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    TestWaves.Setup setup = TestWaves.Setup.create();
    String account =
        TestAccounts.create(
            setup.organisation(), "planner", "data-protection-officer", "school-authority");
    PortalClient client = PortalClient.signedIn(base, account);
    long returned = TestWaves.draft(client, setup, "Elternbefragung Ganztag");
    TestWaves.submit(client, setup, returned, "Elternbefragung Ganztag");
    TestWaves.returnByOfficer(client, returned, "Bitte den Zweck genauer fassen.");
    long inReview = TestWaves.draft(client, setup, "Jugendbefragung 2027");
    TestWaves.submit(client, setup, inReview, "Jugendbefragung 2027");
    Browser.signIn(browser, base, account, DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "survey/waves.xhtml",
            "survey/wave.xhtml",
            "survey/wave.xhtml?wave=" + returned,
            "survey/wave.xhtml?wave=" + inReview,
            "survey/review-data-protection.xhtml?wave=" + inReview,
            "survey/review-school-authority.xhtml?wave=" + inReview);
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(browser.getPageSource())
        .as("the review form was there to check")
        .contains("returnForm");
    assertThat(problems).isEmpty();
  }

  @Test
  void answeringPagesMeetWcag21AAOnAPhone() {
    browser.manage().window().setSize(new Dimension(360, 740));
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    TestSurveys.Wave consent =
        TestSurveys.create(TestSurveys.Spec.inField(1).consent("PUPIL_CONFIRMS", null));
    List<String> violations = new ArrayList<>();
    for (String page :
        List.of(
            "answer/",
            "answer/?lang=en",
            "answer/?code=" + TestSurveys.randomCode(),
            "answer/?code=" + consent.codes().get(0),
            "answer/privacy.xhtml?wave=" + wave.id(),
            "answer/thanks.xhtml?lang=en")) {
      violations.addAll(scan(page));
    }
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    // page 1, then without its mandatory answers: the page with its error summary
    browser.get(base + "answer/?code=" + wave.codes().get(0));
    violations.addAll(scan(null));
    browser.findElement(By.id("next")).click();
    wait.until(d -> !d.findElements(By.id("errors")).isEmpty());
    violations.addAll(scan(null));
    // page 2 with every other kind (matrix, multiple choice, number, yes/no, dropdown)
    browser.findElement(By.cssSelector("label[for='a-yard-2']")).click();
    browser.findElement(By.cssSelector("label[for='a-way-2']")).click();
    browser.findElement(By.id("next")).click();
    wait.until(d -> !d.findElements(By.id("submit")).isEmpty());
    violations.addAll(scan(null));
    problems(violations, "page 2 at 360 px");
    // the same in Arabic, right to left
    browser.findElement(By.id("langAr")).click();
    wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    violations.addAll(scan(null));
    problems(violations, "page 2 in Arabic at 360 px");
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'survey-code%'");
    assertThat(violations).isEmpty();
  }

  /** The builder's preview of a questionnaire page, as its planner frames it: 360 px wide. */
  @Test
  void thePreviewOfAQuestionnairePageMeetsWcag21AA() {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    long version =
        Database.count("SELECT questionnaire_version_id FROM survey_wave WHERE id = ?", wave.id());
    browser.manage().window().setSize(new Dimension(360, 740));
    Browser.signIn(
        browser,
        base,
        TestAccounts.create(wave.organisationCode(), "planner"),
        DemoAccounts.PASSWORD);
    List<String> violations = new ArrayList<>();
    for (String page :
        List.of(
            "answer/preview?version=" + version + "&page=1&lang=de&variant=STANDARD",
            "answer/preview?version=" + version + "&page=2&lang=en&variant=STANDARD",
            "answer/preview?version=" + version + "&page=1&lang=ar&variant=PLAIN")) {
      violations.addAll(scan(page));
      problems(violations, page);
    }
    assertThat(violations).isEmpty();
  }

  /**
   * The results pages of a closed wave with responses and released free texts, seen by a planner of
   * the district: the list, the wave in the whole and by area (charts with their tables, suppressed
   * cells, the trend), the screening table; and the JSON endpoint answers as JSON.
   */
  @Test
  void resultPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    long questionnaire = TestResultWaves.questionnaire("lk-musterland");
    TestResultWaves.computed(
        TestResultWaves.closed(
            "lk-musterland",
            questionnaire,
            "igs-musterstadt",
            java.time.LocalDate.now().minusYears(2),
            10,
            List.of()));
    TestResultWaves.Wave wave =
        TestResultWaves.closed(
            "lk-musterland",
            questionnaire,
            "igs-musterstadt",
            java.time.LocalDate.now().minusDays(1),
            12,
            List.of("Mehr Sport", "Bessere Toiletten"));
    TestResultWaves.computed(wave);
    Database.update(
        "INSERT INTO free_text_screening (response_id, question_key, wave_id, decision,"
            + " decided_on, decided_by) SELECT a.response_id, a.question_key, r.wave_id,"
            + " 'RELEASED', CURRENT_DATE, 'planer' FROM survey_answer a JOIN survey_response r"
            + " ON r.id = a.response_id WHERE r.wave_id = ? AND a.answer_value = 'Mehr Sport'",
        wave.id());
    Browser.signIn(
        browser, base, TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "results/waves.xhtml",
            "results/wave.xhtml?wave=" + wave.id(),
            "results/wave.xhtml?wave=" + wave.id() + "&by=AREA",
            "results/wave.xhtml?wave=" + wave.id() + "&by=GRADE_BAND",
            "results/screening.xhtml?wave=" + wave.id());
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The data request pages of both sides, seen by one planner who is also the IGS Musterstadt's
   * contact: the list, a new request, the demo's accepted request, the contact's list and the
   * answer, and a fresh request's answer form with an implausible figure flagged.
   */
  @Test
  void dataRequestPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    String account = TestAccounts.create("lk-musterland", "planner");
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) SELECT ?, 'school-contact', s.id"
            + " FROM school s JOIN organisation o ON o.id = s.organisation_id"
            + " WHERE o.code = 'lk-musterland' AND s.code = 'igs-musterstadt'",
        TestAccounts.idOf(account));
    long demo = TestDataRequests.demoRequestId();
    Browser.signIn(browser, base, account, DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "datarequest/requests.xhtml",
            "datarequest/edit.xhtml",
            "datarequest/request.xhtml?request=" + demo,
            "datarequest/mine.xhtml",
            "datarequest/fill.xhtml?request=" + demo);
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(demo).as("the demo request was there to check").isPositive();
    assertThat(problems).isEmpty();
  }

  private void problems(List<String> violations, String where) {
    Browser.unreachableContent(browser).forEach(p -> violations.add(where + ": " + p));
  }

  /** Loads the page (relative to the portal) and checks it; null checks the page as it is. */
  /**
   * The indicator pages and the evidence on a measure, seen by a planner of the district, with an
   * indicator that has a trend and a comparison (charts and their tables).
   */
  @Test
  void indicatorPagesMeetWcag21AAAndShowEverythingOnAPhoneAndADesktop() {
    long indicator = TestIndicators.withValues("lk-musterland");
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    TestIndicators.link(plan.mentoringId(), indicator, 10.0, 8.0);
    String area =
        Database.text(
            "SELECT a.code FROM indicator_value v JOIN area a ON a.id = v.area_id"
                + " WHERE v.indicator_id = ? LIMIT 1",
            indicator);
    Browser.signIn(
        browser, base, TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);
    List<String> pages =
        List.of(
            "indicator/indicators.xhtml",
            "indicator/indicator.xhtml?id=" + indicator,
            "indicator/figures.xhtml?id=" + indicator + "&area=" + area,
            "indicator/import.xhtml",
            "planning/plan.xhtml?version="
                + plan.publishedVersionId()
                + "&measure="
                + plan.mentoringId());
    List<String> problems = new ArrayList<>();
    for (int width : List.of(360, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        problems.addAll(scan(page));
        Browser.unreachableContent(browser)
            .forEach(problem -> problems.add("/" + page + " at " + width + " px: " + problem));
      }
    }
    assertThat(problems).isEmpty();
  }

  private List<String> scan(String page) {
    if (page != null) {
      browser.get(base + page);
    }
    return Browser.wcagViolations(browser).stream().map(v -> "/" + page + ": " + v).toList();
  }
}

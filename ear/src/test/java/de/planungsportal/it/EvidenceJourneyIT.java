package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's chain as one planner lives it, in Chromium, in an organisation of the test's own (two
 * schools in two areas, a questionnaire asked two years ago and now again): the wave, started
 * through the real survey-wave process and answered, is closed early on its field-period page; the
 * process hands it to the results; the planner opens the release task from the task list, screens
 * the free texts (releases one, withholds one), releases the results, which ends the process, and
 * reads the trend against the earlier wave. A survey indicator takes its values from the wave; the
 * planner links it to a measure of the cycle's draft in the <em>Wirkungskette</em> dialog (baseline
 * from the earlier wave, target), finds baseline → target → the wave's value on the measure's page,
 * generates the cycle's education report and opens the PDF, which holds the wave, the indicator and
 * the measure.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceJourneyIT {

  private static final int YEAR = LocalDate.now().getYear();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SurveyWaveJobsFixture.class, SurveyWaveStartFixture.class);
  }

  @ArquillianResource URL base;

  private Journey journey;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private String organisation;
  private String planner;
  private TestResultWaves.Wave earlier;
  private TestResultWaves.Wave wave;
  private String kind;
  private String hurtful;
  private String indicatorName;
  private long indicator;
  private long cycle;
  private long version;
  private long measure;

  @BeforeEach
  void organisationWithAWaveInTheFieldAndACycleInDraft() {
    organisation = TestOrganisations.create();
    TestResultWaves.schoolsInTwoAreas(organisation);
    planner = TestAccounts.create(organisation, "planner");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    kind = "Mehr Grün auf dem Hof " + tag;
    hurtful = "Herr P. ist gemein " + tag;

    long questionnaire = TestResultWaves.questionnaire(organisation);
    earlier =
        TestResultWaves.closed(
            organisation, questionnaire, "gs-nord", LocalDate.now().minusYears(2), 10, List.of());
    TestResultWaves.respond(
        earlier, organisation, "rs-sued", LocalDate.now().minusYears(2), 6, List.of());
    TestResultWaves.computed(earlier);
    TestResultWaves.released(earlier);

    LocalDate fieldEnd = LocalDate.now().plusDays(10);
    wave =
        TestResultWaves.submitted(
            organisation,
            questionnaire,
            fieldEnd,
            TestAccounts.idOf(planner),
            "gs-nord",
            "rs-sued");
    PortalClient.Page started =
        new PortalClient(base)
            .get(
                SurveyWaveStartFixture.PATH
                    + "?wave="
                    + wave.id()
                    + "&organisation="
                    + organisation
                    + "&start="
                    + LocalDate.now()
                    + "&end="
                    + fieldEnd);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    Database.update(
        "UPDATE survey_wave SET process_instance_id = ? WHERE id = ?",
        started.body().trim(),
        wave.id());
    // codes, code sheets, the release to the schools and the field's start run as jobs
    runJobsUntil(() -> "IN_FIELD".equals(waveState()), "wave in the field");
    TestResultWaves.respond(
        wave, organisation, "gs-nord", LocalDate.now(), 14, List.of(kind, hurtful));
    TestResultWaves.respond(wave, organisation, "rs-sued", LocalDate.now(), 3, List.of());

    indicatorName = "Gern in der Schule " + tag;
    long org = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO indicator (organisation_id, code, name, definition, unit, source, direction,"
            + " survey_questionnaire_id, survey_question_key, survey_reading, survey_options)"
            + " VALUES (?, ?, ?, 'Anteil, der gern in die Schule geht', '%', 'Jugendbefragung',"
            + " 'UP', ?, 'q1', 'SHARE', 'a1')",
        org, "GERN-" + tag, indicatorName, questionnaire);
    indicator =
        Database.count(
            "SELECT id FROM indicator WHERE organisation_id = ? AND name = ?", org, indicatorName);
    version = TestPlans.single(organisation, 2099, 1, "DRAFT");
    cycle = Database.count("SELECT cycle_id FROM work_plan_version WHERE id = ?", version);
    measure =
        Database.count(
            "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id"
                + " WHERE g.version_id = ? AND m.title = ?",
            version,
            TestPlans.MEASURE);

    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    if (journey != null) {
      journey.close();
    }
  }

  @Test
  void plannerClosesScreensReleasesComparesLinksTheEvidenceAndReadsItInTheReport()
      throws Exception {
    journey.run(
        () -> {
          journey.signIn(planner);
          closeFieldNow();
          screenFreeTextsFromTheReleaseTask();
          releaseResults();
          readTheTrendAgainstTheEarlierWave();
          takeIndicatorValuesFromTheWave();
          linkTheIndicatorInTheWirkungskette();
          readTheEvidenceOnTheMeasurePage();
          generateTheEducationReportAndOpenThePdf();
        });
    assertThat(journey.barriers()).isEmpty();
  }

  /** Step 2: "Feld jetzt schließen", confirmed; the process closes the wave and hands it over. */
  void closeFieldNow() {
    browser.get(base + "survey/field-period.xhtml?wave=" + wave.id());
    journey.checkAccessible("field period");
    journey.click("closeNowForm:closeNow");
    journey.confirm();
    wait.until(d -> body().contains("Die Feldphase ist beendet"));
    runJobsUntil(
        () -> Database.count("SELECT COUNT(*) FROM wave_result WHERE wave_id = ?", wave.id()) == 1,
        "results computed");
    assertThat(waveState()).isEqualTo("CLOSED");
    assertThat(Database.text("SELECT field_end FROM survey_wave WHERE id = ?", wave.id()))
        .as("the field ended today")
        .isEqualTo(LocalDate.now().toString());
  }

  /** Step 3: the release task leads to the results; the texts are screened first. */
  void screenFreeTextsFromTheReleaseTask() {
    journey.openTask("Task_ReleaseResults", "wave=" + wave.id());
    wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
    assertThat(browser.findElement(By.id("resultState")).getText())
        .contains("Berechnet, noch nicht freigegeben");
    assertThat(body()).doesNotContain(kind, hurtful);
    journey.click("releaseForm:toScreening");
    wait.until(ExpectedConditions.urlContains("results/screening.xhtml"));
    assertThat(body()).contains("2 Freitexte, davon 0 geprüft und 2 offen");
    journey.checkAccessible("screening");

    rowOf(hurtful).findElement(By.cssSelector("button[id$=':withhold']")).click();
    Browser.awaitAjax(browser);
    wait.until(d -> body().contains("1 Freitexte zurückgehalten."));
    rowOf(kind).findElement(By.cssSelector("button[id$=':release']")).click();
    Browser.awaitAjax(browser);
    wait.until(d -> body().contains("1 Freitexte freigegeben."));
    assertThat(body()).contains("2 Freitexte, davon 2 geprüft und 0 offen");
  }

  /** Step 4: released on the task's form; the task and the process are done. */
  void releaseResults() {
    browser.findElement(By.id("toResults")).click();
    wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
    assertThat(body()).contains("Geltende Mindestgröße: Gruppen mit weniger als 5 Antworten");
    journey.click("releaseForm:release");
    journey.confirm();
    wait.until(d -> body().contains("Die Ergebnisse sind freigegeben."));
    assertThat(browser.findElement(By.id("freeTexts")).getText())
        .contains(kind)
        .doesNotContain(hurtful);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'survey-wave'"
                    + " AND BUSINESS_KEY_ = ? AND END_TIME_ IS NOT NULL",
                String.valueOf(wave.id())))
        .as("the release completed the process's last task")
        .isEqualTo(1);
    browser.get(base + "workflow/tasks.xhtml");
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "a[data-task='Task_ReleaseResults'][href*='wave=" + wave.id() + "']")))
        .isEmpty();
  }

  /**
   * Step 5: the trend of "Gehst du gern in deine Schule?" (share of "ja"): two years ago 10 of 16,
   * now 11 of 17; by area, Südhang's 3 answers of this wave are not shown.
   */
  void readTheTrendAgainstTheEarlierWave() {
    browser.get(base + "results/wave.xhtml?wave=" + wave.id());
    assertThat(browser.findElement(By.id("resultState")).getText()).contains("freigegeben");
    assertThat(trendRow(earlier.title())).contains("16", "62,5");
    assertThat(trendRow(wave.title())).contains("17", "64,7");

    new Select(browser.findElement(By.id("by"))).selectByValue("AREA");
    browser.findElement(By.id("showBy")).click();
    wait.until(ExpectedConditions.urlContains("by=AREA"));
    assertThat(trendRow("Nordstadt – " + earlier.title())).contains("10", "60,0");
    assertThat(trendRow("Südhang – " + earlier.title())).contains("6", "66,7");
    assertThat(trendRow("Südhang – " + wave.title())).contains("nicht ausgewiesen");
    assertThat(browser.findElements(By.cssSelector("[id$='trendChart'] canvas"))).isNotEmpty();
    journey.checkAccessible("results by area with the trend");
  }

  /** Step 6a: the survey indicator takes its values from the released wave. */
  void takeIndicatorValuesFromTheWave() {
    browser.get(base + "indicator/indicator.xhtml?id=" + indicator);
    Browser.choose(browser, wait, "valuesForm:wave", wave.title() + " (" + YEAR + ")");
    journey.click("valuesForm:takeFromWave");
    wait.until(d -> body().contains("3 Werte wurden aus der Welle übernommen."));
    assertThat(browser.findElement(By.id("valuesForm:values")).getText())
        .contains(String.valueOf(YEAR), "64,71", "Befragung");
  }

  /** Step 6b: the Wirkungskette dialog of the draft's measure, as the planner consolidates. */
  void linkTheIndicatorInTheWirkungskette() {
    browser.get(base + "planning/consolidate.xhtml?cycle=" + cycle);
    browser
        .findElement(
            By.cssSelector("button[aria-label='Wirkungskette: " + TestPlans.MEASURE + "']"))
        .click();
    Browser.awaitAjax(browser);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicatorLinksDialog")));
    assertThat(browser.findElement(By.id("indicatorLinksForm")).getText())
        .contains("Noch keine Indikatoren verknüpft.");
    journey.click("indicatorLinksForm:addLink");
    Browser.choose(browser, wait, "indicatorLinksForm:links:0:indicator", indicatorName + " (%)");
    type("indicatorLinksForm:links:0:baseline", "62.5");
    type("indicatorLinksForm:links:0:baselineYear", String.valueOf(YEAR - 2));
    type("indicatorLinksForm:links:0:target", "70");
    type("indicatorLinksForm:links:0:targetYear", String.valueOf(YEAR + 2));
    journey.checkAccessible(
        "Wirkungskette dialog", Browser.wcagViolationsWithin(browser, "indicatorLinksDialog"));
    journey.click("indicatorLinksForm:saveLinks");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("indicatorLinksForm"), "Die Wirkungskette wurde gespeichert."));
  }

  /** Step 6c: baseline → target → the value of the wave, and the verdict. */
  void readTheEvidenceOnTheMeasurePage() {
    browser.get(base + "planning/plan.xhtml?version=" + version + "&measure=" + measure);
    String evidence = browser.findElement(By.id("evidence-" + measure)).getText();
    assertThat(evidence)
        .contains(
            indicatorName,
            "62,5 (" + (YEAR - 2) + ")",
            "70 (" + (YEAR + 2) + ")",
            "64,71 (" + YEAR + ", Befragung)",
            "in die gute Richtung");
    journey.checkAccessible("measure with its evidence");
  }

  /** Step 7: the cycle's education report, generated as a job, opened as PDF. */
  void generateTheEducationReportAndOpenThePdf() throws Exception {
    browser.get(base + "planning/cycle.xhtml?id=" + cycle);
    journey.click("toEducationReports");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Bildungsberichte");
    journey.click("reportsForm:generate");
    assertThat(browser.findElement(By.id("reportsForm:messages")).getText())
        .contains("Der Bildungsbericht wird erzeugt.");
    // the page polls while the job runs; the link appears when the report is ready
    WebElement link =
        new WebDriverWait(browser, Duration.ofSeconds(120))
            .until(
                d ->
                    d.findElements(By.cssSelector("a[id$=':download']")).stream()
                        .findFirst()
                        .orElse(null));
    assertThat(browser.findElement(By.id("reportsForm:reports")).getText())
        .contains("fertig", planner);
    journey.checkAccessible("reports page, report ready");

    String text =
        PdfTexts.of(Browser.fetch(browser, link.getAttribute("href")))
            .replaceAll("[\\s\u00a0]+", " ");
    assertThat(text)
        .contains(
            "Bildungsbericht 2099",
            "Testkreis " + organisation,
            "Indikatoren nach Gebiet",
            indicatorName,
            "Befragungsergebnisse (freigegeben)",
            earlier.title(),
            wave.title(),
            "Maßnahmen, Fortschritt und Wirkung",
            TestPlans.MEASURE);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'EDUCATION_REPORT_DOWNLOADED'"
                    + " AND actor = ?",
                planner))
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Runs the wave's due process jobs (as the job executor would, a little later) until the
   * condition holds; fails with what the jobs reported.
   */
  private void runJobsUntil(BooleanSupplier done, String what) {
    String[] jobs = {""};
    long deadline = System.currentTimeMillis() + 60_000;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "no " + what + " (wave " + wave.id() + " is " + waveState() + "); jobs: " + jobs[0]);
      }
      PortalClient.Page ran =
          new PortalClient(base).get(SurveyWaveJobsFixture.PATH + "?wave=" + wave.id());
      jobs[0] = ran.status() + " " + ran.body();
      if (!done.getAsBoolean()) {
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String waveState() {
    return Database.text("SELECT state FROM survey_wave WHERE id = ?", wave.id());
  }

  private String trendRow(String label) {
    return browser
        .findElement(
            By.xpath(
                "//table[@id='trendTable']//tr[th[contains(normalize-space(), '" + label + "')]]"))
        .getText();
  }

  private WebElement rowOf(String text) {
    return browser.findElement(
        By.xpath("//tr[.//span[contains(@class,'free-text') and text()='" + text + "']]"));
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private String body() {
    return browser.findElement(By.tagName("body")).getText();
  }
}

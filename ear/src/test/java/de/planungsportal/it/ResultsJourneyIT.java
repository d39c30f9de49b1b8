package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Results as the planning team and a school live them, in Chromium, in an organisation of the
 * test's own (two schools in two areas, a questionnaire asked in an earlier wave and in one now in
 * the field): the planner closes the field now (confirmed), screens the free texts (withholds one,
 * releases the others in bulk), releases the results (confirmed), reads them by area with the small
 * area's cells not shown and the trend against the earlier wave; then the school contact finds the
 * released results, with the released texts only. Each step is a method of its own so the issue's
 * journey can go on from here (indicators, the education report).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultsJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Journey journey;
  private String organisation;
  private String planner;
  private String schoolContact;
  private TestResultWaves.Wave earlier;
  private TestResultWaves.Wave wave;
  private String hurtful;
  private List<String> kind;

  @BeforeEach
  void organisationWithTwoWavesOfOneQuestionnaire() {
    organisation = TestOrganisations.create();
    long id = TestOrganisations.idOf(organisation);
    long north = area(id, "nord", "Nordstadt");
    long south = area(id, "sued", "Südhang");
    school(id, "gs-nord", "Gesamtschule Nordstadt", north);
    school(id, "rs-sued", "Realschule Südhang", south);
    planner = TestAccounts.create(organisation, "planner");
    schoolContact = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) SELECT ?, 'school-contact', id"
            + " FROM school WHERE organisation_id = ? AND code = 'gs-nord'",
        TestAccounts.idOf(schoolContact),
        id);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    hurtful = "Frau K. ist gemein " + tag;
    kind = List.of("Mehr Grün auf dem Hof " + tag, "Ein Trinkbrunnen " + tag);
    long questionnaire = TestResultWaves.questionnaire(organisation);
    earlier =
        TestResultWaves.closed(
            organisation, questionnaire, "gs-nord", LocalDate.now().minusYears(2), 10, List.of());
    TestResultWaves.respond(
        earlier, organisation, "rs-sued", LocalDate.now().minusYears(2), 6, List.of());
    TestResultWaves.computed(earlier);
    TestResultWaves.released(earlier);
    wave = TestResultWaves.inField(organisation, questionnaire);
    TestResultWaves.respond(
        wave,
        organisation,
        "gs-nord",
        LocalDate.now().minusDays(1),
        14,
        List.of(kind.get(0), hurtful, kind.get(1)));
    TestResultWaves.respond(
        wave, organisation, "rs-sued", LocalDate.now().minusDays(1), 3, List.of());
    journey = new Journey(base);
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void plannerClosesScreensReleasesAndReadsTheTrendThenTheSchoolReadsTheResults() throws Exception {
    journey.run(
        () -> {
          journey.signIn(planner);
          closeFieldNow();
          screenFreeTexts();
          releaseResults();
          readByAreaWithTrend();
          journey.signIn(schoolContact);
          schoolContactReadsReleasedResults();
        });
    assertThat(journey.barriers()).isEmpty();
  }

  void closeFieldNow() {
    journey.browser.get(base + "survey/field-period.xhtml?wave=" + wave.id());
    journey.checkAccessible("field period");
    journey.click("closeNowForm:closeNow");
    journey.confirm();
    journey.wait.until(
        d -> d.findElement(By.tagName("body")).getText().contains("Die Feldphase ist beendet"));
    journey.wait.until(
        d -> Database.count("SELECT COUNT(*) FROM wave_result WHERE wave_id = ?", wave.id()) == 1);
    assertThat(Database.text("SELECT state FROM survey_wave WHERE id = ?", wave.id()))
        .isEqualTo("CLOSED");
  }

  void screenFreeTexts() {
    journey.browser.get(base + "results/waves.xhtml");
    journey.checkAccessible("results list");
    journey.browser.findElement(By.linkText(wave.title())).click();
    journey.wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
    journey.browser.findElement(By.id("releaseForm:toScreening")).click();
    journey.wait.until(ExpectedConditions.urlContains("results/screening.xhtml"));
    assertThat(body()).contains("3 Freitexte, davon 0 geprüft und 3 offen");
    journey.checkAccessible("screening");

    rowOf(hurtful).findElement(By.cssSelector("button[id$=':withhold']")).click();
    Browser.awaitAjax(journey.browser);
    journey.wait.until(d -> body().contains("1 Freitexte zurückgehalten."));
    for (String text : kind) {
      rowOf(text).findElement(By.cssSelector(".ui-chkbox-box")).click();
    }
    journey.click("screeningForm:releaseSelected");
    journey.wait.until(d -> body().contains("2 Freitexte freigegeben."));
    assertThat(body()).contains("3 Freitexte, davon 3 geprüft und 0 offen");
  }

  void releaseResults() {
    journey.browser.findElement(By.id("toResults")).click();
    journey.wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
    assertThat(body())
        .contains(
            "Berechnet, noch nicht freigegeben",
            "Geltende Mindestgröße: Gruppen mit weniger als 5 Antworten");
    journey.click("releaseForm:release");
    journey.confirm();
    journey.wait.until(d -> body().contains("Die Ergebnisse sind freigegeben."));
    assertThat(body()).contains(kind.get(0), kind.get(1)).doesNotContain(hurtful);
  }

  void readByAreaWithTrend() {
    new Select(journey.browser.findElement(By.id("by"))).selectByValue("AREA");
    journey.browser.findElement(By.id("showBy")).click();
    journey.wait.until(ExpectedConditions.urlContains("by=AREA"));
    String page = body();
    assertThat(page)
        .contains("Nordstadt", "nicht ausgewiesen", "Entwicklung über die Befragungswellen")
        .contains(earlier.title(), wave.title());
    assertThat(journey.browser.findElements(By.cssSelector("table.result-table caption")))
        .isNotEmpty();
    assertThat(journey.browser.findElements(By.cssSelector("canvas"))).isNotEmpty();
    journey.checkAccessible("results by area");
  }

  void schoolContactReadsReleasedResults() {
    journey.browser.get(base + "results/waves.xhtml");
    journey.browser.findElement(By.linkText(wave.title())).click();
    journey.wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
    assertThat(body())
        .contains(TestResultWaves.Q1, kind.get(0), kind.get(1))
        .doesNotContain(hurtful, "Freitexte prüfen", "Ergebnisse freigeben");
    journey.checkAccessible("results for the school");
  }

  private WebElement rowOf(String text) {
    return journey.browser.findElement(
        By.xpath("//tr[.//span[contains(@class,'free-text') and text()='" + text + "']]"));
  }

  private String body() {
    return journey.browser.findElement(By.tagName("body")).getText();
  }

  private static long area(long organisation, String code, String name) {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, ?, ?)",
        organisation,
        code,
        name);
    return Database.count(
        "SELECT id FROM area WHERE organisation_id = ? AND code = ?", organisation, code);
  }

  private static void school(long organisation, String code, String name, long area) {
    long school = TestWaves.school(organisation, code, name);
    Database.update(
        "INSERT INTO school_area (school_id, area_id, valid_from) VALUES (?, ?, '2000-01-01')",
        school,
        area);
  }
}

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Released results as a school lives them, in Chromium, in an organisation of the test's own (two
 * schools in two areas, a wave closed, computed, its free texts screened and its results released
 * by the planning team): the school's contact finds the wave among the results and reads them with
 * the released texts only, and without the planners' tools. How the planner gets there (closing,
 * screening, releasing through the wave's process, the trend) is EvidenceJourneyIT's chain.
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
  private String schoolContact;
  private TestResultWaves.Wave wave;
  private String hurtful;
  private List<String> kind;

  @BeforeEach
  void organisationWithAReleasedWave() {
    String organisation = TestOrganisations.create();
    TestResultWaves.schoolsInTwoAreas(organisation);
    schoolContact = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) SELECT ?, 'school-contact', id"
            + " FROM school WHERE organisation_id = ? AND code = 'gs-nord'",
        TestAccounts.idOf(schoolContact),
        TestOrganisations.idOf(organisation));
    String tag = UUID.randomUUID().toString().substring(0, 6);
    hurtful = "Frau K. ist gemein " + tag;
    kind = List.of("Mehr Grün auf dem Hof " + tag, "Ein Trinkbrunnen " + tag);
    long questionnaire = TestResultWaves.questionnaire(organisation);
    wave =
        TestResultWaves.closed(
            organisation,
            questionnaire,
            "gs-nord",
            LocalDate.now().minusDays(1),
            14,
            List.of(kind.get(0), hurtful, kind.get(1)));
    TestResultWaves.respond(
        wave, organisation, "rs-sued", LocalDate.now().minusDays(1), 3, List.of());
    TestResultWaves.computed(wave);
    TestResultWaves.screened(wave, hurtful, "WITHHELD");
    kind.forEach(text -> TestResultWaves.screened(wave, text, "RELEASED"));
    TestResultWaves.released(wave);
    journey = new Journey(base);
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void theSchoolContactReadsTheReleasedResultsWithTheReleasedTextsOnly() throws Exception {
    journey.run(
        () -> {
          journey.signIn(schoolContact);
          journey.browser.get(base + "results/waves.xhtml");
          journey.browser.findElement(By.linkText(wave.title())).click();
          journey.wait.until(ExpectedConditions.urlContains("results/wave.xhtml"));
          assertThat(body())
              .contains(TestResultWaves.Q1, kind.get(0), kind.get(1))
              .doesNotContain(hurtful, "Freitexte prüfen", "Ergebnisse freigeben");
          journey.checkAccessible("results for the school");
        });
    assertThat(journey.barriers()).isEmpty();
  }

  private String body() {
    return journey.browser.findElement(By.tagName("body")).getText();
  }
}

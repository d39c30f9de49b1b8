package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results screens and API over HTTP: only released results leave the planning team. Before the
 * release the school contact and everyone else of the organisation find nothing (404, not even in
 * the list); the planner releases through the page (audited, once); then the staff of the
 * organisation read the aggregates (no screening, no release button), another organisation only
 * with a sharing grant for survey results.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultScreensIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private TestResultWaves.Wave wave;
  private String page;
  private String api;

  @BeforeEach
  void computedWave() {
    long questionnaire = TestResultWaves.questionnaire("lk-musterland");
    wave =
        TestResultWaves.closed(
            "lk-musterland",
            questionnaire,
            "igs-musterstadt",
            LocalDate.now().minusDays(2),
            15,
            List.of());
    TestResultWaves.computed(wave);
    page = "/results/wave.xhtml?wave=" + wave.id();
    api = "/api/results/waves/" + wave.id();
  }

  @Test
  void schoolContactSeesNothingBeforeTheReleaseAndOnlyAggregatesAfter() {
    PortalClient school = PortalClient.signedIn(base, "schule");
    assertThat(school.get(page).status()).isEqualTo(404);
    assertThat(school.get(api).status()).isEqualTo(404);
    assertThat(school.get("/results/waves.xhtml").body()).doesNotContain(wave.title());

    release();

    Page results = school.get(page);
    assertThat(results.status()).isEqualTo(200);
    assertThat(PageText.visible(results))
        .contains(TestResultWaves.Q1, "Freigegeben")
        .doesNotContain("Freitexte prüfen", "Ergebnisse freigeben", "Für das Planungsteam");
    assertThat(results.body())
        .as("the aggregated files, not the raw responses")
        .contains("/results/export/" + wave.id() + ".csv", "/results/export/" + wave.id() + ".pdf")
        .doesNotContain("-raw.csv");
    assertThat(school.get("/results/waves.xhtml").body()).contains(wave.title());
    Page json = school.get(api + "?by=SCHOOL");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body()).contains("\"released\":true", "\"by\":\"SCHOOL\"");
  }

  @Test
  void plannerReleasesOnceThroughThePageAndTheReleaseIsAudited() {
    Page released = release();
    assertThat(PageText.messages(released)).contains("Die Ergebnisse sind freigegeben.");
    assertThat(
            Database.text(
                "SELECT CONCAT(released_on = CURRENT_DATE, ' ', released_by) FROM wave_result"
                    + " WHERE wave_id = ?",
                wave.id()))
        .isEqualTo("1 planer");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'RESULTS_RELEASED' AND"
                    + " entity_id = ? AND actor = 'planer'",
                String.valueOf(wave.id())))
        .isEqualTo(1);

    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page again = planner.get(page);
    assertThat(again.body()).doesNotContain("releaseForm:release\"");
    assertThat(again.body()).contains("/results/export/" + wave.id() + "-raw.csv");
  }

  @Test
  void anotherOrganisationReadsReleasedResultsOnlyWithASharingGrant() {
    release();
    PortalClient town = PortalClient.signedIn(base, "planer.stadt");
    assertThat(town.get(page).status()).isEqualTo(404);
    assertThat(town.get(api).status()).isEqualTo(404);

    Database.update(
        "INSERT INTO sharing_grant (owner_organisation_id, grantee_organisation_id, scope,"
            + " scope_ref, granted_by, granted_at) SELECT o.id, g.id, 'SURVEY_RESULTS', ?,"
            + " 'admin', NOW() FROM organisation o, organisation g WHERE o.code = 'lk-musterland'"
            + " AND g.code = 'musterstadt'",
        wave.id());
    try {
      assertThat(town.get(page).status()).isEqualTo(200);
      assertThat(town.get(api).status()).isEqualTo(200);
      assertThat(town.get("/results/waves.xhtml").body()).contains(wave.title());
      assertThat(town.get("/results/screening.xhtml?wave=" + wave.id()).status())
          .as("a planner of another organisation screens nothing")
          .isEqualTo(404);
    } finally {
      Database.update(
          "UPDATE sharing_grant SET revoked_at = NOW(), revoked_by = 'admin' WHERE scope_ref = ?"
              + " AND scope = 'SURVEY_RESULTS'",
          wave.id());
    }
    assertThat(town.get(page).status()).as("revoked").isEqualTo(404);
  }

  @Test
  void suppressedCellsCarryNoNumberInTheApiAndSayWhyOnThePage() {
    release();
    PortalClient planner = PortalClient.signedIn(base, "planer");
    String json = planner.get(api + "?by=GRADE_BAND").body();
    // every suppressed cell is exactly key, label and the flag
    assertThat(json.split("\"suppressed\":true"))
        .allSatisfy(part -> assertThat(part).doesNotStartWith(",\"answered\""));
    assertThat(PageText.visible(planner.get(page)))
        .contains("Geltende Mindestgröße", "Schutz kleiner Gruppen");
  }

  private Page release() {
    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page form = planner.get(page);
    assertThat(form.body()).contains("releaseForm:release");
    return planner.ajax(
        form, page, "releaseForm", "releaseForm:release", "releaseForm", "releaseForm", Map.of());
  }
}

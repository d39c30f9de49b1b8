package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Free-text screening through its page, as the planner's browser posts it: each text withheld or
 * released one at a time or in bulk; what is released shows in the results for the whole wave, what
 * is withheld or still open nowhere but on the screening page; a tampered answer key changes
 * nothing; decisions keep only a day and the audit log only counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FreeTextScreeningIT {

  private static final String SCREENING = "/results/screening.xhtml?wave=";
  private static final Pattern ROW =
      Pattern.compile("(?s)<tr[^>]*data-ri=\"(\\d+)\"[^>]*data-rk=\"([0-9a-f]{64})\"(.*?)</tr>");
  private static final Pattern ROW_RK_FIRST =
      Pattern.compile("(?s)<tr[^>]*data-rk=\"([0-9a-f]{64})\"[^>]*data-ri=\"(\\d+)\"(.*?)</tr>");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private TestResultWaves.Wave wave;
  private String kind;
  private String rude;
  private String later;
  private String garden;

  @BeforeEach
  void closedWaveWithFourTexts() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    kind = "Mehr Bänke im Hof " + tag;
    rude = "Herr M. aus der 7a ist doof " + tag;
    later = "Längere Pausen " + tag;
    garden = "Ein Schulgarten " + tag;
    long questionnaire = TestResultWaves.questionnaire("lk-musterland");
    wave =
        TestResultWaves.closed(
            "lk-musterland",
            questionnaire,
            "igs-musterstadt",
            LocalDate.now().minusDays(3),
            12,
            List.of(kind, rude, later, garden));
    TestResultWaves.computed(wave);
  }

  @Test
  void withheldAndOpenTextsNeverReachTheResultsReleasedOnesDo() {
    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page page = planner.get(SCREENING + wave.id());
    assertThat(page.status()).isEqualTo(200);
    assertThat(PageText.visible(page))
        .contains("4 Freitexte, davon 0 geprüft und 4 offen")
        .contains(kind, rude, later, garden);
    Map<String, String[]> rows = rows(page);

    Page withheld =
        planner.ajax(
            page,
            SCREENING + wave.id(),
            "screeningForm",
            "screeningForm:answers:" + rows.get(rude)[0] + ":withhold",
            "screeningForm",
            "screeningForm",
            Map.of());
    assertThat(PageText.messages(withheld)).contains("1 Freitexte zurückgehalten.");
    Page released =
        planner.ajax(
            page,
            SCREENING + wave.id(),
            "screeningForm",
            "screeningForm:releaseSelected",
            "screeningForm",
            "screeningForm",
            Map.of(
                "screeningForm:answers_selection", rows.get(kind)[1] + "," + rows.get(garden)[1]));
    assertThat(PageText.messages(released)).contains("2 Freitexte freigegeben.");
    assertThat(PageText.visible(released)).contains("4 Freitexte, davon 3 geprüft und 1 offen");

    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(a.answer_value, '=', s.decision ORDER BY a.answer_value"
                    + " SEPARATOR '|') FROM free_text_screening s JOIN survey_answer a"
                    + " ON a.response_id = s.response_id AND a.question_key = s.question_key"
                    + " WHERE s.wave_id = ?",
                wave.id()))
        .isEqualTo(
            String.join(
                "|",
                List.of(garden + "=RELEASED", rude + "=WITHHELD", kind + "=RELEASED").stream()
                    .sorted()
                    .toList()));

    // the results of the planning team and, once released, of everyone show only released texts
    String results = PageText.visible(planner.get("/results/wave.xhtml?wave=" + wave.id()));
    assertThat(results).contains(kind, garden).doesNotContain(rude, later);
    String json = planner.get("/api/results/waves/" + wave.id()).body();
    assertThat(json).contains(kind, garden).doesNotContain(rude, later);
    TestResultWaves.released(wave);
    PortalClient school = PortalClient.signedIn(base, "schule");
    String schoolResults = PageText.visible(school.get("/results/wave.xhtml?wave=" + wave.id()));
    assertThat(schoolResults).contains(kind, garden).doesNotContain(rude, later);
    assertThat(school.get(SCREENING + wave.id()).status())
        .as("screening is the planning team's")
        .isEqualTo(403);
  }

  @Test
  void decisionsKeepADayAndTheAuditLogOnlyCountsPerWave() {
    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page page = planner.get(SCREENING + wave.id());
    Map<String, String[]> rows = rows(page);
    planner.ajax(
        page,
        SCREENING + wave.id(),
        "screeningForm",
        "screeningForm:answers:" + rows.get(later)[0] + ":release",
        "screeningForm",
        "screeningForm",
        Map.of());

    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(COLUMN_NAME, ':', DATA_TYPE ORDER BY COLUMN_NAME) FROM"
                    + " information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND"
                    + " TABLE_NAME = 'free_text_screening' AND DATA_TYPE IN ('datetime',"
                    + " 'timestamp', 'time', 'date')"))
        .as("no time finer than a day on anything tied to a response")
        .isEqualTo("decided_on:date");
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(action, ' ', entity_type, ' ', entity_id, ' ', summary)"
                    + " FROM audit_event WHERE entity_type = 'SurveyWave' AND entity_id = ?"
                    + " AND action LIKE 'FREE_TEXT%'",
                String.valueOf(wave.id())))
        .isEqualTo(
            "FREE_TEXT_RELEASED SurveyWave "
                + wave.id()
                + " 1 Freitextantworten der Befragung „"
                + wave.title()
                + "“ freigegeben");
  }

  @Test
  void tamperedOrForeignAnswerKeysAreRefusedAndChangeNothing() {
    TestResultWaves.Wave other =
        TestResultWaves.closed(
            "lk-musterland",
            wave.questionnaireId(),
            "igs-musterstadt",
            LocalDate.now().minusDays(40),
            6,
            List.of("Fremder Text " + UUID.randomUUID()));
    PortalClient planner = PortalClient.signedIn(base, "planer");
    String foreignKey = rows(planner.get(SCREENING + other.id())).values().iterator().next()[1];
    Page page = planner.get(SCREENING + wave.id());
    String ownKey = rows(page).get(kind)[1];
    List<String> before = Database.snapshot("free_text_screening");
    long audit = Database.count("SELECT COUNT(*) FROM audit_event");

    for (String selection :
        List.of(
            ownKey + "," + foreignKey,
            ownKey + "," + "0".repeat(64),
            ownKey + ",' OR 1=1 --",
            "")) {
      Page answer =
          planner.ajax(
              page,
              SCREENING + wave.id(),
              "screeningForm",
              "screeningForm:releaseSelected",
              "screeningForm",
              "screeningForm",
              Map.of("screeningForm:answers_selection", selection));
      assertThat(answer.status()).as(selection).isEqualTo(200);
      assertThat(PageText.messages(answer))
          .as(selection)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .containsAnyOf(
                          "gehört nicht zu dieser Befragung", "mindestens einen Freitext"));
      assertThat(answer.body()).doesNotContain("Fehlernummer");
    }
    assertThat(Database.snapshot("free_text_screening")).isEqualTo(before);
    assertThat(Database.count("SELECT COUNT(*) FROM audit_event")).isEqualTo(audit);
  }

  /** Answer text → {row index, row key} of the screening table as rendered. */
  private static Map<String, String[]> rows(Page page) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    collect(ROW.matcher(page.body()), rows, 1, 2);
    collect(ROW_RK_FIRST.matcher(page.body()), rows, 2, 1);
    assertThat(rows).as("rows of the screening table").isNotEmpty();
    return rows;
  }

  private static void collect(Matcher m, Map<String, String[]> rows, int index, int key) {
    while (m.find()) {
      Matcher text = Pattern.compile("class=\"free-text\">([^<]*)<").matcher(m.group(3));
      if (text.find()) {
        rows.put(PageText.unescape(text.group(1)), new String[] {m.group(index), m.group(key)});
      }
    }
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import de.planungsportal.it.ResultsFixture.Respondent;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.NoSuchResultException;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAtoms;
import de.planungsportal.results.ResultCell;
import de.planungsportal.results.ResultService;
import de.planungsportal.results.SurveyResults;
import de.planungsportal.results.Trend;
import de.planungsportal.survey.SurveyOutbox;
import de.planungsportal.survey.field.FieldPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A wave's results on the real database: the counts, percentages, means and medians of each kind of
 * question, computed at the hand-over (which first empties the outbox) or on the first read of a
 * wave closed before; and the differencing attacks on the small-group rule: overlapping filters,
 * totals minus the shown parts, a breakdown against another, and a trend over waves of which one is
 * small. Each test works in an organisation of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyResultsIT {

  private static final Locale DE = Locale.GERMAN;
  private static final List<Breakdown> BREAKDOWNS =
      List.of(Breakdown.SCHOOL, Breakdown.AREA, Breakdown.GRADE_BAND, Breakdown.LANGUAGE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SurveyResultsIT.class, ResultsFixture.class);
  }

  @Inject SurveyResults results;
  @Inject ResultService service;
  @Inject ResultAtoms atoms;
  @Inject FieldPhase phase;
  @Inject ResultsFixture fixture;
  @Inject SurveyOutbox outbox;

  @Test
  void theHandOverStoresTheOutboxAndCountsEachKindOfQuestion() {
    long org = fixture.organisation(3);
    long nord = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    long sued = fixture.area(org, "sued", "Südstadt", LocalDate.of(2000, 1, 1));
    long a = fixture.school(org, "a", "Schule A");
    long b = fixture.school(org, "b", "Schule B");
    long version = fixture.version(fixture.questionnaire(org, "Jugendbefragung"), 1);
    long wave = fixture.wave(org, version, "Welle 1", LocalDate.now().minusDays(1), "CLOSED");
    Respondent inA = new Respondent(a, nord, "7-8", "de");
    Respondent inB = new Respondent(b, sued, "9-10", "de");
    String[] feelA = {"5", "5", "4", "4", "2", "1"};
    String[] ageA = {"12", "13", "13", "14", "14", "15"};
    for (int i = 0; i < 6; i++) {
      Map<String, String> answers = new LinkedHashMap<>();
      answers.put("feel", feelA[i]);
      answers.put("way", i < 4 ? "bus" : "bike");
      answers.put("sports", i < 3 ? "a,b" : "c");
      answers.put("climate.safe", "4");
      answers.put("age", ageA[i]);
      answers.put("club", "yes");
      answers.put("wish", "Mehr Busse, bitte " + i);
      if (i < 2) {
        fixture.submit(wave, inA, answers); // still in the outbox when the field closes
      } else {
        fixture.respond(wave, inA, answers);
      }
    }
    for (int i = 0; i < 6; i++) {
      fixture.respond(
          wave,
          inB,
          Map.of(
              "feel", "3",
              "way", "foot",
              "sports", "a",
              "climate.safe", "4",
              "age", "15",
              "club", i < 2 ? "yes" : "no"));
    }

    phase.handOver(wave);

    assertThat(fixture.count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?1", wave))
        .isZero();
    assertThat(fixture.count("SELECT respondents FROM wave_result WHERE wave_id = ?1", wave))
        .isEqualTo(12);
    assertThat(
            fixture.count(
                "SELECT COUNT(*) FROM result_atom WHERE wave_id = ?1 AND question_key = 'wish'",
                wave))
        .as("free text is never aggregated")
        .isZero();
    assertThat(results.minCell(wave)).isEqualTo(3);

    List<QuestionResult> all = results.wave(wave, Breakdown.TOTAL, DE);
    assertThat(all)
        .extracting(QuestionResult::questionKey)
        .containsExactly("feel", "way", "sports", "climate.safe", "climate.heard", "age", "club");

    ResultCell feel = results.question(wave, "feel", Breakdown.TOTAL, DE).total();
    assertThat(feel.answered()).isEqualTo(12);
    assertThat(counts(feel)).containsExactly(1L, 1L, 6L, 2L, 2L);
    assertThat(feel.options().get(0).label()).isEqualTo("1 – gar nicht");
    assertThat(feel.mean()).isCloseTo(39.0 / 12, within(1e-9));
    assertThat(feel.median()).isEqualTo(3.0);

    ResultCell way = results.question(wave, "way", Breakdown.TOTAL, DE).total();
    assertThat(way.options())
        .extracting(OptionFigure::key, OptionFigure::label, OptionFigure::count)
        .containsExactly(
            tuple("bus", "mit dem Bus", 4L),
            tuple("bike", "mit dem Rad", 2L),
            tuple("foot", "zu Fuß", 6L));
    assertThat(way.options().get(2).percent()).isCloseTo(50.0, within(1e-9));
    assertThat(way.mean()).isNull();

    ResultCell sports = results.question(wave, "sports", Breakdown.TOTAL, DE).total();
    assertThat(sports.answered()).isEqualTo(12);
    assertThat(counts(sports)).containsExactly(9L, 3L, 3L);
    assertThat(sports.options().get(0).percent()).isCloseTo(75.0, within(1e-9));

    QuestionResult safe = results.question(wave, "climate.safe", Breakdown.TOTAL, DE);
    assertThat(safe.text()).isEqualTo("Wie ist es in der Klasse? – Ich fühle mich sicher.");
    assertThat(safe.total().mean()).isEqualTo(4.0);
    assertThat(results.question(wave, "climate.heard", Breakdown.TOTAL, DE).total().suppressed())
        .as("nobody answered it")
        .isTrue();

    ResultCell age = results.question(wave, "age", Breakdown.TOTAL, DE).total();
    assertThat(age.mean()).isCloseTo(171.0 / 12, within(1e-9));
    assertThat(age.median()).isEqualTo(15.0);
    assertThat(age.options()).extracting(OptionFigure::key).containsExactly("12", "13", "14", "15");

    ResultCell club = results.question(wave, "club", Breakdown.TOTAL, DE).total();
    assertThat(club.options())
        .extracting(OptionFigure::label, OptionFigure::count)
        .containsExactly(tuple("Ja", 8L), tuple("Nein", 4L));

    QuestionResult feelBySchool = results.question(wave, "feel", Breakdown.SCHOOL, DE);
    assertThat(feelBySchool.groups())
        .extracting(ResultCell::groupLabel, ResultCell::answered)
        .containsExactly(tuple("Schule A", 6L), tuple("Schule B", 6L));
    assertThat(feelBySchool.groups().get(0).mean()).isEqualTo(3.5);
    assertThat(results.question(wave, "feel", Breakdown.AREA, DE).groups())
        .extracting(ResultCell::groupLabel)
        .containsExactly("Nordstadt", "Südstadt");
    assertThat(results.question(wave, "feel", Breakdown.GRADE_BAND, Locale.ENGLISH).groups())
        .extracting(ResultCell::groupLabel)
        .containsExactly("Grades 7-8", "Grades 9-10");

    QuestionResult english = results.question(wave, "way", Breakdown.LANGUAGE, Locale.ENGLISH);
    assertThat(english.text()).as("no English text: German").isEqualTo("Wie kommst du zur Schule?");
    assertThat(english.total().options().get(0).label()).isEqualTo("by bus");
    assertThat(english.groups()).extracting(ResultCell::groupLabel).containsExactly("German");

    assertThatThrownBy(() -> results.question(wave, "wish", Breakdown.TOTAL, DE))
        .isInstanceOf(NoSuchResultException.class);
  }

  @Test
  void theOutboxIsEmptiedAlsoFromAThreadOutsideTheApplication() throws Exception {
    long org = fixture.organisation(5);
    long school = fixture.school(org, "a", "Schule A");
    long version = fixture.version(fixture.questionnaire(org, "Jugendbefragung"), 1);
    long wave = fixture.wave(org, version, "Welle", LocalDate.now().minusDays(1), "CLOSED");
    fixture.submit(wave, new Respondent(school, null, "7-8", "de"), Map.of("feel", "3"));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // like the engine's job executor: a thread whose context class loader is the engine's library
    Thread thread =
        new Thread(
            () -> {
              try {
                outbox.moveAll();
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    thread.setContextClassLoader(ProcessEngine.class.getClassLoader());
    thread.start();
    thread.join();

    assertThat(failure.get()).isNull();
    assertThat(fixture.count("SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?1", wave))
        .isZero();
    assertThat(fixture.count("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1", wave))
        .isEqualTo(1);
  }

  @Test
  void aWaveClosedBeforeResultsIsComputedOnFirstReadAndKeptAfterRetention() {
    long org = fixture.organisation(5);
    long school = fixture.school(org, "a", "Schule A");
    long version = fixture.version(fixture.questionnaire(org, "Jugendbefragung"), 1);
    long wave = fixture.wave(org, version, "Alte Welle", LocalDate.now().minusYears(1), "CLOSED");
    for (int i = 0; i < 7; i++) {
      fixture.respond(
          wave, new Respondent(school, null, "7-8", "de"), Map.of("feel", i < 3 ? "2" : "4"));
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM wave_result WHERE wave_id = ?1", wave)).isZero();

    ResultCell first = results.question(wave, "feel", Breakdown.TOTAL, DE).total();

    assertThat(first.answered()).isEqualTo(7);
    assertThat(fixture.count("SELECT respondents FROM wave_result WHERE wave_id = ?1", wave))
        .isEqualTo(7);
    assertThat(results.question(wave, "feel", Breakdown.AREA, DE).groups())
        .extracting(ResultCell::groupLabel)
        .containsExactly("ohne Gebiet");

    fixture.update("DELETE FROM survey_response WHERE wave_id = ?1", wave); // retention
    atoms.refresh(wave);

    assertThat(results.question(wave, "feel", Breakdown.TOTAL, DE).total()).isEqualTo(first);
  }

  @Test
  void noDifferenceOfShownFiguresRevealsAGroupBelowTheThreshold() {
    long org = fixture.organisation(5);
    long nord = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    long sued = fixture.area(org, "sued", "Südstadt", LocalDate.of(2000, 1, 1));
    long s1 = fixture.school(org, "s1", "Schule 1");
    long s2 = fixture.school(org, "s2", "Schule 2");
    long s3 = fixture.school(org, "s3", "Schule 3");
    long s4 = fixture.school(org, "s4", "Schule 4");
    long version = fixture.version(fixture.questionnaire(org, "Jugendbefragung"), 1);
    long wave = fixture.wave(org, version, "Welle", LocalDate.now().minusDays(1), "CLOSED");
    // s2 (3) lies in Nordstadt with s1 (20): Nordstadt - s1 = s2; all 4 Turkish answers in s3;
    // the one grade-13 class of s4 has 2; s4 has 7 in all.
    List<Respondent> respondents = new ArrayList<>();
    add(respondents, 14, new Respondent(s1, nord, "7-8", "de"));
    add(respondents, 6, new Respondent(s1, nord, "9-10", "en"));
    add(respondents, 3, new Respondent(s2, nord, "9-10", "de"));
    add(respondents, 8, new Respondent(s3, sued, "7-8", "de"));
    add(respondents, 4, new Respondent(s3, sued, "7-8", "tr"));
    add(respondents, 5, new Respondent(s4, sued, "9-10", "de"));
    add(respondents, 2, new Respondent(s4, sued, "13", "de"));
    for (int i = 0; i < respondents.size(); i++) {
      fixture.respond(
          wave,
          respondents.get(i),
          Map.of("feel", String.valueOf(1 + i % 5), "way", i % 2 == 0 ? "bus" : "foot"));
    }
    phase.handOver(wave);

    for (String question : List.of("feel", "way")) {
      Map<Breakdown, QuestionResult> views = new HashMap<>();
      for (Breakdown by : BREAKDOWNS) {
        views.put(by, results.question(wave, question, by, DE));
      }
      ResultCell total = views.get(Breakdown.SCHOOL).total();
      assertThat(total.answered()).isEqualTo(42);
      for (Breakdown by : BREAKDOWNS) {
        List<ResultCell> groups = views.get(by).groups();
        long shown = 0;
        for (ResultCell cell : groups) {
          if (cell.suppressed()) {
            assertThat(cell.answered()).isNull();
            assertThat(cell.options()).isEmpty();
            assertThat(cell.mean()).isNull();
          } else {
            assertThat(cell.answered())
                .as("%s %s", by, cell.groupLabel())
                .isGreaterThanOrEqualTo(5);
            shown += cell.answered();
          }
        }
        long rest = total.answered() - shown;
        assertThat(rest).as("%s: total minus the shown groups", by).matches(n -> n == 0 || n >= 5);
      }
      // the attacker's finest reach: respondents cut by shown group or rest of every breakdown
      Map<String, Long> pieces = new HashMap<>();
      for (Respondent r : respondents) {
        String piece =
            blockOf(views, Breakdown.SCHOOL, String.valueOf(r.school()))
                + "|"
                + blockOf(views, Breakdown.AREA, String.valueOf(r.area()))
                + "|"
                + blockOf(views, Breakdown.GRADE_BAND, r.gradeBand())
                + "|"
                + blockOf(views, Breakdown.LANGUAGE, r.language());
        pieces.merge(piece, 1L, Long::sum);
      }
      assertThat(pieces.values()).as("pieces %s", pieces).allMatch(n -> n >= 5);
      // the attacks named: the small school, Nordstadt minus school 1, Turkish within school 3,
      // grade 13
      assertThat(shown(views, Breakdown.SCHOOL, s2)).isFalse();
      assertThat(shown(views, Breakdown.AREA, nord) && shown(views, Breakdown.SCHOOL, s1))
          .as("Nordstadt and school 1 together give school 2")
          .isFalse();
      assertThat(shown(views, Breakdown.LANGUAGE, "tr")).isFalse();
      assertThat(shown(views, Breakdown.GRADE_BAND, "13")).isFalse();
    }
  }

  @Test
  void aTrendComparesWavesByAreaCodeAndShowsTheSmallWaveAsSuppressed() {
    long org = fixture.organisation(5);
    long nordOld = fixture.area(org, "nord", "Nordstadt", LocalDate.of(2000, 1, 1));
    long nordNew = fixture.area(org, "nord", "Nordstadt (neu)", LocalDate.of(2024, 1, 1));
    long s1 = fixture.school(org, "s1", "Schule 1");
    long s2 = fixture.school(org, "s2", "Schule 2");
    long questionnaire = fixture.questionnaire(org, "Jugendbefragung");
    long v1 = fixture.version(questionnaire, 1);
    long v2 = fixture.version(questionnaire, 2);
    long first = fixture.wave(org, v1, "Welle 2023", LocalDate.now().minusYears(3), "CLOSED");
    long second = fixture.wave(org, v2, "Welle 2025", LocalDate.now().minusYears(1), "CLOSED");
    long small = fixture.wave(org, v2, "Nachbefragung", LocalDate.now().minusDays(2), "CLOSED");
    long open = fixture.wave(org, v2, "Welle 2027", LocalDate.now().plusDays(30), "IN_FIELD");
    for (int i = 0; i < 10; i++) {
      fixture.respond(first, new Respondent(s1, nordOld, "7-8", "de"), Map.of("feel", "2"));
      fixture.respond(second, new Respondent(s1, nordNew, "7-8", "de"), Map.of("feel", "4"));
      fixture.respond(second, new Respondent(s2, nordNew, "9-10", "de"), Map.of("feel", "5"));
      fixture.respond(open, new Respondent(s1, nordNew, "7-8", "de"), Map.of("feel", "1"));
    }
    for (int i = 0; i < 4; i++) {
      fixture.respond(small, new Respondent(s1, nordNew, "7-8", "de"), Map.of("feel", "1"));
    }

    Trend total = results.trend(small, "feel", Breakdown.TOTAL, DE);

    assertThat(total.series()).hasSize(1);
    List<Trend.Point> points = total.series().get(0).points();
    assertThat(points)
        .extracting(Trend.Point::waveTitle)
        .as("oldest first, no wave in the field")
        .containsExactly("Welle 2023", "Welle 2025", "Nachbefragung");
    assertThat(points.get(0).cell().mean()).isEqualTo(2.0);
    assertThat(points.get(1).cell().answered()).isEqualTo(20);
    assertThat(points.get(2).cell().suppressed()).isTrue();
    assertThat(points.get(2).cell().answered()).isNull();

    Trend byArea = results.trend(small, "feel", Breakdown.AREA, DE);
    assertThat(byArea.series()).extracting(Trend.Series::groupKey).containsExactly("nord");
    List<Trend.Point> nord = byArea.series().get(0).points();
    assertThat(nord.get(0).cell().groupKey()).isEqualTo(String.valueOf(nordOld));
    assertThat(nord.get(1).cell().groupKey()).isEqualTo(String.valueOf(nordNew));
    assertThat(nord.get(0).cell().answered()).isEqualTo(10);
    assertThat(nord.get(1).cell().answered()).isEqualTo(20);
    assertThat(nord.get(2).cell().suppressed()).isTrue();

    Trend bySchool = results.trend(second, "feel", Breakdown.SCHOOL, DE);
    assertThat(bySchool.series())
        .extracting(Trend.Series::groupLabel)
        .containsExactly("Schule 1", "Schule 2");
    Trend.Series school2 = bySchool.series().get(1);
    assertThat(school2.points()).hasSize(2);
    assertThat(school2.points().get(0).cell().suppressed()).as("no answers in 2023").isTrue();
    assertThat(school2.points().get(1).cell().mean()).isEqualTo(5.0);

    // the small wave on its own shows nothing either way, whatever the other waves show
    QuestionResult alone = results.question(small, "feel", Breakdown.SCHOOL, DE);
    assertThat(alone.total().suppressed()).isTrue();
    assertThat(alone.groups()).allMatch(ResultCell::suppressed);
    // readers who may see only the newest wave do not get the earlier ones
    assertThat(
            service
                .trend(small, "feel", Breakdown.TOTAL, DE, w -> w == small)
                .series()
                .get(0)
                .points())
        .extracting(Trend.Point::waveId)
        .containsExactly(small);
  }

  @Test
  void theDemoWavesHaveResultsToCompare() {
    long demo2025 =
        fixture.count(
            "SELECT w.id FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id"
                + " WHERE o.demo AND w.title = 'Jugendbefragung Musterland 2025'");
    long demo2027 =
        fixture.count(
            "SELECT w.id FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id"
                + " WHERE o.demo AND w.title = 'Jugendbefragung Musterland 2027'");

    QuestionResult feel = results.question(demo2025, "school-feel", Breakdown.SCHOOL, DE);

    assertThat(feel.total().answered()).isEqualTo(90);
    assertThat(feel.groups()).hasSize(3).noneMatch(ResultCell::suppressed);
    assertThat(
            fixture.count(
                "SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1"
                    + " AND submitted_on < (SELECT field_start + INTERVAL 7 DAY FROM survey_wave"
                    + " WHERE id = ?1)",
                demo2027))
        .isEqualTo(120);
    assertThat(
            fixture.count(
                "SELECT COUNT(DISTINCT r.school_id) FROM survey_response r WHERE r.wave_id = ?1",
                demo2027))
        .isGreaterThanOrEqualTo(3);
    assertThat(
            fixture.count(
                "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id ="
                    + " a.response_id WHERE r.wave_id = ?1 AND a.question_key = 'wish'",
                demo2027))
        .isEqualTo(20);
  }

  private static void add(List<Respondent> respondents, int count, Respondent respondent) {
    for (int i = 0; i < count; i++) {
      respondents.add(respondent);
    }
  }

  private static boolean shown(Map<Breakdown, QuestionResult> views, Breakdown by, Object key) {
    return views.get(by).groups().stream()
        .anyMatch(c -> c.groupKey().equals(String.valueOf(key)) && !c.suppressed());
  }

  private static String blockOf(Map<Breakdown, QuestionResult> views, Breakdown by, String key) {
    String group = "null".equals(key) ? "none" : key;
    return shown(views, by, group) ? group : "REST";
  }

  private static List<Long> counts(ResultCell cell) {
    return cell.options().stream().map(OptionFigure::count).collect(Collectors.toList());
  }
}

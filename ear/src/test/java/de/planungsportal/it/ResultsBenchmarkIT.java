package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.results.Breakdown;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAtoms;
import de.planungsportal.results.SurveyResults;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures, not a test of speed: a closed wave with 100,000 responses to 20 questions (19 with
 * figures, one free text): how long computing its aggregates takes, and each breakdown of the whole
 * wave and of one question, read and suppressed, with the query plans. Printed to the server's
 * console (lines starting with "BENCHMARK"). Left out of verify; run on demand:
 *
 * <pre>
 * flock /tmp/pp-server.lock ./mvnw -o verify -Dit.oidc.skip=true -Dit.test=ResultsBenchmarkIT \
 *     -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class ResultsBenchmarkIT {

  private static final int RESPONSES = 100_000;
  private static final int SCHOOLS = 24;
  private static final int RUNS = 5;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(ResultsBenchmarkIT.class, ResultsFixture.class);
  }

  @Inject ResultsFixture fixture;
  @Inject ResultAtoms atoms;
  @Inject SurveyResults results;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  /** Printed as they come, so a later failure keeps the earlier figures. */
  private final List<String> figures =
      new ArrayList<>() {
        @Override
        public boolean add(String figure) {
          System.out.println("BENCHMARK " + figure);
          return super.add(figure);
        }
      };

  @Test
  void figuresForAHundredThousandResponsesToTwentyQuestions() throws Exception {
    long org = fixture.organisation(5);
    long[] areas = new long[6];
    for (int i = 0; i < areas.length; i++) {
      areas[i] = fixture.area(org, "g" + i, "Gemeinde " + i, LocalDate.of(2000, 1, 1));
    }
    long[] schools = new long[SCHOOLS];
    for (int i = 0; i < SCHOOLS; i++) {
      schools[i] = fixture.school(org, "s" + i, "Schule " + i);
    }
    long version = benchmarkVersion(fixture.questionnaire(org, "Große Befragung"));
    long wave = fixture.wave(org, version, "Große Welle", LocalDate.now().minusDays(1), "CLOSED");

    long started = System.nanoTime();
    insertResponses(wave, schools, areas);
    long inserted = System.nanoTime();
    figures.add(
        String.format(
            Locale.ROOT,
            "insert %d responses, %d answers: %.1f s",
            RESPONSES,
            count(
                "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id ="
                    + " a.response_id WHERE r.wave_id = "
                    + wave),
            (inserted - started) / 1e9));

    long refreshStart = System.nanoTime();
    long respondents = atoms.refresh(wave);
    long refreshed = System.nanoTime();
    assertThat(respondents).isEqualTo(RESPONSES);
    long atomRows = count("SELECT COUNT(*) FROM result_atom WHERE wave_id = " + wave);
    figures.add(
        String.format(
            Locale.ROOT,
            "refresh (delete + INSERT ... SELECT ... GROUP BY + wave_result): %.2f s, %d atom rows",
            (refreshed - refreshStart) / 1e9,
            atomRows));

    for (Breakdown by : Breakdown.values()) {
      long[] whole = new long[RUNS];
      long[] one = new long[RUNS];
      List<QuestionResult> last = null;
      for (int run = 0; run < RUNS; run++) {
        long t0 = System.nanoTime();
        last = results.wave(wave, by, Locale.GERMAN);
        long t1 = System.nanoTime();
        results.question(wave, "q01", by, Locale.GERMAN);
        long t2 = System.nanoTime();
        whole[run] = t1 - t0;
        one[run] = t2 - t1;
      }
      assertThat(last).hasSize(19);
      long suppressed =
          last.stream().flatMap(q -> q.groups().stream()).filter(c -> c.suppressed()).count();
      figures.add(
          String.format(
              Locale.ROOT,
              "%-10s whole wave (19 questions): median %d ms, max %d ms; one question: median %d"
                  + " ms, max %d ms; %d suppressed cells",
              by,
              median(whole),
              max(whole),
              median(one),
              max(one),
              suppressed));
    }

    figures.add("EXPLAIN of the atom query (refresh):");
    explain(
        "EXPLAIN SELECT r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band,"
            + " r.language, a.answer_value, COUNT(*)"
            + " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id"
            + " WHERE r.wave_id = "
            + wave
            + " AND a.question_key NOT IN (SELECT q.question_key FROM q_question q"
            + " JOIN survey_wave w ON w.questionnaire_version_id = q.version_id"
            + " WHERE w.id = "
            + wave
            + " AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT'))"
            + " GROUP BY r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band,"
            + " r.language, a.answer_value");
    figures.add("EXPLAIN of the read of one question:");
    explain(
        "EXPLAIN SELECT question_key, school_id, area_id, grade_band, language, answer_value,"
            + " respondents FROM result_atom WHERE wave_id = "
            + wave
            + " AND question_key = 'q01'");
  }

  /**
   * 20 questions: q01-q10 and q20 rating, q11-q14 single choice (5 options), q15-q16 multiple
   * choice (4 options), q17 yes/no, q18 number, q19 long text.
   */
  private long benchmarkVersion(long questionnaire) throws Exception {
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO questionnaire_version (questionnaire_id, number, state)"
                + " VALUES (?1, 1, 'FROZEN')")
        .setParameter(1, questionnaire)
        .executeUpdate();
    long version = lastId();
    em.createNativeQuery(
            "INSERT INTO q_section (version_id, position, section_key) VALUES (?1, 1, 'main')")
        .setParameter(1, version)
        .executeUpdate();
    long section = lastId();
    for (int i = 1; i <= 20; i++) {
      String kind =
          i <= 10 || i == 20
              ? "RATING"
              : i <= 14
                  ? "SINGLE_CHOICE"
                  : i <= 16
                      ? "MULTIPLE_CHOICE"
                      : i == 17 ? "YES_NO" : i == 18 ? "NUMBER" : "LONG_TEXT";
      em.createNativeQuery(
              "INSERT INTO q_question (version_id, section_id, position, question_key, kind)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, version)
          .setParameter(2, section)
          .setParameter(3, i)
          .setParameter(4, key(i))
          .setParameter(5, kind)
          .executeUpdate();
      em.createNativeQuery(
              "INSERT INTO q_text (version_id, variant, language, element, text)"
                  + " VALUES (?1, 'STANDARD', 'de', ?2, ?3)")
          .setParameter(1, version)
          .setParameter(2, "q:" + key(i))
          .setParameter(3, "Frage " + i)
          .executeUpdate();
      if ("SINGLE_CHOICE".equals(kind) || "MULTIPLE_CHOICE".equals(kind)) {
        for (int o = 1; o <= 5; o++) {
          em.createNativeQuery(
                  "INSERT INTO q_option (question_id, position, option_key)"
                      + " SELECT id, ?1, ?2 FROM q_question WHERE version_id = ?3"
                      + " AND question_key = ?4")
              .setParameter(1, o)
              .setParameter(2, "o" + o)
              .setParameter(3, version)
              .setParameter(4, key(i))
              .executeUpdate();
        }
      }
    }
    tx.commit();
    return version;
  }

  /**
   * Responses by INSERT ... SELECT from a sequence: 24 schools in 6 areas, three grade bands,
   * German mostly, some English, Turkish and Arabic, and a few Ukrainian (a small group).
   */
  private void insertResponses(long wave, long[] schools, long[] areas) throws Exception {
    tx.begin();
    em.createNativeQuery(
            "CREATE TEMPORARY TABLE bench_school (n INT PRIMARY KEY, school_id BIGINT,"
                + " area_id BIGINT)")
        .executeUpdate();
    for (int i = 0; i < schools.length; i++) {
      em.createNativeQuery("INSERT INTO bench_school VALUES (?1, ?2, ?3)")
          .setParameter(1, i)
          .setParameter(2, schools[i])
          .setParameter(3, areas[i % areas.length])
          .executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
                + " submitted_on)"
                + " SELECT UUID(), ?1, b.school_id, b.area_id,"
                + " ELT(1 + s.seq % 3, '5-6', '7-8', '9-10'),"
                + " CASE WHEN s.seq % 25000 = 7 THEN 'uk' WHEN s.seq % 10 = 1 THEN 'en'"
                + " WHEN s.seq % 10 = 2 THEN 'tr' WHEN s.seq % 20 = 3 THEN 'ar' ELSE 'de' END,"
                + " CURRENT_DATE - INTERVAL 3 DAY"
                + " FROM seq_1_to_100000 s JOIN bench_school b ON b.n = (s.seq DIV 7) % "
                + schools.length)
        .setParameter(1, wave)
        .executeUpdate();
    em.createNativeQuery("DROP TEMPORARY TABLE bench_school").executeUpdate();
    tx.commit();
    // answers question by question, each in its own transaction (a 2-million-row one is slow)
    for (int i = 1; i <= 20; i++) {
      String value =
          i <= 10 || i == 20
              ? "CAST(1 + FLOOR(RAND() * 5) AS CHAR)"
              : i <= 14
                  ? "CONCAT('o', 1 + FLOOR(RAND() * 5))"
                  : i <= 16
                      ? "ELT(1 + FLOOR(RAND() * 4), 'o1', 'o1,o2', 'o2,o4', 'o3')"
                      : i == 17
                          ? "IF(RAND() < 0.4, 'yes', 'no')"
                          : i == 18 ? "CAST(10 + FLOOR(RAND() * 10) AS CHAR)" : "'Mehr Busse'";
      tx.begin();
      em.createNativeQuery(
              "INSERT INTO survey_answer (response_id, question_key, answer_value)"
                  + " SELECT id, ?1, "
                  + value
                  + " FROM survey_response WHERE wave_id = ?2")
          .setParameter(1, key(i))
          .setParameter(2, wave)
          .executeUpdate();
      tx.commit();
    }
  }

  private void explain(String sql) throws Exception {
    tx.begin();
    for (Object row : em.createNativeQuery(sql).getResultList()) {
      figures.add(
          "  "
              + (row instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(row)));
    }
    tx.commit();
  }

  private long count(String sql) throws Exception {
    tx.begin();
    long count = ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    tx.commit();
    return count;
  }

  private long lastId() {
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  private static String key(int i) {
    return String.format(Locale.ROOT, "q%02d", i);
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }

  private static long max(long[] nanos) {
    return Arrays.stream(nanos).max().orElse(0) / 1_000_000;
  }
}

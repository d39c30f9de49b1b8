package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.results.export.ResultExportService;
import de.planungsportal.results.export.ResultExportService.Kind;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The raw responses of a wave of 250,000 answers (12,500 responses × 20 questions, written with
 * INSERT … SELECT) exported in the server as CSV and XLSX, while a sampler reads the heap in use
 * every 5 ms. Prints the figures (lines starting with "BENCHMARK", in the server's console);
 * asserts only that every response arrived, never a time or a heap size.
 */
@ExtendWith(ArquillianExtension.class)
class ResultExportStreamingIT {

  private static final int RESPONSES = 12_500;
  private static final int QUESTIONS = 20;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(ResultExportStreamingIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/PlanungsportalDS")
  private DataSource dataSource;

  @Inject private ResultExportService exports;

  @Test
  void exportsTwoHundredFiftyThousandAnswersRowByRow() throws Exception {
    long started = System.nanoTime();
    Wave wave = bigWave();
    long answers =
        count(
            "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r"
                + " ON r.id = a.response_id WHERE r.wave_id = ?",
            wave.id);
    System.out.printf(
        "BENCHMARK result-export setup responses=%d answers=%d ms=%d%n",
        RESPONSES, answers, (System.nanoTime() - started) / 1_000_000);
    assertThat(answers).isEqualTo((long) RESPONSES * QUESTIONS);
    Actor planner =
        new Actor(
            0,
            "bench-" + wave.code,
            "Benchmark",
            wave.organisationId,
            wave.code,
            "Benchmark",
            List.of(new Actor.Grant(Role.PLANNER, null, null, null)));

    // warm-up: the first export loads classes and fills caches
    run(planner, wave.id, Kind.RAW_CSV);
    Figures csv = run(planner, wave.id, Kind.RAW_CSV);
    Figures xlsx = run(planner, wave.id, Kind.RAW_XLSX);

    for (var entry : List.of(new Object[] {"csv", csv}, new Object[] {"xlsx", xlsx})) {
      Figures f = (Figures) entry[1];
      System.out.printf(
          "BENCHMARK result-export raw-%s responses=%d answers=%d bytes=%d ms=%d"
              + " heapBeforeMB=%.1f heapPeakMB=%.1f heapPeakAboveBeforeMB=%.1f"
              + " liveAfterGcPeakMB=%.1f maxHeapMB=%.0f%n",
          entry[0],
          RESPONSES,
          answers,
          f.bytes,
          f.millis,
          mb(f.before),
          mb(f.peak),
          mb(f.peak - f.before),
          mb(f.afterGcPeak),
          mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()));
    }
    assertThat(csv.lines).as("header and one line per response").isEqualTo(RESPONSES + 1);
    assertThat(xlsx.bytes).isPositive();
  }

  private Figures run(Actor planner, long waveId, Kind kind) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    // live data: what the heap held right after each collection during the export
    AtomicLong afterGc = new AtomicLong(afterCollections());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                afterGc.accumulateAndGet(afterCollections(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    Counting out = new Counting();
    long started = System.nanoTime();
    exports.open(planner, waveId, kind, Locale.GERMAN).orElseThrow().content().writeTo(out);
    long millis = (System.nanoTime() - started) / 1_000_000;
    running.set(false);
    sampler.join();
    return new Figures(out.bytes, out.lines, millis, before, peak.get(), afterGc.get());
  }

  /** The heap pools' usage after their last collection, added up. */
  private static long afterCollections() {
    long used = 0;
    for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP
          && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private record Figures(
      long bytes, long lines, long millis, long before, long peak, long afterGcPeak) {}

  private record Wave(long id, long organisationId, String code) {}

  /** Counts bytes and line feeds, keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;
    long lines;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }

  /** An organisation with one school and area, a questionnaire of 20 ratings, a closed wave. */
  private Wave bigWave() throws SQLException {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    update("INSERT INTO organisation (code, name, kind) VALUES (?, ?, 'DISTRICT')", code, code);
    long organisation = count("SELECT id FROM organisation WHERE code = ?", code);
    update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, 'mitte', 'Mitte')",
        organisation);
    long area = count("SELECT id FROM area WHERE organisation_id = ?", organisation);
    update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'gs', 'Grundschule Mitte', 'GRUNDSCHULE')",
        organisation);
    long school = count("SELECT id FROM school WHERE organisation_id = ?", organisation);
    update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, 'Benchmark')", organisation);
    long questionnaire =
        count("SELECT id FROM questionnaire WHERE organisation_id = ?", organisation);
    update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state) VALUES (?, 1, 'FROZEN')",
        questionnaire);
    long version =
        count("SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
    update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 1, 'main')", version);
    long section = count("SELECT id FROM q_section WHERE version_id = ?", version);
    for (int q = 1; q <= QUESTIONS; q++) {
      update(
          "INSERT INTO q_question (version_id, section_id, position, question_key, kind)"
              + " VALUES (?, ?, ?, ?, 'RATING')",
          version,
          section,
          q,
          String.format("q%02d", q));
    }
    update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
            + " VALUES (?, 'Benchmark', 'Klassen 5 und 6', 'Benchmark', 'Art. 6 DSGVO',"
            + " 'datenschutz@test.example', CURRENT_DATE - INTERVAL 30 DAY,"
            + " CURRENT_DATE - INTERVAL 1 DAY, ?, 'CLOSED')",
        organisation,
        version);
    long wave = count("SELECT id FROM survey_wave WHERE organisation_id = ?", organisation);
    String digits =
        "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";
    update(
        "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
            + " submitted_on) SELECT UUID(), ?, ?, ?, '5-6', 'de', CURRENT_DATE - INTERVAL"
            + " ((a.d + b.d * 10 + c.d * 100 + e.d * 1000 + f.d * 10000) % 20) DAY"
            + " FROM "
            + digits
            + " a, "
            + digits
            + " b, "
            + digits
            + " c, "
            + digits
            + " e, "
            + digits
            + " f WHERE a.d + b.d * 10 + c.d * 100 + e.d * 1000 + f.d * 10000 < ?",
        wave,
        school,
        area,
        RESPONSES);
    update(
        "INSERT INTO survey_answer (response_id, question_key, answer_value)"
            + " SELECT r.id, q.question_key, CAST(1 + CRC32(CONCAT(r.id, q.question_key)) % 5"
            + " AS CHAR) FROM survey_response r JOIN q_question q ON q.version_id = ?"
            + " WHERE r.wave_id = ?",
        version, wave);
    return new Wave(wave, organisation, code);
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}

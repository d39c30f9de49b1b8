package de.planungsportal.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A wave of its own for one load-test run, in the demo district: a frozen questionnaire version of
 * three sections (pages) with 20 questions in all ({@link #SECTIONS}), a wave in the field using
 * it, and as many fresh codes as the run can spend, stored the way the portal stores them (only
 * SHA-256 of installation key:code). Afterwards it counts what the portal stored for it.
 */
final class LoadTestWave {

  static final int QUESTIONS = 20;

  /** Questions per page: 7, 7 and 6. */
  static final int[] SECTIONS = {7, 7, 6};

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  final long id;
  final long versionId;
  final List<String> codes;

  private LoadTestWave(long id, long versionId, List<String> codes) {
    this.id = id;
    this.versionId = versionId;
    this.codes = codes;
  }

  /**
   * The kind of question n (1..20): every tenth free text, even ones a choice, odd ones a rating.
   */
  static String kind(int n) {
    return n % 10 == 0 ? "LONG_TEXT" : n % 2 == 0 ? "SINGLE_CHOICE" : "RATING";
  }

  /** The page (0-based) question n (1..20) is on. */
  static int pageOf(int n) {
    int last = 0;
    for (int page = 0; page < SECTIONS.length; page++) {
      last += SECTIONS[page];
      if (n <= last) {
        return page;
      }
    }
    throw new IllegalArgumentException("no question " + n);
  }

  static LoadTestWave create(int codeCount) {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      String title = "Lasttest " + HexFormat.of().formatHex(RANDOM.generateSeed(6));
      long questionnaire =
          insert(
              db,
              "INSERT INTO questionnaire (organisation_id, title)"
                  + " SELECT id, ? FROM organisation WHERE code = 'lk-musterland'",
              title);
      long version =
          insert(
              db,
              "INSERT INTO questionnaire_version (questionnaire_id, number, state)"
                  + " VALUES (?, 1, 'FROZEN')",
              questionnaire);
      long[] sections = new long[SECTIONS.length];
      for (int s = 0; s < SECTIONS.length; s++) {
        sections[s] =
            insert(
                db,
                "INSERT INTO q_section (version_id, position, section_key) VALUES (?, "
                    + (s + 1)
                    + ", 'page"
                    + (s + 1)
                    + "')",
                version);
        text(db, version, "s:page" + (s + 1), "Teil " + (s + 1));
      }
      text(db, version, "title", title);
      for (int n = 1; n <= QUESTIONS; n++) {
        String kind = kind(n);
        try (PreparedStatement question =
            db.prepareStatement(
                "INSERT INTO q_question (version_id, section_id, position, question_key, kind,"
                    + " display, mandatory) VALUES (?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
          question.setLong(1, version);
          question.setLong(2, sections[pageOf(n)]);
          question.setInt(3, n);
          question.setString(4, "q" + n);
          question.setString(5, kind);
          question.setString(6, kind.equals("SINGLE_CHOICE") ? "RADIO" : null);
          question.setBoolean(7, n <= 5);
          question.executeUpdate();
          try (ResultSet keys = question.getGeneratedKeys()) {
            keys.next();
            long id = keys.getLong(1);
            if (kind.equals("SINGLE_CHOICE")) {
              for (String[] option :
                  new String[][] {{"yes", "ja"}, {"no", "nein"}, {"na", "weiß nicht"}}) {
                try (PreparedStatement o =
                    db.prepareStatement(
                        "INSERT INTO q_option (question_id, position, option_key)"
                            + " SELECT ?, COUNT(*) + 1, ? FROM q_option WHERE question_id = ?")) {
                  o.setLong(1, id);
                  o.setString(2, option[0]);
                  o.setLong(3, id);
                  o.executeUpdate();
                }
                text(db, version, "o:q" + n + ":" + option[0], option[1]);
              }
            }
          }
        }
        text(db, version, "q:q" + n, "Frage " + n + " der Lasttest-Befragung?");
        if (kind.equals("RATING")) {
          text(db, version, "lo:q" + n, "gar nicht");
          text(db, version, "hi:q" + n, "sehr");
        }
      }
      long wave =
          insert(
              db,
              "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
                  + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
                  + " SELECT organisation_id, CONCAT(title, ' (Welle)'), 'simulierte Befragte',"
                  + " 'Lasttest', 'keine', 'keiner', CURRENT_DATE, CURRENT_DATE + INTERVAL 1 DAY,"
                  + " ?, 'IN_FIELD' FROM questionnaire WHERE id = "
                  + questionnaire,
              version);
      long school;
      String key;
      try (ResultSet found =
          db.createStatement()
              .executeQuery(
                  "SELECT s.id, (SELECT key_value FROM installation_key WHERE name = 'survey-code')"
                      + " FROM school s JOIN organisation o ON o.id = s.organisation_id"
                      + " WHERE o.code = 'lk-musterland' AND s.code = 'igs-musterstadt'")) {
        found.next();
        school = found.getLong(1);
        key = found.getString(2);
      }
      List<String> codes = new ArrayList<>(codeCount);
      try (PreparedStatement code =
          db.prepareStatement(
              "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash)"
                  + " VALUES (?, ?, '9c', '9-10', ?)")) {
        for (int i = 0; i < codeCount; i++) {
          String plain = randomCode();
          codes.add(plain);
          code.setLong(1, wave);
          code.setLong(2, school);
          code.setString(3, sha256(key + ":" + plain));
          code.addBatch();
          if (i % 1000 == 999) {
            code.executeBatch();
          }
        }
        code.executeBatch();
      }
      db.commit();
      return new LoadTestWave(wave, version, codes);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the load-test wave", e);
    }
  }

  private static void text(Connection db, long version, String element, String text)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO q_text (version_id, variant, language, element, text)"
                + " VALUES (?, 'STANDARD', 'de', ?, ?)")) {
      insert.setLong(1, version);
      insert.setString(2, element);
      insert.setString(3, text);
      insert.executeUpdate();
    }
  }

  /**
   * Waits until the outbox holds nothing of this wave any more (the mover moves batches of at least
   * {@code portal.survey.outbox.min-batch}, the rest at its periodic flush), at most {@code
   * seconds}; the number still waiting.
   */
  long awaitOutbox(int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    try (Connection db = connect()) {
      long waiting;
      while ((waiting = count(db, "SELECT COUNT(*) FROM survey_outbox WHERE wave_id = ?")) > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(1000);
      }
      return waiting;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Stored responses of this wave, and how many codes were spent. */
  long[] storedResponsesAndSpentCodes() {
    try (Connection db = connect()) {
      return new long[] {
        count(db, "SELECT COUNT(*) FROM survey_response WHERE wave_id = ?"),
        count(db, "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used")
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes the wave with everything stored for it, so it shows up nowhere after the run. */
  void delete() {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      for (String table :
          List.of("survey_response", "survey_outbox", "survey_draft", "access_code")) {
        try (PreparedStatement delete =
            db.prepareStatement("DELETE FROM " + table + " WHERE wave_id = ?")) {
          delete.setLong(1, id);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement delete = db.prepareStatement("DELETE FROM survey_wave WHERE id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
      // the version's sections, questions and texts go with it (ON DELETE CASCADE)
      try (PreparedStatement delete =
          db.prepareStatement("DELETE FROM questionnaire_version WHERE id = ?")) {
        delete.setLong(1, versionId);
        delete.executeUpdate();
      }
      db.createStatement()
          .executeUpdate(
              "DELETE FROM questionnaire WHERE title LIKE 'Lasttest %' AND id NOT IN"
                  + " (SELECT questionnaire_id FROM questionnaire_version)");
      db.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stored answers of this wave. */
  long storedAnswers() {
    try (Connection db = connect()) {
      return count(
          db,
          "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
              + " WHERE r.wave_id = ?");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static long insert(Connection db, String sql, Object parameter) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setObject(1, parameter);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("the demo district is missing: run the demo first");
      }
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("db.url", "jdbc:mariadb://127.0.0.1:3307/planungsportal"),
        System.getProperty("db.user", "planungsportal"),
        System.getProperty("db.password", "embedded"));
  }

  private static String randomCode() {
    StringBuilder code = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

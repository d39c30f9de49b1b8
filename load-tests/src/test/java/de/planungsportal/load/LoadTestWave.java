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
 * A wave of its own for one load-test run, in the demo district: 20 questions on the answering page
 * and as many fresh codes as the run can spend, stored the way the portal stores them (only SHA-256
 * of salt:code). Afterwards it counts what the portal stored for it.
 */
final class LoadTestWave {

  static final int QUESTIONS = 20;
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  final long id;
  final List<String> codes;

  private LoadTestWave(long id, List<String> codes) {
    this.id = id;
    this.codes = codes;
  }

  static LoadTestWave create(int codeCount) {
    String salt = HexFormat.of().formatHex(RANDOM.generateSeed(16));
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      long wave =
          insert(
              db,
              "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
                  + " privacy_contact, field_start, field_end, code_salt)"
                  + " SELECT id, CONCAT('Lasttest ', NOW()), 'simulierte Befragte', 'Lasttest',"
                  + " 'keine', 'keiner', CURRENT_DATE, CURRENT_DATE + INTERVAL 1 DAY, ?"
                  + " FROM organisation WHERE code = 'lk-musterland'",
              salt);
      try (PreparedStatement question =
          db.prepareStatement(
              "INSERT INTO survey_question (wave_id, position, question_key, kind, mandatory,"
                  + " text_de, options_de) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int n = 1; n <= QUESTIONS; n++) {
          String kind = n % 10 == 0 ? "TEXT" : n % 2 == 0 ? "SINGLE_CHOICE" : "RATING";
          question.setLong(1, wave);
          question.setInt(2, n);
          question.setString(3, "q" + n);
          question.setString(4, kind);
          question.setBoolean(5, n <= 5);
          question.setString(6, "Frage " + n + " der Lasttest-Befragung?");
          question.setString(
              7,
              switch (kind) {
                case "RATING" -> "gar nicht\nsehr";
                case "SINGLE_CHOICE" -> "ja\nnein\nweiß nicht";
                default -> null;
              });
          question.addBatch();
        }
        question.executeBatch();
      }
      long school;
      try (ResultSet found =
          db.createStatement()
              .executeQuery(
                  "SELECT s.id FROM school s JOIN organisation o ON o.id = s.organisation_id"
                      + " WHERE o.code = 'lk-musterland' AND s.code = 'igs-musterstadt'")) {
        found.next();
        school = found.getLong(1);
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
          code.setString(3, sha256(salt + ":" + plain));
          code.addBatch();
          if (i % 1000 == 999) {
            code.executeBatch();
          }
        }
        code.executeBatch();
      }
      db.commit();
      return new LoadTestWave(wave, codes);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the load-test wave", e);
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
      for (String table : List.of("survey_response", "access_code", "survey_question")) {
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

  private static long insert(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, parameter);
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

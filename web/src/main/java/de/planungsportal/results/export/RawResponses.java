package de.planungsportal.results.export;

import de.planungsportal.database.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The stored responses of a wave, read through a forward-only, read-only cursor (MariaDB
 * Connector/J streams a result set when the statement has a positive fetch size) and handed on one
 * response at a time: memory holds one response, never the wave.
 *
 * <p>Only {@code survey_response}/{@code survey_answer} are read: submitted responses, never a
 * draft, the outbox or a code. A response is numbered 1, 2, 3 … in an order drawn afresh for every
 * export (a keyed hash of its id under a random key), so neither its stored id nor the order in
 * which responses were stored can be read from the file.
 */
@ApplicationScoped
public class RawResponses {

  /** Rows fetched from the server per round trip. */
  static final int FETCH_SIZE = 500;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One response: what it carries besides the answers, and answers by column key. */
  public record Response(
      long number,
      String school,
      String area,
      String gradeBand,
      String language,
      java.time.LocalDate submittedOn,
      Map<String, String> answers) {}

  /** Receives the responses in turn. */
  @FunctionalInterface
  public interface Sink {
    void accept(Response response) throws java.io.IOException;
  }

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  /**
   * The column keys of the wave's questionnaire version in the instrument's order: a question's
   * key, or {@code <question>.<item>} for each item of a matrix.
   */
  public List<String> columns(long waveId) {
    String sql =
        "SELECT CASE WHEN m.item_key IS NULL THEN q.question_key"
            + " ELSE CONCAT(q.question_key, '.', m.item_key) END"
            + " FROM survey_wave w"
            + " JOIN q_question q ON q.version_id = w.questionnaire_version_id"
            + " LEFT JOIN q_matrix_item m ON m.question_id = q.id AND q.kind = 'MATRIX'"
            + " WHERE w.id = ? ORDER BY q.position, m.position";
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, waveId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new ExportFailedException("columns of wave " + waveId, e);
    }
    return columns;
  }

  /** Streams every response of the wave to the sink; returns how many there were. */
  public long stream(long waveId, Sink sink) throws java.io.IOException {
    String key = HexFormat.of().formatHex(seed());
    String sql =
        "SELECT r.k, s.name, a.name, r.grade_band, r.language, r.submitted_on,"
            + " ans.question_key, ans.answer_value"
            + " FROM (SELECT id, school_id, area_id, grade_band, language, submitted_on,"
            + " SHA2(CONCAT(?, id), 256) AS k FROM survey_response WHERE wave_id = ?) r"
            + " JOIN school s ON s.id = r.school_id"
            + " LEFT JOIN area a ON a.id = r.area_id"
            + " LEFT JOIN survey_answer ans ON ans.response_id = r.id"
            + " ORDER BY r.k, ans.question_key";
    long number = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setString(1, key);
      statement.setLong(2, waveId);
      try (ResultSet rows = statement.executeQuery()) {
        String current = null;
        Response response = null;
        while (rows.next()) {
          String k = rows.getString(1);
          if (!k.equals(current)) {
            if (response != null) {
              sink.accept(response);
            }
            current = k;
            Date day = rows.getDate(6);
            response =
                new Response(
                    ++number,
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    day == null ? null : day.toLocalDate(),
                    new LinkedHashMap<>());
          }
          String question = rows.getString(7);
          if (question != null) {
            response.answers().put(question, rows.getString(8));
          }
        }
        if (response != null) {
          sink.accept(response);
        }
      }
    } catch (SQLException e) {
      throw new ExportFailedException("responses of wave " + waveId, e);
    }
    return number;
  }

  private static byte[] seed() {
    byte[] seed = new byte[16];
    RANDOM.nextBytes(seed);
    return seed;
  }
}

package de.planungsportal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct, read-mostly access to the test database, to prove what a request did or did not change.
 * Uses the same settings the server gets.
 */
public final class Database {

  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  /** Every row of a table, each rendered as one string, ordered by primary key. */
  public static List<String> snapshot(String table) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
      List<String> snapshot = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rows.getString(i)).append('|');
        }
        snapshot.add(row.toString());
      }
      return snapshot;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long count(String sql, Object... parameters) {
    try (Connection connection = connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int update(String sql, Object... parameters) {
    try (Connection connection = connect();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row. */
  public static List<Long> ids(String sql, Object... parameters) {
    try (Connection connection = connect();
        var statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row as text. */
  public static String text(String sql, Object... parameters) {
    try (Connection connection = connect();
        var statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every column of the row with the id, to put it back later with {@link #insert}. */
  public static Map<String, Object> row(String table, long id) {
    try (Connection connection = connect();
        var statement = prepare(connection, "SELECT * FROM " + table + " WHERE id = ?", id);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        row.put(rows.getMetaData().getColumnName(i), rows.getObject(i));
      }
      return row;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void insert(String table, Map<String, Object> row) {
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", row.keySet())
            + ") VALUES ("
            + String.join(", ", Collections.nCopies(row.size(), "?"))
            + ")";
    update(sql, row.values().toArray());
  }

  /** The database's error message for a statement expected to be refused. */
  public static String failure(String sql, Object... parameters) {
    try (Connection connection = connect();
        var statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
      throw new AssertionError("not refused: " + sql);
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static java.sql.PreparedStatement prepare(
      Connection connection, String sql, Object... parameters) throws SQLException {
    var statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}

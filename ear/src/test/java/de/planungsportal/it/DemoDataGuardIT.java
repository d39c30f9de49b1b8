package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.db.DatabaseMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The demo data switched on against a database of a real operator: organisations and accounts that
 * share the demo's codes or user names are left exactly as they were, and nothing of the demo is
 * attached to them. Runs the real migrations, schema first and then with the demo data, on a
 * database of its own in the test server's MariaDB (no application server needed).
 */
class DemoDataGuardIT {

  private String schema;
  private MariaDbDataSource dataSource;

  @BeforeEach
  void createAnEmptyDatabaseWithTheSchema() throws SQLException {
    schema = "demo_guard_" + UUID.randomUUID().toString().substring(0, 8);
    Database.update("CREATE DATABASE " + schema);
    String url = System.getProperty("it.db.url");
    int slash = url.indexOf('/', "jdbc:mariadb://".length());
    dataSource = new MariaDbDataSource(url.substring(0, slash + 1) + schema);
    dataSource.setUser(System.getProperty("it.db.user"));
    dataSource.setPassword(System.getProperty("it.db.password"));
    DatabaseMigrator.migrate(dataSource, false);
  }

  @AfterEach
  void dropTheDatabase() {
    Database.update("DROP DATABASE " + schema);
  }

  @Test
  void demoDataLeaveAnOperatorsOrganisationAndAccountsWithTheDemosNamesAlone() throws SQLException {
    execute(
        "INSERT INTO organisation (code, name, kind) VALUES ('musterstadt', 'Stadt Musterstadt (echt)', 'TOWN')",
        "INSERT INTO account (organisation_id, username, display_name, email, password_hash)"
            + " SELECT id, 'admin', 'Echte Admin', 'it@musterstadt.example', 'kein-demo-hash'"
            + " FROM organisation WHERE code = 'musterstadt'",
        "INSERT INTO role_grant (account_id, role) SELECT id, 'planner' FROM account WHERE username = 'admin'");
    List<String> organisationBefore = rows("SELECT * FROM organisation WHERE code = 'musterstadt'");
    List<String> accountBefore = rows("SELECT * FROM account WHERE username = 'admin'");

    DatabaseMigrator.migrate(dataSource, true);

    assertThat(rows("SELECT * FROM organisation WHERE code = 'musterstadt'"))
        .isEqualTo(organisationBefore);
    assertThat(rows("SELECT * FROM account WHERE username = 'admin'")).isEqualTo(accountBefore);
    assertThat(
            rows(
                "SELECT g.role, g.department_id, g.committee_id, g.school_id FROM role_grant g"
                    + " JOIN account a ON a.id = g.account_id WHERE a.username = 'admin'"))
        .containsExactly("planner|null|null|null|");
    assertThat(
            rows(
                "SELECT d.code FROM department d JOIN organisation o ON o.id = d.organisation_id"
                    + " WHERE o.code = 'musterstadt'"))
        .isEmpty();
    assertThat(rows("SELECT username FROM account WHERE username = 'planer.stadt'")).isEmpty();
    // the rest of the demo is there, in the demo's own district
    assertThat(rows("SELECT name FROM organisation WHERE code = 'lk-musterland' AND demo"))
        .containsExactly("Landkreis Musterland|");
    assertThat(
            rows(
                "SELECT a.username FROM account a JOIN organisation o ON o.id = a.organisation_id"
                    + " WHERE o.code = 'lk-musterland' AND a.username IN ('planer', 'admin')"))
        .containsExactly("planer|");
  }

  @Test
  void demoDataAppliedTwiceChangeNothingTheSecondTime() throws SQLException {
    DatabaseMigrator.migrate(dataSource, true);
    List<String> accounts = rows("SELECT id, username, organisation_id FROM account");
    List<String> grants = rows("SELECT account_id, role FROM role_grant ORDER BY account_id, role");

    // a changed checksum makes Flyway apply the repeatable demo migration again
    execute("UPDATE flyway_schema_history SET checksum = 0 WHERE version IS NULL");
    DatabaseMigrator.migrate(dataSource, true);

    assertThat(accounts).hasSize(15);
    assertThat(rows("SELECT id, username, organisation_id FROM account")).isEqualTo(accounts);
    assertThat(rows("SELECT account_id, role FROM role_grant ORDER BY account_id, role"))
        .isEqualTo(grants);
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private List<String> rows(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(result.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }
}

package de.planungsportal.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Planning cycles a test writes straight into the database, so the read pages and the exports can
 * be tested without the process that normally builds them. Uses the demo district's departments,
 * areas and schools; each cycle has a title of its own.
 */
public final class TestPlans {

  /** A measure title with umlauts and ß, as the exports must keep it. */
  public static final String MEASURE = "Sprachförderung für Kinder – Übergänge in Süd stärken";

  /** A measure title a spreadsheet would run as a formula if it took it as typed. */
  public static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"Klick\")";

  /**
   * A published cycle: version 1 returned by the head ("Budget zu hoch"), version 2 published. From
   * 1 to 2 "Mentoring" changed title, budget and areas, "Hausaufgabenhilfe" was removed,
   * "Sprachförderung" (carried over from last year) is new, and "Lesepaten" moved to the new goal
   * "Ganztag ausbauen". One progress report on the published "Mentoring".
   */
  public record Plan(
      String title,
      long cycleId,
      long returnedVersionId,
      long publishedVersionId,
      long mentoringId,
      long languageId,
      long kitaDepartmentId,
      long igsSchoolId,
      long northAreaId) {}

  private TestPlans() {}

  public static Plan published(String organisationCode) {
    long org = TestOrganisations.idOf(organisationCode);
    String title = "Arbeitsplan " + UUID.randomUUID().toString().substring(0, 8);
    long youth = ref("department", org, "jugendhilfe");
    long kita = ref("department", org, "kita");
    long education = ref("department", org, "bildung");
    long north = ref("area", org, "musterstadt-nord");
    long south = ref("area", org, "musterstadt-sued");
    long bergdorf = ref("area", org, "bergdorf");
    long igs = ref("school", org, "igs-musterstadt");

    long cycle =
        insert(
            "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by,"
                + " contribution_due) VALUES (?, 2099, ?, 'PUBLISHED', 'planer', '2099-03-31')",
            org,
            title);
    Database.update(
        "INSERT INTO planning_cycle_department (cycle_id, department_id) VALUES (?, ?), (?, ?)",
        cycle,
        youth,
        cycle,
        kita);
    Database.update(
        "INSERT INTO contribution (cycle_id, department_id, status, submitted_by, submitted_at)"
            + " VALUES (?, ?, 'SUBMITTED', 'jugendhilfe', '2099-03-20 10:00:00')",
        cycle,
        youth);
    Database.update(
        "INSERT INTO contribution (cycle_id, department_id, status) VALUES (?, ?, 'OPEN')",
        cycle,
        kita);

    long v1 = version(cycle, 1, "RETURNED");
    long transitions1 = goal(v1, "lg1-" + title, 0, "Übergänge", "Übergänge gestalten");
    long mentoring1 =
        measure(
            transitions1,
            "lm1-" + title,
            0,
            "Mentoring an Grundschulen",
            youth,
            "12000",
            "PLANNED",
            null);
    link("measure_area", "area_id", mentoring1, north);
    link("measure_school", "school_id", mentoring1, igs);
    long homework =
        measure(
            transitions1,
            "lm2-" + title,
            1,
            "Hausaufgabenhilfe",
            education,
            "3000",
            "PLANNED",
            null);
    measure(transitions1, "lm3-" + title, 2, "Lesepaten", education, "500", "PLANNED", null);
    decision(v1, "SUBMITTED", null, "SUBMITTED", null, "planer");
    decision(v1, "HEAD_SIGN_OFF", null, "RETURNED", "Budget zu hoch", "landrat");

    long v2 = version(cycle, 2, "PUBLISHED");
    long transitions2 = goal(v2, "lg1-" + title, 0, "Übergänge", "Übergänge gestalten");
    long mentoring2 =
        measure(
            transitions2,
            "lm1-" + title,
            0,
            "Mentoring an allen Grundschulen",
            youth,
            "15000",
            "PLANNED",
            null);
    link("measure_area", "area_id", mentoring2, north);
    link("measure_area", "area_id", mentoring2, south);
    link("measure_school", "school_id", mentoring2, igs);
    long language =
        measure(
            transitions2,
            "lm4-" + title,
            1,
            "Sprachförderung in Kitas",
            kita,
            "8000",
            "PLANNED",
            homework);
    link("measure_area", "area_id", language, bergdorf);
    long allDay = goal(v2, "lg2-" + title, 1, "Ganztag", "Ganztag ausbauen");
    measure(allDay, "lm3-" + title, 0, "Lesepaten", education, "500", "PLANNED", null);
    decision(v2, "SUBMITTED", null, "SUBMITTED", null, "planer");
    decision(v2, "HEAD_SIGN_OFF", null, "APPROVED", null, "landrat");
    decision(v2, "COMMITTEE", "SCHULTRAEGER", "APPROVED", null, "gremienbuero");
    decision(v2, "PUBLISHED", null, "PUBLISHED", null, "planer");
    Database.update(
        "INSERT INTO progress_report (measure_id, reported_on, status, percent_done, report_text,"
            + " author) VALUES (?, '2099-06-30', 'IN_PROGRESS', 40, 'Zwei Schulen begonnen',"
            + " 'jugendhilfe')",
        mentoring2);
    return new Plan(title, cycle, v1, v2, mentoring2, language, kita, igs, north);
  }

  /** A running cycle of the organisation with one draft version; its id. */
  public static long running(String organisationCode, String title) {
    long org = TestOrganisations.idOf(organisationCode);
    long cycle =
        insert(
            "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by)"
                + " VALUES (?, 2099, ?, 'RUNNING', 'planer')",
            org,
            title);
    long draft = version(cycle, 1, "DRAFT");
    goal(draft, "lg-" + title, 0, "Gesundheit", "Gesund aufwachsen");
    return cycle;
  }

  /**
   * A cycle of the organisation for the year with version {@code number} in the given state (DRAFT,
   * SUBMITTED, RETURNED, APPROVED, PUBLISHED): one goal, two measures ({@link #MEASURE} in the
   * organisation's first area, if it has one, and {@link #FORMULA}) of its first department,
   * budgets 12,500.50 and 1,000 euro, and, unless a draft, a head's sign-off; the version's id. An
   * organisation without departments gets one.
   */
  public static long single(String organisationCode, int year, int number, String status) {
    long org = TestOrganisations.idOf(organisationCode);
    String tag = UUID.randomUUID().toString();
    long cycle =
        insert(
            "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by)"
                + " VALUES (?, ?, ?, ?, 'planer')",
            org,
            year,
            "Arbeitsplan " + tag,
            status.equals("PUBLISHED") ? "PUBLISHED" : "RUNNING");
    long version = version(cycle, number, status);
    if (!status.equals("DRAFT")) {
      Database.update("UPDATE work_plan_version SET submitted_at = NOW() WHERE id = ?", version);
    }
    long goal = goal(version, tag, 0, "Frühe Bildung", "Alle Kinder starten gut in die Schule");
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind)"
            + " SELECT ?, 'bildung', 'Bildungsbüro', 'EDUCATION' FROM DUAL"
            + " WHERE NOT EXISTS (SELECT 1 FROM department WHERE organisation_id = ?)",
        org,
        org);
    long department =
        Database.count("SELECT MIN(id) FROM department WHERE organisation_id = ?", org);
    long measure =
        insert(
            "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id,"
                + " budget_eur, start_date, due_date, indicator, indicator_baseline,"
                + " indicator_target, status) VALUES (?, UUID(), 0, ?, ?, 12500.50, '2027-02-01',"
                + " '2027-11-30', 'Anteil Kinder mit Förderbedarf', 23, 15.5, 'IN_PROGRESS')",
            goal,
            MEASURE,
            department);
    insert(
        "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id, budget_eur,"
            + " status) VALUES (?, UUID(), 1, ?, ?, 1000, 'PLANNED')",
        goal,
        FORMULA,
        department);
    Database.update(
        "INSERT INTO measure_area (measure_id, area_id)"
            + " SELECT ?, MIN(id) FROM area WHERE organisation_id = ? HAVING MIN(id) IS NOT NULL",
        measure,
        org);
    if (!status.equals("DRAFT")) {
      decision(
          version,
          "HEAD_SIGN_OFF",
          null,
          "APPROVED",
          "Gezeichnet; Budget für Süd geprüft.",
          "landrat");
    }
    return version;
  }

  private static long version(long cycle, int number, String status) {
    return insert(
        "INSERT INTO work_plan_version (cycle_id, number, status, created_by) VALUES (?, ?, ?,"
            + " 'planer')",
        cycle,
        number,
        status);
  }

  private static long goal(long version, String lineage, int position, String area, String title) {
    return insert(
        "INSERT INTO goal (version_id, lineage, position, focus_area, title) VALUES (?, ?, ?, ?,"
            + " ?)",
        version,
        lineage(lineage),
        position,
        area,
        title);
  }

  private static long measure(
      long goal,
      String lineage,
      int position,
      String title,
      long department,
      String budget,
      String status,
      Long carriedOverFrom) {
    return insert(
        "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id, budget_eur,"
            + " start_date, due_date, indicator, indicator_baseline, indicator_target, status,"
            + " carried_over_from) VALUES (?, ?, ?, ?, ?, ?, '2099-02-01', '2099-11-30',"
            + " 'Teilnehmende', 10, 40, ?, ?)",
        goal,
        lineage(lineage),
        position,
        title,
        department,
        new java.math.BigDecimal(budget),
        status,
        carriedOverFrom);
  }

  private static void decision(
      long version, String step, String committee, String outcome, String reasons, String by) {
    Database.update(
        "INSERT INTO work_plan_decision (version_id, step, committee, outcome, reasons, decided_by)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        version,
        step,
        committee,
        outcome,
        reasons,
        by);
  }

  private static void link(String table, String column, long measure, long target) {
    Database.update(
        "INSERT INTO " + table + " (measure_id, " + column + ") VALUES (?, ?)", measure, target);
  }

  /** A 36-character lineage; the same stem gives both versions' copies the same one. */
  private static String lineage(String stem) {
    return UUID.nameUUIDFromBytes(stem.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  private static long ref(String table, long organisation, String code) {
    return Database.count(
        "SELECT id FROM " + table + " WHERE organisation_id = ? AND code = ?", organisation, code);
  }

  private static long insert(String sql, Object... parameters) {
    try (Connection connection = Database.connect();
        PreparedStatement statement =
            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package de.planungsportal.it;

import java.util.UUID;

/**
 * Work plan versions a test writes straight into the database, in the state it needs, so reading
 * them does not depend on walking the whole planning cycle first.
 */
public final class TestPlans {

  /** A measure title with umlauts and ß, as the exports must keep it. */
  public static final String MEASURE = "Sprachförderung für Kinder – Übergänge in Süd stärken";

  /** A measure title a spreadsheet would run as a formula if it took it as typed. */
  public static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"Klick\")";

  private TestPlans() {}

  /**
   * A cycle of the organisation for the year with version {@code number} in the given state (DRAFT,
   * SUBMITTED, RETURNED, APPROVED, PUBLISHED): one goal, two measures of its first department (one
   * in its first area, if it has one), budgets 12,500.50 and 1,000 euro, and, unless a draft, a
   * head's sign-off; the version's id. An organisation without departments gets one.
   */
  public static long version(String organisationCode, int year, int number, String status) {
    String tag = UUID.randomUUID().toString();
    Database.update(
        "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by)"
            + " SELECT id, ?, ?, ?, 'planer' FROM organisation WHERE code = ?",
        year,
        "Arbeitsplan " + tag,
        status.equals("PUBLISHED") ? "PUBLISHED" : "RUNNING",
        organisationCode);
    long cycle =
        Database.count("SELECT id FROM planning_cycle WHERE title = ?", "Arbeitsplan " + tag);
    Database.update(
        "INSERT INTO work_plan_version (cycle_id, number, status, created_by, submitted_at)"
            + " VALUES (?, ?, ?, 'planer', IF(? = 'DRAFT', NULL, NOW()))",
        cycle,
        number,
        status,
        status);
    long version =
        Database.count(
            "SELECT id FROM work_plan_version WHERE cycle_id = ? AND number = ?", cycle, number);
    Database.update(
        "INSERT INTO goal (version_id, lineage, position, focus_area, title)"
            + " VALUES (?, ?, 0, 'Frühe Bildung', 'Alle Kinder starten gut in die Schule')",
        version,
        tag);
    long goal = Database.count("SELECT id FROM goal WHERE lineage = ?", tag);
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind)"
            + " SELECT o.id, 'bildung', 'Bildungsbüro', 'EDUCATION' FROM organisation o"
            + " WHERE o.code = ? AND NOT EXISTS (SELECT 1 FROM department d"
            + " WHERE d.organisation_id = o.id)",
        organisationCode);
    long department =
        Database.count(
            "SELECT MIN(d.id) FROM department d JOIN organisation o ON o.id = d.organisation_id"
                + " WHERE o.code = ?",
            organisationCode);
    Database.update(
        "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id, budget_eur,"
            + " start_date, due_date, indicator, indicator_baseline, indicator_target, status)"
            + " VALUES (?, UUID(), 0, ?, ?, 12500.50, '2027-02-01', '2027-11-30',"
            + " 'Anteil Kinder mit Förderbedarf', 23, 15.5, 'IN_PROGRESS')",
        goal,
        MEASURE,
        department);
    Database.update(
        "INSERT INTO measure (goal_id, lineage, position, title, owner_department_id, budget_eur,"
            + " status) VALUES (?, UUID(), 1, ?, ?, 1000, 'PLANNED')",
        goal,
        FORMULA,
        department);
    Database.update(
        "INSERT INTO measure_area (measure_id, area_id)"
            + " SELECT m.id, (SELECT MIN(a.id) FROM area a JOIN organisation o"
            + " ON o.id = a.organisation_id WHERE o.code = ?)"
            + " FROM measure m WHERE m.goal_id = ? AND m.position = 0"
            + " AND EXISTS (SELECT 1 FROM area a JOIN organisation o ON o.id = a.organisation_id"
            + " WHERE o.code = ?)",
        organisationCode,
        goal,
        organisationCode);
    if (!status.equals("DRAFT")) {
      Database.update(
          "INSERT INTO work_plan_decision (version_id, step, outcome, reasons, decided_by)"
              + " VALUES (?, 'HEAD_SIGN_OFF', 'APPROVED', 'Gezeichnet; Budget für Süd geprüft.',"
              + " 'landrat')",
          version);
    }
    return version;
  }
}

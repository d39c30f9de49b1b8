package de.planungsportal.it;

import java.util.UUID;

/**
 * Indicators a client-side test writes straight into the database: one of the organisation with
 * statistics values for two of its areas and the whole organisation, so the indicator's pages have
 * a trend and a comparison to show. Each with a code of its own.
 */
public final class TestIndicators {

  private TestIndicators() {}

  /** An indicator (less is better) with values 2022 and 2023 in the first two areas; its id. */
  public static long withValues(String organisationCode) {
    long org = TestOrganisations.idOf(organisationCode);
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO indicator (organisation_id, code, name, definition, unit, source, direction)"
            + " VALUES (?, ?, ?, 'Kinder in Bedarfsgemeinschaften je 100 Kinder', '%',"
            + " 'Bundesagentur für Arbeit', 'DOWN')",
        org, code, "Kinderarmut " + code);
    long id =
        Database.count(
            "SELECT id FROM indicator WHERE organisation_id = ? AND code = ?", org, code);
    var areas =
        Database.ids(
            "SELECT id FROM area WHERE organisation_id = ? AND valid_to IS NULL ORDER BY code LIMIT 2",
            org);
    for (int year = 2022; year <= 2023; year++) {
      value(id, null, year, 10.0 + year - 2022);
      for (int i = 0; i < areas.size(); i++) {
        value(id, areas.get(i), year, 8.0 + 4 * i + (year - 2022));
      }
    }
    return id;
  }

  /** Links the indicator to the measure: baseline 2022, target 2026, for the whole organisation. */
  public static void link(long measureId, long indicatorId, double baseline, double target) {
    Database.update(
        "INSERT INTO measure_indicator (measure_id, indicator_id, area_id, baseline, baseline_year,"
            + " target, target_year) VALUES (?, ?, NULL, ?, 2022, ?, 2026)",
        measureId,
        indicatorId,
        baseline,
        target);
  }

  private static void value(long indicator, Long area, int year, double value) {
    Database.update(
        "INSERT INTO indicator_value (indicator_id, area_id, year, value, origin, origin_ref,"
            + " recorded_on, recorded_by) VALUES (?, ?, ?, ?, 'STATISTICS', 'Test', CURRENT_DATE,"
            + " 'test')",
        indicator,
        area,
        year,
        value);
  }
}

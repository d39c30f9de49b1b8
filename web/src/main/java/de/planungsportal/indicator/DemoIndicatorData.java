package de.planungsportal.indicator;

import de.planungsportal.identity.DemoDistrict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo district's indicator rows, written in one transaction for {@link DemoIndicators}: a bean
 * of its own, since a startup singleton cannot call itself through the container while starting.
 */
@ApplicationScoped
@Transactional
public class DemoIndicatorData {

  private static final List<String> AREAS =
      List.of(
          "musterstadt", "musterstadt-nord", "musterstadt-sued", "bergdorf", "talheim", "seeburg");

  /** code, name, definition, unit, source, direction, base value, yearly change, spread per area */
  private static final String[][] INDICATORS = {
    {
      "SGB2-U15",
      "Anteil Kinder in SGB-II-Bedarfsgemeinschaften",
      "Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II je 100 Kinder unter 15 Jahren"
          + " am 31.12.",
      "%",
      "Statistik der Bundesagentur für Arbeit",
      "DOWN",
      "11.8",
      "-0.4",
      "2.1"
    },
    {
      "UEQ-GYM",
      "Übergangsquote Gymnasium",
      "Anteil der Schülerinnen und Schüler der 4. Klassen, die auf ein Gymnasium wechseln",
      "%",
      "Statistisches Landesamt, Schulstatistik",
      "NONE",
      "38.5",
      "0.6",
      "4.3"
    },
    {
      "BQ-U3",
      "Betreuungsquote U3",
      "Betreute Kinder unter 3 Jahren in Kitas und Kindertagespflege je 100 Kinder unter 3 Jahren"
          + " am 1.3.",
      "%",
      "Statistisches Landesamt, Kinder- und Jugendhilfestatistik",
      "UP",
      "31.2",
      "1.5",
      "3.4"
    },
    {
      "GT-GS",
      "Ganztagsquote Grundschule",
      "Schülerinnen und Schüler an Grundschulen in ganztägiger Betreuung je 100 Grundschulkinder",
      "%",
      "Schulträger, Schulstatistik",
      "UP",
      "44.0",
      "2.2",
      "5.0"
    }
  };

  @PersistenceContext private EntityManager em;

  /** Catalogue, statistics values and evidence links, in one transaction. */
  public void seed() {
    Long org = organisation();
    if (org == null) {
      return;
    }
    int year = LocalDate.now().getYear();
    for (String[] i : INDICATORS) {
      update(
          "INSERT IGNORE INTO indicator (organisation_id, code, name, definition, unit, source,"
              + " direction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
          org,
          i[0],
          i[1],
          i[2],
          i[3],
          i[4],
          i[5]);
      long indicator = indicatorId(org, i[0]);
      for (int back = 3; back >= 1; back--) {
        int y = year - back;
        BigDecimal base =
            new BigDecimal(i[6]).add(new BigDecimal(i[7]).multiply(BigDecimal.valueOf(3 - back)));
        value(indicator, null, y, base);
        for (int a = 0; a < AREAS.size(); a++) {
          // a fixed spread per area, so the comparison has an order that stays between years
          BigDecimal offset =
              new BigDecimal(i[8])
                  .multiply(BigDecimal.valueOf(a - 2.5))
                  .divide(BigDecimal.valueOf(2));
          value(
              indicator, AREAS.get(a), y, base.add(offset).add(BigDecimal.valueOf(back % 2 * 0.3)));
        }
      }
    }
    update(
        "INSERT IGNORE INTO indicator (organisation_id, code, name, definition, unit, source,"
            + " direction, survey_questionnaire_id, survey_question_key, survey_reading,"
            + " survey_options) SELECT ?1, 'WOHL-SCHULE', 'Fühlt sich an der Schule wohl',"
            + " 'Anteil der befragten Jugendlichen, die ihr Wohlbefinden an der Schule mit 4 oder 5"
            + " auf der Skala von 1 bis 5 angeben', '%', 'Jugendbefragung Musterland', 'UP', q.id,"
            + " 'school-feel', 'SHARE', '4,5' FROM questionnaire q WHERE q.organisation_id = ?1"
            + " AND q.title = 'Jugendbefragung Musterland'",
        org);
    link(org, "Kita-Ausbau Talheim", "BQ-U3", "talheim", year - 2, "45", year + 1);
    link(
        org,
        "Jugendtreff Musterstadt-Nord",
        "SGB2-U15",
        "musterstadt-nord",
        year - 2,
        "10",
        year + 2);
    link(
        org,
        "Ganztagsbetreuung Grundschule Bergdorf%",
        "GT-GS",
        "bergdorf",
        year - 2,
        "60",
        year + 2);
  }

  private void value(long indicator, String area, int year, BigDecimal value) {
    BigDecimal scaled = value.setScale(1, RoundingMode.HALF_UP);
    if (area == null) {
      update(
          "INSERT IGNORE INTO indicator_value (indicator_id, area_id, year, value, origin,"
              + " origin_ref, recorded_on, recorded_by) VALUES (?1, NULL, ?2, ?3, 'STATISTICS',"
              + " 'Demo', CURRENT_DATE, 'planer')",
          indicator,
          year,
          scaled);
      return;
    }
    update(
        "INSERT IGNORE INTO indicator_value (indicator_id, area_id, year, value, origin,"
            + " origin_ref, recorded_on, recorded_by) SELECT ?1, a.id, ?2, ?3, 'STATISTICS',"
            + " 'Demo', CURRENT_DATE, 'planer' FROM area a JOIN indicator i ON i.id = ?1"
            + " WHERE a.organisation_id = i.organisation_id AND a.code = ?4"
            + " AND a.valid_from <= ?5 AND (a.valid_to IS NULL OR a.valid_to > ?6)"
            + " ORDER BY a.valid_from DESC LIMIT 1",
        indicator,
        year,
        scaled,
        area,
        LocalDate.of(year, 12, 31),
        LocalDate.of(year, 1, 1));
  }

  /** Links every version of the demo measures with the title to the indicator. */
  private void link(
      long org,
      String measureTitle,
      String code,
      String area,
      int baselineYear,
      String target,
      int targetYear) {
    update(
        "INSERT IGNORE INTO measure_indicator (measure_id, indicator_id, area_id, baseline,"
            + " baseline_year, target, target_year)"
            + " SELECT m.id, i.id, a.id, v.value, ?4, ?5, ?6 FROM measure m"
            + " JOIN goal g ON g.id = m.goal_id"
            + " LEFT JOIN work_plan_version wv ON wv.id = g.version_id"
            + " LEFT JOIN contribution c ON c.id = g.contribution_id"
            + " JOIN planning_cycle pc ON pc.id = COALESCE(wv.cycle_id, c.cycle_id)"
            + " JOIN indicator i ON i.organisation_id = pc.organisation_id AND i.code = ?2"
            + " JOIN indicator_value v ON v.indicator_id = i.id AND v.year = ?4"
            + " AND v.origin = 'STATISTICS'"
            + " JOIN area a ON a.id = v.area_id AND a.code = ?3"
            + " WHERE pc.organisation_id = ?7 AND m.title LIKE ?1",
        measureTitle,
        code,
        area,
        baselineYear,
        new BigDecimal(target),
        targetYear,
        org);
  }

  private Long organisation() {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM organisation WHERE code = ?1 AND demo")
            .setParameter(1, DemoDistrict.CODE)
            .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private long indicatorId(long org, String code) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT id FROM indicator WHERE organisation_id = ?1 AND code = ?2")
                .setParameter(1, org)
                .setParameter(2, code)
                .getSingleResult())
        .longValue();
  }

  private void update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }
}

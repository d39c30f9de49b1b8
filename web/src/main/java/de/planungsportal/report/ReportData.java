package de.planungsportal.report;

import de.planungsportal.report.ReportContent.AreaSeries;
import de.planungsportal.report.ReportContent.Evidence;
import de.planungsportal.report.ReportContent.Indicator;
import de.planungsportal.report.ReportContent.MeasureLine;
import de.planungsportal.report.ReportContent.Value;
import de.planungsportal.report.ReportContent.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads what the education report of a cycle shows, with native queries of its own on the shared
 * tables (indicator, indicator_value, measure_indicator of V22; the plan's measures and progress
 * reports). Survey figures are not read here: the report takes them from SurveyResults.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportData {

  @PersistenceContext private EntityManager em;

  /** The cycle's facts, or empty if there is no such cycle. */
  public java.util.Optional<Object[]> cycle(long cycleId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.organisation_id, o.name, c.plan_year, c.title, o.code"
                    + " FROM planning_cycle c JOIN organisation o ON o.id = c.organisation_id"
                    + " WHERE c.id = ?1")
            .setParameter(1, cycleId)
            .getResultList();
    return rows.stream().map(r -> (Object[]) r).findFirst();
  }

  public ReportContent load(long cycleId) {
    Object[] cycle =
        cycle(cycleId).orElseThrow(() -> new ReportGoneException("cycle " + cycleId + " is gone"));
    long organisationId = ((Number) cycle[0]).longValue();
    Integer version = planVersion(cycleId);
    return new ReportContent(
        cycleId,
        (String) cycle[1],
        ((Number) cycle[2]).intValue(),
        (String) cycle[3],
        indicators(organisationId),
        releasedWaves(organisationId),
        version == null ? null : versionNumber(version),
        version == null ? List.of() : measures(version));
  }

  List<Indicator> indicators(long organisationId) {
    List<?> indicators =
        em.createNativeQuery(
                "SELECT id, code, name, unit, direction, definition, source FROM indicator"
                    + " WHERE organisation_id = ?1 ORDER BY name, code")
            .setParameter(1, organisationId)
            .getResultList();
    // one value per indicator, area and year: a measured figure before a suppressed one
    List<?> values =
        em.createNativeQuery(
                "SELECT v.indicator_id, a.name, v.year, v.value FROM indicator_value v"
                    + " JOIN indicator i ON i.id = v.indicator_id"
                    + " LEFT JOIN area a ON a.id = v.area_id"
                    + " WHERE i.organisation_id = ?1"
                    + " ORDER BY v.indicator_id, v.area_id IS NOT NULL, a.name, v.year,"
                    + " v.value IS NULL")
            .setParameter(1, organisationId)
            .getResultList();
    List<Indicator> result = new ArrayList<>();
    for (Object o : indicators) {
      Object[] i = (Object[]) o;
      long id = ((Number) i[0]).longValue();
      TreeSet<Integer> years = new TreeSet<>();
      Map<String, Map<Integer, Value>> byArea = new LinkedHashMap<>();
      for (Object v : values) {
        Object[] row = (Object[]) v;
        if (((Number) row[0]).longValue() != id) {
          continue;
        }
        int year = ((Number) row[2]).intValue();
        years.add(year);
        byArea
            .computeIfAbsent((String) row[1], k -> new LinkedHashMap<>())
            .putIfAbsent(year, new Value(true, decimal(row[3])));
      }
      List<Integer> yearList = List.copyOf(years);
      List<AreaSeries> series = new ArrayList<>();
      byArea.forEach(
          (area, byYear) ->
              series.add(
                  new AreaSeries(
                      area,
                      yearList.stream()
                          .map(y -> byYear.getOrDefault(y, new Value(false, null)))
                          .toList())));
      result.add(
          new Indicator(
              (String) i[1],
              (String) i[2],
              (String) i[3],
              (String) i[4],
              (String) i[5],
              (String) i[6],
              yearList,
              series));
    }
    return result;
  }

  /** Only released waves: their results have left the planning team already. */
  List<Wave> releasedWaves(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT w.id, w.title, w.field_end FROM survey_wave w"
                    + " JOIN wave_result r ON r.wave_id = w.id"
                    + " WHERE w.organisation_id = ?1 AND r.released_on IS NOT NULL"
                    + " ORDER BY w.field_end, w.id")
            .setParameter(1, organisationId)
            .getResultList();
    List<Wave> waves = new ArrayList<>();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      waves.add(new Wave(((Number) row[0]).longValue(), (String) row[1], day(row[2])));
    }
    return waves;
  }

  /** The published version of the cycle's plan, or else its newest one; null without a plan. */
  private Integer planVersion(long cycleId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM work_plan_version WHERE cycle_id = ?1"
                    + " ORDER BY status = 'PUBLISHED' DESC, number DESC LIMIT 1")
            .setParameter(1, cycleId)
            .getResultList();
    return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
  }

  private Integer versionNumber(long versionId) {
    return ((Number)
            em.createNativeQuery("SELECT number FROM work_plan_version WHERE id = ?1")
                .setParameter(1, versionId)
                .getSingleResult())
        .intValue();
  }

  List<MeasureLine> measures(long versionId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT m.id, g.title, m.title, d.name, m.status,"
                    + " (SELECT p.status FROM progress_report p WHERE p.measure_id = m.id"
                    + "  ORDER BY p.reported_on DESC, p.id DESC LIMIT 1),"
                    + " (SELECT p.percent_done FROM progress_report p WHERE p.measure_id = m.id"
                    + "  ORDER BY p.reported_on DESC, p.id DESC LIMIT 1),"
                    + " (SELECT p.reported_on FROM progress_report p WHERE p.measure_id = m.id"
                    + "  ORDER BY p.reported_on DESC, p.id DESC LIMIT 1)"
                    + " FROM measure m JOIN goal g ON g.id = m.goal_id"
                    + " JOIN department d ON d.id = m.owner_department_id"
                    + " WHERE g.version_id = ?1 ORDER BY g.position, g.id, m.position, m.id")
            .setParameter(1, versionId)
            .getResultList();
    List<?> evidence =
        em.createNativeQuery(
                "SELECT mi.measure_id, i.name, i.unit, i.direction, a.name, mi.baseline,"
                    + " mi.baseline_year, mi.target, mi.target_year, l.value, l.year"
                    + " FROM measure_indicator mi JOIN indicator i ON i.id = mi.indicator_id"
                    + " JOIN measure m ON m.id = mi.measure_id JOIN goal g ON g.id = m.goal_id"
                    + " LEFT JOIN area a ON a.id = mi.area_id"
                    + " LEFT JOIN indicator_value l ON l.id = (SELECT v.id FROM indicator_value v"
                    + "  WHERE v.indicator_id = mi.indicator_id"
                    + "  AND v.area_key = COALESCE(mi.area_id, 0) AND v.year > mi.baseline_year"
                    + "  ORDER BY v.year DESC, v.value IS NULL LIMIT 1)"
                    + " WHERE g.version_id = ?1 ORDER BY i.name")
            .setParameter(1, versionId)
            .getResultList();
    List<MeasureLine> measures = new ArrayList<>();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      long id = ((Number) row[0]).longValue();
      List<Evidence> chain = new ArrayList<>();
      for (Object e : evidence) {
        Object[] ev = (Object[]) e;
        if (((Number) ev[0]).longValue() == id) {
          chain.add(
              new Evidence(
                  (String) ev[1],
                  (String) ev[2],
                  (String) ev[3],
                  (String) ev[4],
                  decimal(ev[5]),
                  ((Number) ev[6]).intValue(),
                  decimal(ev[7]),
                  ((Number) ev[8]).intValue(),
                  ev[10] != null,
                  decimal(ev[9]),
                  ev[10] == null ? null : ((Number) ev[10]).intValue()));
        }
      }
      measures.add(
          new MeasureLine(
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              row[6] == null ? null : ((Number) row[6]).intValue(),
              day(row[7]),
              chain));
    }
    return measures;
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return value instanceof Date d ? d.toLocalDate() : null;
  }
}

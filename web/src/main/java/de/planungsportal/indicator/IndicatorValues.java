package de.planungsportal.indicator;

import de.planungsportal.area.Area;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.ImportRefusedException;
import de.planungsportal.common.ImportRefusedException.Problem;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.TextUpload;
import de.planungsportal.common.Upload;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of indicators: entered by hand, imported from a statistics-office table, read by the
 * catalogue's screens. A value belongs to the area version that applied in its year (the latest
 * version valid on any day of the year, so a redrawing in the year counts from that year on); an
 * area is named by its code, which all its versions share.
 */
@ApplicationScoped
@Transactional
public class IndicatorValues {

  /** Smallest and largest year a value may have (as the table's check says). */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2100;

  @PersistenceContext private EntityManager em;
  @Inject private IndicatorCatalogue catalogue;
  @Inject private AuditLog audit;

  /** One value as lists and charts show it. */
  public record ValueRow(
      long id,
      String areaCode,
      String areaName,
      int year,
      BigDecimal value,
      ValueOrigin origin,
      String originRef) {

    public boolean wholeOrganisation() {
      return areaCode == null;
    }
  }

  /** Every value of the indicator, by year, area code and origin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ValueRow> values(Actor actor, long indicatorId) {
    catalogue.find(actor, indicatorId);
    return em
        .createQuery(
            // an outer join, so the values of the whole organisation (no area) are kept
            "select v from IndicatorValue v left join fetch v.area a where v.indicator.id = :id"
                + " order by v.year, a.code, v.origin",
            IndicatorValue.class)
        .setParameter("id", indicatorId)
        .getResultList()
        .stream()
        .map(IndicatorValues::row)
        .toList();
  }

  /** Enters or corrects a value by hand (origin MANUAL); area code blank: whole organisation. */
  public void record(
      Actor actor, long indicatorId, String areaCode, Integer year, BigDecimal value) {
    actor.require(Role.PLANNER);
    Indicator indicator = catalogue.find(actor, indicatorId);
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException("indicator.value.year", FIRST_YEAR, LAST_YEAR);
    }
    if (value == null) {
      throw new InvalidInputException("indicator.value.missing");
    }
    Area area = null;
    if (areaCode != null && !areaCode.isBlank()) {
      area = areaIn(actor.organisationId(), areaCode.strip(), year);
      if (area == null) {
        throw new InvalidInputException("indicator.value.noArea", areaCode.strip(), year);
      }
    }
    store(indicator, area, year, ValueOrigin.MANUAL, value, null, actor.username());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "indicator.value",
        "indicator",
        indicatorId,
        "Value of "
            + indicator.getCode()
            + " for "
            + (area == null ? "the organisation" : area.getCode())
            + " in "
            + year
            + " entered",
        null);
  }

  /**
   * Imports a statistics-office table: every line or none. Lines name indicators by code and areas
   * by code; a line repeating an earlier one's indicator, area and year is refused too.
   *
   * @return the number of values stored
   * @throws ImportRefusedException with every problem by line; nothing stored
   */
  public int importStatistics(Actor actor, Upload upload) {
    actor.require(Role.PLANNER);
    String text = TextUpload.csvText(upload);
    List<StatisticsCsv.Row> rows = StatisticsCsv.rows(text);
    Map<String, Indicator> indicators = new HashMap<>();
    catalogue.list(actor).forEach(i -> indicators.put(i.getCode().toLowerCase(), i));
    List<Problem> problems = new ArrayList<>();
    List<Runnable> stores = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String ref = originRef(upload.fileName());
    for (StatisticsCsv.Row row : rows) {
      int before = problems.size();
      Indicator indicator = indicators.get(row.indicator().toLowerCase());
      if (indicator == null) {
        problems.add(
            Problem.of(
                row.line(), "indicator", "indicator.import.unknownIndicator", row.indicator()));
      }
      Integer year = year(row.year());
      if (year == null) {
        problems.add(
            Problem.of(
                row.line(), "year", "indicator.import.badYear", row.year(), FIRST_YEAR, LAST_YEAR));
      }
      BigDecimal value = StatisticsCsv.number(row.value());
      if (value == null) {
        problems.add(Problem.of(row.line(), "value", "indicator.import.badValue", row.value()));
      }
      Area area = null;
      if (!row.area().isEmpty() && year != null) {
        area = areaIn(actor.organisationId(), row.area(), year);
        if (area == null) {
          problems.add(
              Problem.of(row.line(), "area", "indicator.import.unknownArea", row.area(), year));
        }
      }
      if (problems.size() == before) {
        String key = indicator.getId() + "|" + row.area().toLowerCase() + "|" + year;
        if (!seen.add(key)) {
          problems.add(Problem.of(row.line(), null, "indicator.import.duplicate"));
        } else {
          Area target = area;
          stores.add(
              () ->
                  store(
                      indicator,
                      target,
                      year,
                      ValueOrigin.STATISTICS,
                      value,
                      ref,
                      actor.username()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRefusedException(problems);
    }
    stores.forEach(Runnable::run);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "indicator.import",
        "indicator_value",
        null,
        "Statistics import " + ref + ": " + stores.size() + " values",
        null);
    return stores.size();
  }

  /**
   * Stores a value another feature delivers (a data request's answer: origin DATA_REQUEST), for an
   * area version of the actor's organisation or the whole organisation (no area). The caller has
   * checked the actor may deliver it; this checks the indicator and area belong to the
   * organisation. Replaces an earlier value of the same indicator, area, year and origin.
   */
  public void deliver(
      Actor actor,
      long indicatorId,
      Long areaId,
      int year,
      BigDecimal value,
      ValueOrigin origin,
      String originRef) {
    Indicator indicator = catalogue.find(actor, indicatorId);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException("indicator.value.year", FIRST_YEAR, LAST_YEAR);
    }
    Area area = areaId == null ? null : em.find(Area.class, areaId);
    if (areaId != null
        && (area == null || area.getOrganisation().getId() != actor.organisationId())) {
      throw new AccessDeniedException("area " + areaId + " is not of the actor's organisation");
    }
    store(indicator, area, year, origin, value, originRef, actor.username());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "indicator.value",
        "indicator",
        indicatorId,
        "Value of " + indicator.getCode() + " for " + year + " delivered (" + origin + ")",
        null);
  }

  /**
   * The area version with the code that applied in the year: the latest one valid on any day of it;
   * null if the organisation had no such area then.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Area areaIn(long organisationId, String code, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return em.createQuery(
            "select a from Area a where a.organisation.id = :org and a.code = :code"
                + " and a.validFrom <= :last and (a.validTo is null or a.validTo > :first)"
                + " order by a.validFrom desc",
            Area.class)
        .setParameter("org", organisationId)
        .setParameter("code", code)
        .setParameter("first", first)
        .setParameter("last", last)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Inserts or overwrites the value of one indicator, area version, year and origin. */
  void store(
      Indicator indicator,
      Area area,
      int year,
      ValueOrigin origin,
      BigDecimal value,
      String originRef,
      String by) {
    var query =
        em.createQuery(
                "select v from IndicatorValue v where v.indicator = :i and v.year = :y"
                    + " and v.origin = :o and "
                    + (area == null ? "v.area is null" : "v.area = :a"),
                IndicatorValue.class)
            .setParameter("i", indicator)
            .setParameter("y", year)
            .setParameter("o", origin);
    if (area != null) {
      query.setParameter("a", area);
    }
    IndicatorValue row = query.getResultStream().findFirst().orElse(null);
    if (row == null) {
      row = new IndicatorValue(indicator, area, year, origin);
      row.record(value, originRef, by);
      em.persist(row);
    } else {
      row.record(value, originRef, by);
    }
  }

  static ValueRow row(IndicatorValue v) {
    Area area = v.getArea();
    return new ValueRow(
        v.getId(),
        area == null ? null : area.getCode(),
        area == null ? null : area.getName(),
        v.getYear(),
        v.getValue(),
        v.getOrigin(),
        v.getOriginRef());
  }

  private static Integer year(String text) {
    if (!text.matches("[0-9]{4}")) {
      return null;
    }
    int year = Integer.parseInt(text);
    return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
  }

  private static String originRef(String fileName) {
    String ref = LocalDate.now() + " " + fileName;
    return ref.length() <= 100 ? ref : ref.substring(0, 100);
  }
}

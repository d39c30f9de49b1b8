package de.planungsportal.indicator;

import de.planungsportal.area.Area;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAccess;
import de.planungsportal.results.ResultCell;
import de.planungsportal.results.SurveyResults;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Values of a survey-based indicator taken from a closed wave of its questionnaire: the share of
 * the chosen options or the mean, per area and for the whole organisation, read through {@link
 * SurveyResults} only, so suppression is the results feature's. A suppressed cell is stored as
 * NULL: measured, not shown. The year is the year the wave's field phase ended.
 */
@ApplicationScoped
@Transactional
public class SurveyValues {

  @PersistenceContext private EntityManager em;
  @Inject private IndicatorCatalogue catalogue;
  @Inject private IndicatorValues values;
  @Inject private SurveyResults results;
  @Inject private ResultAccess resultAccess;
  @Inject private AuditLog audit;

  /** A closed wave an indicator's values can be taken from. */
  public record WaveOption(long id, String title, LocalDate fieldEnd) {}

  /** The closed waves of the indicator's questionnaire, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WaveOption> waves(Actor actor, long indicatorId) {
    Indicator indicator = catalogue.find(actor, indicatorId);
    if (!indicator.isSurveyBased()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT w.id, w.title, w.field_end FROM survey_wave w"
                    + " JOIN questionnaire_version v ON v.id = w.questionnaire_version_id"
                    + " WHERE v.questionnaire_id = ?1 AND w.organisation_id = ?2"
                    + " AND w.state = 'CLOSED' ORDER BY w.field_end DESC, w.id DESC")
            .setParameter(1, indicator.getSurveyQuestionnaireId())
            .setParameter(2, actor.organisationId())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new WaveOption(((Number) r[0]).longValue(), (String) r[1], day(r[2])))
        .toList();
  }

  /**
   * Takes the indicator's values from the wave: one per area the wave's responses carry and one for
   * the whole organisation, replacing earlier ones from the same wave's year.
   *
   * @return the number of values stored, suppressed ones included
   */
  public int takeFromWave(Actor actor, long indicatorId, long waveId, Locale locale) {
    actor.require(Role.PLANNER);
    Indicator indicator = catalogue.find(actor, indicatorId);
    if (!indicator.isSurveyBased()) {
      throw new InvalidInputException("indicator.survey.notSurveyBased");
    }
    WaveOption wave =
        waves(actor, indicatorId).stream()
            .filter(w -> w.id() == waveId)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("indicator.survey.waveNotClosed"));
    if (!resultAccess.plans(actor, waveId)) {
      throw new AccessDeniedException("not a planner of wave " + waveId);
    }
    int year = wave.fieldEnd().getYear();
    String ref = Long.toString(waveId);
    String key = indicator.getSurveyQuestionKey();
    QuestionResult total = results.question(waveId, key, Breakdown.TOTAL, locale);
    values.store(
        indicator,
        null,
        year,
        ValueOrigin.SURVEY,
        figure(indicator, total.total()),
        ref,
        actor.username());
    int stored = 1;
    QuestionResult byArea = results.question(waveId, key, Breakdown.AREA, locale);
    for (ResultCell cell : byArea.groups()) {
      Area area = areaOf(actor, cell.groupKey());
      if (area != null) {
        values.store(
            indicator,
            area,
            year,
            ValueOrigin.SURVEY,
            figure(indicator, cell),
            ref,
            actor.username());
        stored++;
      }
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        "indicator.survey",
        "indicator",
        indicatorId,
        "Values of " + indicator.getCode() + " taken from wave " + waveId + ": " + stored,
        null);
    return stored;
  }

  /** The indicator's figure of one cell; null when the cell is suppressed. */
  static BigDecimal figure(Indicator indicator, ResultCell cell) {
    if (cell == null || cell.suppressed()) {
      return null;
    }
    if (indicator.getSurveyReading() == SurveyReading.MEAN) {
      return cell.mean() == null ? null : scale(cell.mean());
    }
    List<String> chosen = indicator.optionKeys();
    double share =
        cell.options().stream()
            .filter(o -> chosen.contains(o.key()))
            .mapToDouble(OptionFigure::percent)
            .sum();
    return scale(share);
  }

  /** The area version a result group names (its id); null for a group of no area of the org. */
  private Area areaOf(Actor actor, String groupKey) {
    long id;
    try {
      id = Long.parseLong(groupKey);
    } catch (NumberFormatException e) {
      return null; // e.g. the group of responses without an area
    }
    Area area = em.find(Area.class, id);
    return area != null && area.getOrganisation().getId() == actor.organisationId() ? area : null;
  }

  private static BigDecimal scale(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}

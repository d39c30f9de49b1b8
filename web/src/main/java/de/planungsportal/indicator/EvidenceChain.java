package de.planungsportal.indicator;

import de.planungsportal.area.Area;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.IndicatorTarget;
import de.planungsportal.planning.MeasureIndicatorLinks;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The evidence chain of a measure: per indicator it is meant to move, baseline, target and the
 * latest shown value after the baseline year (of any origin: statistics, a wave, a data request, a
 * manual entry), and whether the indicator moved the good way since the baseline. Values of the
 * linked area are matched by its code, so a redrawn area's later versions count.
 */
@ApplicationScoped
@Transactional
public class EvidenceChain {

  @PersistenceContext private EntityManager em;
  @Inject private IndicatorCatalogue catalogue;
  @Inject private IndicatorValues values;
  @Inject private MeasureIndicatorLinks links;
  @Inject private AuditLog audit;

  /** How an indicator stands against the measure's baseline. */
  public enum Movement {
    /** no shown value after the baseline year yet */
    NO_VALUE,
    RIGHT_WAY,
    WRONG_WAY,
    UNCHANGED,
    /** the indicator has no good direction */
    NO_DIRECTION
  }

  /** What a link of a measure form submits. */
  public record LinkInput(
      Long indicatorId,
      String areaCode,
      BigDecimal baseline,
      Integer baselineYear,
      BigDecimal target,
      Integer targetYear) {}

  /** One link with its evidence. */
  public record Evidence(
      long indicatorId,
      String indicatorCode,
      String indicatorName,
      String unit,
      Direction direction,
      String areaCode,
      String areaName,
      BigDecimal baseline,
      int baselineYear,
      BigDecimal target,
      int targetYear,
      Integer latestYear,
      BigDecimal latest,
      ValueOrigin latestOrigin,
      Movement movement,
      boolean targetReached) {}

  /**
   * The evidence of a measure; empty for a measure of another organisation (plans shared with other
   * organisations show no indicator values of the owner).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Evidence> of(Actor actor, long measureId) {
    Organisation owner = links.ownerOf(measureId);
    if (owner == null || owner.getId() != actor.organisationId()) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>();
    for (IndicatorTarget t : links.of(measureId)) {
      evidence.add(evidence(actor, t));
    }
    evidence.sort(Comparator.comparing(Evidence::indicatorName));
    return evidence;
  }

  /**
   * The links as a form edits them; AccessDeniedException unless the actor may edit the measure.
   */
  public List<LinkInput> editable(Actor actor, long measureId) {
    List<LinkInput> inputs = new ArrayList<>();
    for (IndicatorTarget t : links.editable(actor, measureId)) {
      Area area = t.getAreaId() == null ? null : em.find(Area.class, t.getAreaId());
      inputs.add(
          new LinkInput(
              t.getIndicatorId(),
              area == null ? null : area.getCode(),
              t.getBaseline(),
              t.getBaselineYear(),
              t.getTarget(),
              t.getTargetYear()));
    }
    return inputs;
  }

  /**
   * Replaces the links of a measure the actor may edit. The area is the version that applied in the
   * baseline year.
   */
  public void replace(Actor actor, long measureId, List<LinkInput> inputs) {
    List<IndicatorTarget> targets = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    int position = 0;
    for (LinkInput in : inputs) {
      position++;
      if (in.indicatorId() == null) {
        throw new InvalidInputException("evidence.indicatorMissing", position);
      }
      Indicator indicator = catalogue.find(actor, in.indicatorId());
      if (seen.contains(indicator.getId())) {
        throw new InvalidInputException("evidence.duplicate", indicator.getName());
      }
      seen.add(indicator.getId());
      if (in.baseline() == null
          || in.target() == null
          || in.baselineYear() == null
          || in.targetYear() == null) {
        throw new InvalidInputException("evidence.incomplete", indicator.getName());
      }
      if (!validYear(in.baselineYear()) || !validYear(in.targetYear())) {
        throw new InvalidInputException(
            "indicator.value.year", IndicatorValues.FIRST_YEAR, IndicatorValues.LAST_YEAR);
      }
      if (in.targetYear() < in.baselineYear()) {
        throw new InvalidInputException("evidence.targetBeforeBaseline", indicator.getName());
      }
      Long areaId = null;
      if (in.areaCode() != null && !in.areaCode().isBlank()) {
        Area area = values.areaIn(actor.organisationId(), in.areaCode().strip(), in.baselineYear());
        if (area == null) {
          throw new InvalidInputException(
              "indicator.value.noArea", in.areaCode().strip(), in.baselineYear());
        }
        areaId = area.getId();
      }
      targets.add(
          new IndicatorTarget(
              indicator.getId(),
              areaId,
              in.baseline(),
              in.baselineYear(),
              in.target(),
              in.targetYear()));
    }
    links.replace(actor, measureId, targets);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "measure.indicators",
        "measure",
        measureId,
        "Evidence chain of measure " + measureId + ": " + targets.size() + " indicators",
        null);
  }

  private Evidence evidence(Actor actor, IndicatorTarget t) {
    Indicator indicator = catalogue.find(actor, t.getIndicatorId());
    Area area = t.getAreaId() == null ? null : em.find(Area.class, t.getAreaId());
    String areaCode = area == null ? null : area.getCode();
    IndicatorValues.ValueRow latest =
        values.values(actor, indicator.getId()).stream()
            .filter(v -> Objects.equals(v.areaCode(), areaCode))
            .filter(v -> v.year() > t.getBaselineYear() && v.value() != null)
            .max(
                Comparator.comparingInt(IndicatorValues.ValueRow::year)
                    .thenComparing(IndicatorValues.ValueRow::origin, Comparator.reverseOrder()))
            .orElse(null);
    Movement movement = movement(indicator.getDirection(), t.getBaseline(), latest);
    boolean reached = latest != null && reached(indicator.getDirection(), t.getTarget(), latest);
    return new Evidence(
        indicator.getId(),
        indicator.getCode(),
        indicator.getName(),
        indicator.getUnit(),
        indicator.getDirection(),
        areaCode,
        area == null ? null : area.getName(),
        t.getBaseline(),
        t.getBaselineYear(),
        t.getTarget(),
        t.getTargetYear(),
        latest == null ? null : latest.year(),
        latest == null ? null : latest.value(),
        latest == null ? null : latest.origin(),
        movement,
        reached);
  }

  static Movement movement(Direction direction, BigDecimal baseline, IndicatorValues.ValueRow v) {
    if (v == null) {
      return Movement.NO_VALUE;
    }
    if (direction == Direction.NONE) {
      return Movement.NO_DIRECTION;
    }
    if (v.value().compareTo(baseline) == 0) {
      return Movement.UNCHANGED;
    }
    return direction.isGood(baseline, v.value()) ? Movement.RIGHT_WAY : Movement.WRONG_WAY;
  }

  private static boolean reached(
      Direction direction, BigDecimal target, IndicatorValues.ValueRow v) {
    int compared = v.value().compareTo(target);
    return switch (direction) {
      case UP -> compared >= 0;
      case DOWN -> compared <= 0;
      case NONE -> compared == 0;
    };
  }

  private static boolean validYear(int year) {
    return year >= IndicatorValues.FIRST_YEAR && year <= IndicatorValues.LAST_YEAR;
  }
}

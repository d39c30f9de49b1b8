package de.planungsportal.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One link of the evidence chain: an indicator of the catalogue (by id; the indicator feature owns
 * it) the measure is meant to move, for one area version or the whole organisation (no area), from
 * a baseline to a target. Kept with the measure, so a copy of the measure in a new plan version
 * keeps it as it keeps its areas.
 */
@Embeddable
public class IndicatorTarget implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "indicator_id", nullable = false)
  private long indicatorId;

  @Column(name = "area_id")
  private Long areaId;

  @Column(nullable = false, precision = 14, scale = 4)
  private BigDecimal baseline;

  @Column(name = "baseline_year", nullable = false)
  private int baselineYear;

  @Column(nullable = false, precision = 14, scale = 4)
  private BigDecimal target;

  @Column(name = "target_year", nullable = false)
  private int targetYear;

  protected IndicatorTarget() {}

  public IndicatorTarget(
      long indicatorId,
      Long areaId,
      BigDecimal baseline,
      int baselineYear,
      BigDecimal target,
      int targetYear) {
    this.indicatorId = indicatorId;
    this.areaId = areaId;
    // the column's scale, so a value reads the same from the cache as from the database
    this.baseline = Objects.requireNonNull(baseline, "baseline").setScale(4, RoundingMode.HALF_UP);
    this.baselineYear = baselineYear;
    this.target = Objects.requireNonNull(target, "target").setScale(4, RoundingMode.HALF_UP);
    this.targetYear = targetYear;
  }

  public long getIndicatorId() {
    return indicatorId;
  }

  public Long getAreaId() {
    return areaId;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public int getBaselineYear() {
    return baselineYear;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public int getTargetYear() {
    return targetYear;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndicatorTarget t
        && indicatorId == t.indicatorId
        && Objects.equals(areaId, t.areaId)
        && baseline.compareTo(t.baseline) == 0
        && baselineYear == t.baselineYear
        && target.compareTo(t.target) == 0
        && targetYear == t.targetYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, areaId, baselineYear, targetYear);
  }
}

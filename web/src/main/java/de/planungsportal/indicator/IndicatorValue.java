package de.planungsportal.indicator;

import de.planungsportal.area.Area;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The value of an indicator for one area version (none: the whole organisation) in one year, from
 * one origin. A null value is "measured, not shown" (a suppressed survey cell).
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "indicator_id", updatable = false)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id", updatable = false)
  private Area area;

  @Column(nullable = false, updatable = false)
  private int year;

  @Column(precision = 14, scale = 4)
  private BigDecimal value;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private ValueOrigin origin;

  @Column(name = "origin_ref", length = 100)
  private String originRef;

  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @Version private int version;

  protected IndicatorValue() {}

  IndicatorValue(Indicator indicator, Area area, int year, ValueOrigin origin) {
    this.indicator = indicator;
    this.area = area;
    this.year = year;
    this.origin = origin;
  }

  void record(BigDecimal value, String originRef, String by) {
    // the column's scale, so a value reads the same from the cache as from the database
    this.value = value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    this.originRef = originRef;
    this.recordedOn = LocalDate.now();
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Area getArea() {
    return area;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getValue() {
    return value;
  }

  public ValueOrigin getOrigin() {
    return origin;
  }

  public String getOriginRef() {
    return originRef;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}

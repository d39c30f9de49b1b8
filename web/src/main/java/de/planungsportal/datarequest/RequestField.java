package de.planungsportal.datarequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One figure a data request asks for, with its unit, plausible range and indicator. */
@Entity
@Table(name = "data_request_field")
public class RequestField implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private DataRequest request;

  @Column(nullable = false)
  private int position;

  @Column(name = "field_key", nullable = false, length = 40)
  private String key;

  @Column(nullable = false, length = 200)
  private String label;

  @Column(nullable = false, length = 40)
  private String unit;

  @Column(name = "min_value", precision = 14, scale = 4)
  private BigDecimal min;

  @Column(name = "max_value", precision = 14, scale = 4)
  private BigDecimal max;

  @Column(name = "indicator_id")
  private Long indicatorId;

  protected RequestField() {}

  RequestField(
      DataRequest request,
      int position,
      String key,
      String label,
      String unit,
      BigDecimal min,
      BigDecimal max,
      Long indicatorId) {
    this.request = request;
    this.position = position;
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.indicatorId = indicatorId;
  }

  void update(
      int position, String label, String unit, BigDecimal min, BigDecimal max, Long indicatorId) {
    this.position = position;
    this.label = label;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.indicatorId = indicatorId;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getKey() {
    return key;
  }

  public String getLabel() {
    return label;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getMin() {
    return min;
  }

  public BigDecimal getMax() {
    return max;
  }

  public Long getIndicatorId() {
    return indicatorId;
  }
}

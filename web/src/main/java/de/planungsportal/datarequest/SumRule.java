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
import java.util.Arrays;
import java.util.List;

/**
 * A plausibility rule: the total field equals the sum of the part fields (pupils = girls + boys).
 */
@Entity
@Table(name = "data_request_sum_rule")
public class SumRule implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private DataRequest request;

  @Column(nullable = false)
  private int position;

  @Column(name = "total_key", nullable = false, length = 40)
  private String totalKey;

  @Column(name = "part_keys", nullable = false, length = 400)
  private String partKeys;

  protected SumRule() {}

  SumRule(DataRequest request, int position, String totalKey, List<String> parts) {
    this.request = request;
    this.position = position;
    this.totalKey = totalKey;
    this.partKeys = String.join(",", parts);
  }

  public Long getId() {
    return id;
  }

  public String getTotalKey() {
    return totalKey;
  }

  public List<String> getPartKeys() {
    return Arrays.stream(partKeys.split(",")).filter(k -> !k.isBlank()).toList();
  }
}

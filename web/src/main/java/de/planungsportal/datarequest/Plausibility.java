package de.planungsportal.datarequest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plausibility rules of a request applied to one school's figures: a figure outside its field's
 * range, and a total that is not the sum of its parts, are implausible. Implausible figures are not
 * refused outright (a school may really have 0 or 2,000 pupils): they must be corrected or
 * explained before the answer can be submitted.
 */
public final class Plausibility {

  /**
   * Why a figure looks wrong: the field it belongs to (for a sum rule, the total), the message key
   * and its arguments.
   */
  public record Finding(String fieldKey, String messageKey, List<Object> arguments)
      implements Serializable {}

  private Plausibility() {}

  /** The findings for the figures by field key; missing figures are not checked here. */
  public static List<Finding> check(
      List<RequestField> fields, List<SumRule> rules, Map<String, BigDecimal> values) {
    List<Finding> findings = new ArrayList<>();
    Map<String, RequestField> byKey = new HashMap<>();
    for (RequestField field : fields) {
      byKey.put(field.getKey(), field);
      BigDecimal value = values.get(field.getKey());
      if (value == null) {
        continue;
      }
      if (field.getMin() != null && value.compareTo(field.getMin()) < 0) {
        findings.add(
            new Finding(
                field.getKey(),
                "datarequest.plausibility.belowMin",
                List.of(field.getLabel(), field.getMin(), field.getUnit())));
      } else if (field.getMax() != null && value.compareTo(field.getMax()) > 0) {
        findings.add(
            new Finding(
                field.getKey(),
                "datarequest.plausibility.aboveMax",
                List.of(field.getLabel(), field.getMax(), field.getUnit())));
      }
    }
    for (SumRule rule : rules) {
      BigDecimal total = values.get(rule.getTotalKey());
      List<BigDecimal> parts = rule.getPartKeys().stream().map(values::get).toList();
      if (total == null || parts.contains(null) || !byKey.containsKey(rule.getTotalKey())) {
        continue;
      }
      BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(sum) != 0) {
        String partLabels =
            rule.getPartKeys().stream()
                .map(k -> byKey.containsKey(k) ? byKey.get(k).getLabel() : k)
                .collect(Collectors.joining(" + "));
        findings.add(
            new Finding(
                rule.getTotalKey(),
                "datarequest.plausibility.sum",
                List.of(byKey.get(rule.getTotalKey()).getLabel(), partLabels, sum)));
      }
    }
    return findings;
  }
}

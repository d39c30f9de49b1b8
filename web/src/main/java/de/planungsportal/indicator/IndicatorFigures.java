package de.planungsportal.indicator;

import de.planungsportal.indicator.IndicatorValues.ValueRow;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An indicator read two ways: its course over the years in one area (all versions of the area's
 * code) or the whole organisation, and the areas side by side in one year, best first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorFigures {

  @Inject private IndicatorValues values;

  /** An area an indicator has values for, by code (its versions share it). */
  public record AreaChoice(String code, String name) {}

  /** One area's value in a comparison; rank 1 is the best (or the largest for NONE). */
  public record Compared(
      int rank, String areaCode, String areaName, BigDecimal value, ValueOrigin origin) {}

  /** The values of one area code (null: whole organisation), oldest first, every origin. */
  public List<ValueRow> trend(Actor actor, long indicatorId, String areaCode) {
    return values.values(actor, indicatorId).stream()
        .filter(v -> Objects.equals(v.areaCode(), blankToNull(areaCode)))
        .sorted(Comparator.comparingInt(ValueRow::year).thenComparing(ValueRow::origin))
        .toList();
  }

  /** The trend as one series per origin: year to value (null: measured, not shown). */
  public Map<ValueOrigin, Map<Integer, BigDecimal>> series(List<ValueRow> trend) {
    Map<ValueOrigin, Map<Integer, BigDecimal>> series = new LinkedHashMap<>();
    for (ValueRow row : trend) {
      series.computeIfAbsent(row.origin(), o -> new LinkedHashMap<>()).put(row.year(), row.value());
    }
    return series;
  }

  /** The areas the indicator has values for, by name. */
  public List<AreaChoice> areas(Actor actor, long indicatorId) {
    Map<String, String> names = new LinkedHashMap<>();
    values.values(actor, indicatorId).stream()
        .filter(v -> v.areaCode() != null)
        .forEach(v -> names.put(v.areaCode(), v.areaName()));
    return names.entrySet().stream()
        .map(e -> new AreaChoice(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(AreaChoice::name))
        .toList();
  }

  /** The years with area values, newest first. */
  public List<Integer> years(Actor actor, long indicatorId) {
    TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    values.values(actor, indicatorId).stream()
        .filter(v -> v.areaCode() != null)
        .forEach(v -> years.add(v.year()));
    return new ArrayList<>(years);
  }

  /**
   * The areas' shown values in the year, best first by the indicator's direction (largest first for
   * NONE). An area with values of several origins counts once, with the first origin in {@link
   * ValueOrigin}'s order; suppressed values are left out.
   */
  public List<Compared> comparison(Actor actor, long indicatorId, int year, Direction direction) {
    Map<String, ValueRow> perArea = new LinkedHashMap<>();
    values.values(actor, indicatorId).stream()
        .filter(v -> v.areaCode() != null && v.year() == year && v.value() != null)
        .sorted(Comparator.comparing(ValueRow::origin))
        .forEach(v -> perArea.putIfAbsent(v.areaCode(), v));
    Comparator<ValueRow> byValue = Comparator.comparing(ValueRow::value);
    if (direction != Direction.DOWN) {
      byValue = byValue.reversed();
    }
    List<ValueRow> sorted =
        perArea.values().stream().sorted(byValue.thenComparing(ValueRow::areaName)).toList();
    List<Compared> compared = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ValueRow v = sorted.get(i);
      compared.add(new Compared(i + 1, v.areaCode(), v.areaName(), v.value(), v.origin()));
    }
    return compared;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

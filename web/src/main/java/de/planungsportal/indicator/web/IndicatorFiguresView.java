package de.planungsportal.indicator.web;

import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.indicator.IndicatorFigures;
import de.planungsportal.indicator.IndicatorFigures.AreaChoice;
import de.planungsportal.indicator.IndicatorFigures.Compared;
import de.planungsportal.indicator.IndicatorValues.ValueRow;
import de.planungsportal.indicator.ValueOrigin;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs indicator/figures.xhtml?id=&amp;area=&amp;year=: the trend of one area (or the whole
 * organisation) and the areas compared in one year, each as chart and table. A read-only page
 * addressed by GET, so every view can be bookmarked.
 */
@Named
@RequestScoped
public class IndicatorFiguresView {

  @Inject private IndicatorCatalogue catalogue;
  @Inject private IndicatorFigures figures;
  @Inject private CurrentActor user;

  private String id;
  private String area;
  private String year;

  private Indicator indicator;
  private List<ValueRow> trend = List.of();
  private List<Compared> comparison = List.of();
  private List<AreaChoice> areas = List.of();
  private List<Integer> years = List.of();
  private Integer chosenYear;

  public void load() {
    indicator = IndicatorPages.load(catalogue, user.require(), id);
    if (indicator == null) {
      return;
    }
    long indicatorId = indicator.getId();
    areas = figures.areas(user.require(), indicatorId);
    years = figures.years(user.require(), indicatorId);
    if (area != null && !area.isEmpty() && areas.stream().noneMatch(a -> a.code().equals(area))) {
      Messages.error("indicator.figures.badArea");
      area = null;
    }
    trend = figures.trend(user.require(), indicatorId, area);
    chosenYear = years.isEmpty() ? null : years.get(0);
    if (year != null && !year.isEmpty()) {
      chosenYear = years.stream().filter(y -> y.toString().equals(year)).findFirst().orElse(null);
      if (chosenYear == null) {
        Messages.error("indicator.figures.badYear");
      }
    }
    if (chosenYear != null) {
      comparison =
          figures.comparison(user.require(), indicatorId, chosenYear, indicator.getDirection());
    }
  }

  /** The trend as Chart.js configuration: one line per origin over the years. */
  public String getTrendChart() {
    TreeSet<Integer> allYears = new TreeSet<>();
    trend.forEach(v -> allYears.add(v.year()));
    Map<ValueOrigin, Map<Integer, BigDecimal>> series = figures.series(trend);
    Map<String, List<BigDecimal>> lines = new LinkedHashMap<>();
    series.forEach(
        (origin, byYear) -> {
          List<BigDecimal> points = new ArrayList<>();
          allYears.forEach(y -> points.add(byYear.get(y)));
          lines.put(originLabel(origin), points);
        });
    List<String> labels = allYears.stream().map(String::valueOf).toList();
    return ChartJson.lines(labels, lines, indicator.getUnit());
  }

  private static String originLabel(ValueOrigin origin) {
    String key = "indicator.origin." + origin.name();
    return Messages.text(key);
  }

  /** The comparison as Chart.js configuration: one bar per area, best first. */
  public String getComparisonChart() {
    return ChartJson.bars(
        comparison.stream().map(Compared::areaName).toList(),
        comparison.stream().map(Compared::value).toList(),
        indicator.getName(),
        indicator.getUnit());
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public List<ValueRow> getTrend() {
    return trend;
  }

  public List<Compared> getComparison() {
    return comparison;
  }

  public List<AreaChoice> getAreas() {
    return areas;
  }

  public List<Integer> getYears() {
    return years;
  }

  public Integer getChosenYear() {
    return chosenYear;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}

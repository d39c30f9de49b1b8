package de.planungsportal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the education report shows, read from the database before the PDF is drawn. */
public record ReportContent(
    long cycleId,
    String organisationName,
    int year,
    String cycleTitle,
    List<Indicator> indicators,
    List<Wave> waves,
    Integer planVersion,
    List<MeasureLine> measures) {

  public ReportContent {
    indicators = List.copyOf(indicators);
    waves = List.copyOf(waves);
    measures = List.copyOf(measures);
  }

  /** An indicator and its values by area and year; direction UP, DOWN or NONE. */
  public record Indicator(
      String code,
      String name,
      String unit,
      String direction,
      String definition,
      String source,
      List<Integer> years,
      List<AreaSeries> areas) {}

  /**
   * One area's values in the order of {@link Indicator#years()}; a null value was not measured or
   * is suppressed. area null: the whole organisation.
   */
  public record AreaSeries(String area, List<Value> values) {}

  /** A value of one year; measured but null means suppressed. */
  public record Value(boolean measured, BigDecimal value) {}

  /** A wave whose results were released. */
  public record Wave(long id, String title, LocalDate fieldEnd) {}

  /** A measure with its latest progress and its evidence. */
  public record MeasureLine(
      String goal,
      String title,
      String department,
      String plannedStatus,
      String reportedStatus,
      Integer percentDone,
      LocalDate reportedOn,
      List<Evidence> evidence) {}

  /** Baseline → target → latest value of one indicator the measure is meant to move. */
  public record Evidence(
      String indicator,
      String unit,
      String direction,
      String area,
      BigDecimal baseline,
      int baselineYear,
      BigDecimal target,
      int targetYear,
      boolean latestMeasured,
      BigDecimal latest,
      Integer latestYear) {}
}

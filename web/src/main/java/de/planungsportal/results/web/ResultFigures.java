package de.planungsportal.results.web;

import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import de.planungsportal.results.Trend;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question's figures as the results page shows them: a table a screen reader reads (one row per
 * group, one column per option) and the Chart.js configuration of its chart, built from the same
 * cells. Suppressed cells become rows without numbers and never reach a chart.
 */
public final class ResultFigures {

  private ResultFigures() {}

  /** One group's row: label, and either figures or the mark of a suppressed cell. */
  public record Row(
      String label,
      boolean suppressed,
      String answered,
      List<String> figures,
      String mean,
      String median)
      implements Serializable {}

  /** A question's table and chart. */
  public record Table(
      String questionKey,
      String text,
      String kind,
      List<String> columns,
      boolean scale,
      List<Row> rows,
      String chart)
      implements Serializable {}

  public static Table of(QuestionResult result, Locale locale, String totalLabel) {
    List<ResultCell> cells = new ArrayList<>();
    cells.add(result.total());
    cells.addAll(result.groups());
    List<String> columns = columnsOf(cells);
    boolean scale = cells.stream().anyMatch(c -> c.mean() != null);
    List<Row> rows = new ArrayList<>();
    for (ResultCell cell : cells) {
      String label = cell == result.total() ? totalLabel : cell.groupLabel();
      rows.add(row(label, cell, columns, locale));
    }
    return new Table(
        result.questionKey(),
        result.text(),
        result.kind().name(),
        columns,
        scale,
        rows,
        barChart(cells, columns, result.total(), totalLabel));
  }

  /** A trend as a table (one row per group and wave) and a line chart of the groups over waves. */
  public record TrendTable(
      String questionKey, String measure, List<String> waves, List<Row> rows, String chart)
      implements Serializable {}

  public static TrendTable of(Trend trend, Locale locale, String meanLabel, String shareLabel) {
    List<String> waves = new ArrayList<>();
    trend.series().stream()
        .flatMap(s -> s.points().stream())
        .map(Trend.Point::waveTitle)
        .filter(t -> !waves.contains(t))
        .forEach(waves::add);
    boolean scale =
        trend.series().stream()
            .flatMap(s -> s.points().stream())
            .anyMatch(p -> p.cell().mean() != null);
    String firstOption =
        trend.series().stream()
            .flatMap(s -> s.points().stream())
            .flatMap(p -> p.cell().options().stream())
            .map(OptionFigure::label)
            .findFirst()
            .orElse("");
    String measure = scale ? meanLabel : shareLabel + " „" + firstOption + "“";
    List<Row> rows = new ArrayList<>();
    List<String> datasets = new ArrayList<>();
    for (Trend.Series series : trend.series()) {
      List<String> data = new ArrayList<>();
      for (String wave : waves) {
        Trend.Point point =
            series.points().stream()
                .filter(p -> p.waveTitle().equals(wave))
                .findFirst()
                .orElse(null);
        Double value = point == null ? null : value(point.cell(), scale);
        data.add(value == null ? "null" : String.valueOf(value));
        if (point != null) {
          ResultCell cell = point.cell();
          rows.add(
              new Row(
                  series.groupLabel() + " – " + wave,
                  cell.suppressed(),
                  cell.suppressed() ? null : String.valueOf(cell.answered()),
                  List.of(value == null ? "" : number(value, locale, scale ? 2 : 1)),
                  cell.mean() == null ? null : number(cell.mean(), locale, 2),
                  cell.median() == null ? null : number(cell.median(), locale, 1)));
        }
      }
      datasets.add("{\"label\":" + quote(series.groupLabel()) + ",\"data\":" + array(data) + "}");
    }
    String chart = chart("line", waves, datasets, measure);
    return new TrendTable(trend.questionKey(), measure, waves, rows, chart);
  }

  private static Double value(ResultCell cell, boolean scale) {
    if (cell.suppressed()) {
      return null;
    }
    if (scale) {
      return cell.mean();
    }
    return cell.options().isEmpty() ? null : round(cell.options().get(0).percent());
  }

  private static List<String> columnsOf(List<ResultCell> cells) {
    return cells.stream()
        .filter(c -> !c.suppressed())
        .findFirst()
        .map(c -> c.options().stream().map(OptionFigure::label).toList())
        .orElse(List.of());
  }

  private static Row row(String label, ResultCell cell, List<String> columns, Locale locale) {
    if (cell.suppressed()) {
      return new Row(label, true, null, List.of(), null, null);
    }
    List<String> figures = new ArrayList<>();
    for (String column : columns) {
      OptionFigure figure =
          cell.options().stream().filter(o -> o.label().equals(column)).findFirst().orElse(null);
      figures.add(
          figure == null
              ? "0"
              : figure.count() + " (" + number(figure.percent(), locale, 1) + " %)");
    }
    return new Row(
        label,
        false,
        String.valueOf(cell.answered()),
        figures,
        cell.mean() == null ? null : number(cell.mean(), locale, 2),
        cell.median() == null ? null : number(cell.median(), locale, 1));
  }

  /** Percentages per option, one bar series per shown group; suppressed groups are left out. */
  private static String barChart(
      List<ResultCell> cells, List<String> columns, ResultCell total, String totalLabel) {
    List<String> datasets = new ArrayList<>();
    for (ResultCell cell : cells) {
      if (cell.suppressed()) {
        continue;
      }
      List<String> data = new ArrayList<>();
      for (String column : columns) {
        data.add(
            String.valueOf(
                cell.options().stream()
                    .filter(o -> o.label().equals(column))
                    .findFirst()
                    .map(o -> round(o.percent()))
                    .orElse(0.0)));
      }
      String label = cell == total ? totalLabel : cell.groupLabel();
      datasets.add("{\"label\":" + quote(label) + ",\"data\":" + array(data) + "}");
    }
    return chart("bar", columns, datasets, "%");
  }

  /**
   * A Chart.js configuration: data only, no functions (the page's CSP runs no inline code beyond
   * PrimeFaces' nonce-carrying widget script), no animation.
   */
  private static String chart(
      String type, List<String> labels, List<String> datasets, String axis) {
    List<String> quoted = labels.stream().map(ResultFigures::quote).toList();
    return "{\"type\":"
        + quote(type)
        + ",\"data\":{\"labels\":"
        + array(quoted)
        + ",\"datasets\":"
        + array(datasets)
        + "},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
        + "\"animation\":false,\"scales\":{\"y\":{\"beginAtZero\":true,"
        + "\"title\":{\"display\":true,\"text\":"
        + quote(axis)
        + "}}}}}";
  }

  private static String array(List<String> items) {
    return "[" + String.join(",", items) + "]";
  }

  /** A JSON string; also escapes {@code <} so no label can end the script it is embedded in. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : (text == null ? "" : text).toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '<' -> json.append("\\u003c");
        case '>' -> json.append("\\u003e");
        case '&' -> json.append("\\u0026");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }

  private static String number(double value, Locale locale, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }
}

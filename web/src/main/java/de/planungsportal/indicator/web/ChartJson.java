package de.planungsportal.indicator.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for p:chart, built as JSON so every text is escaped. Charts are a picture
 * of the table beside them, never the only way to the figures.
 */
final class ChartJson {

  /** Colours with at least 3:1 contrast against white, told apart also by point style. */
  private static final List<String> COLOURS = List.of("#1f5fa8", "#b5480b", "#2e7d32", "#6a3d9a");

  private static final List<String> POINTS = List.of("circle", "rect", "triangle", "rectRot");

  private ChartJson() {}

  /** A line chart: one line per series over the labels; a null value leaves a gap. */
  static String lines(List<String> labels, Map<String, List<BigDecimal>> series, String unit) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, List<BigDecimal>> s : series.entrySet()) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.getKey())
              .add("data", numbers(s.getValue()))
              .add("borderColor", COLOURS.get(i % COLOURS.size()))
              .add("backgroundColor", COLOURS.get(i % COLOURS.size()))
              .add("pointStyle", POINTS.get(i % POINTS.size()))
              .add("pointRadius", 5)
              .add("spanGaps", false));
      i++;
    }
    return config("line", labels, datasets, unit, false);
  }

  /** A horizontal bar chart, bars in the order given. */
  static String bars(List<String> labels, List<BigDecimal> values, String label, String unit) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", label)
                    .add("data", numbers(values))
                    .add("backgroundColor", COLOURS.get(0)));
    return config("bar", labels, datasets, unit, true);
  }

  private static String config(
      String type,
      List<String> labels,
      JsonArrayBuilder datasets,
      String unit,
      boolean horizontal) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("title", Json.createObjectBuilder().add("display", true).add("text", unit));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonArrayBuilder numbers(List<BigDecimal> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (BigDecimal value : values) {
      if (value == null) {
        array.addNull();
      } else {
        array.add(value);
      }
    }
    return array;
  }
}

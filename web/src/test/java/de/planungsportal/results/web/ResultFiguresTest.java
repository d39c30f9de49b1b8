package de.planungsportal.results.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import de.planungsportal.results.Trend;
import de.planungsportal.survey.QuestionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultFiguresTest {

  private static ResultCell cell(String key, String label, long yes, long no, Double mean) {
    long n = yes + no;
    return new ResultCell(
        key,
        label,
        false,
        n,
        List.of(
            new OptionFigure("a1", "ja", yes, 100.0 * yes / n),
            new OptionFigure("a2", "nein", no, 100.0 * no / n)),
        mean,
        mean == null ? null : 1.0);
  }

  @Test
  void suppressedGroupShowsNoFigureInTheTableAndStaysOutOfTheChart() {
    QuestionResult result =
        new QuestionResult(
            "q1",
            "Gehst du gern zur Schule?",
            QuestionKind.SINGLE_CHOICE,
            Breakdown.AREA,
            cell("all", "Alle", 30, 10, null),
            List.of(
                cell("11", "Nordstadt", 20, 8, null), ResultCell.suppressed("12", "Talheim 4711")));

    ResultFigures.Table table = ResultFigures.of(result, Locale.GERMAN, "Alle Antwortenden");

    assertThat(table.columns()).containsExactly("ja", "nein");
    assertThat(table.rows())
        .extracting(ResultFigures.Row::label)
        .containsExactly("Alle Antwortenden", "Nordstadt", "Talheim 4711");
    assertThat(table.rows().get(0).figures()).containsExactly("30 (75,0 %)", "10 (25,0 %)");
    ResultFigures.Row hidden = table.rows().get(2);
    assertThat(hidden.suppressed()).isTrue();
    assertThat(hidden.answered()).isNull();
    assertThat(hidden.figures()).isEmpty();
    assertThat(table.chart()).contains("\"Nordstadt\"").doesNotContain("Talheim 4711");
    assertThat(table.scale()).isFalse();
  }

  @Test
  void trendPlotsTheMeanOfScalesAndLeavesSuppressedWavesAsGaps() {
    Trend trend =
        new Trend(
            "q2",
            Breakdown.TOTAL,
            List.of(
                new Trend.Series(
                    "all",
                    "Alle",
                    List.of(
                        new Trend.Point(
                            1,
                            "Jugendbefragung 2025",
                            LocalDate.of(2025, 3, 1),
                            cell("all", "Alle", 10, 10, 3.25)),
                        new Trend.Point(
                            2,
                            "Jugendbefragung 2027",
                            LocalDate.of(2027, 3, 1),
                            ResultCell.suppressed("all", "Alle"))))));

    ResultFigures.TrendTable table = ResultFigures.of(trend, Locale.GERMAN, "Mittelwert", "Anteil");

    assertThat(table.measure()).isEqualTo("Mittelwert");
    assertThat(table.waves()).containsExactly("Jugendbefragung 2025", "Jugendbefragung 2027");
    assertThat(table.rows().get(0).figures()).containsExactly("3,25");
    assertThat(table.rows().get(1).suppressed()).isTrue();
    assertThat(table.chart()).contains("[3.25,null]");
  }

  @Test
  void labelsCannotEndTheScriptTheChartIsWrittenInto() {
    assertThat(ResultFigures.quote("</script><b>\"x\"\n"))
        .isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\\n\"");
  }
}

package de.planungsportal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.ResultCell;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyFigureTest {

  private static final ResultCell CELL =
      new ResultCell(
          "12",
          "Nordstadt",
          false,
          8L,
          List.of(
              new OptionFigure("1", "1", 1, 12.5),
              new OptionFigure("3", "3", 3, 37.5),
              new OptionFigure("4", "4", 2, 25.0),
              new OptionFigure("5", "5", 2, 25.0)),
          3.625,
          3.0);

  @Test
  void aShareAddsThePercentagesOfTheChosenOptions() {
    assertThat(SurveyValues.figure(indicator(SurveyReading.SHARE, "4,5"), CELL))
        .isEqualByComparingTo("50");
  }

  @Test
  void aMeanIsTheCellsMean() {
    assertThat(SurveyValues.figure(indicator(SurveyReading.MEAN, null), CELL))
        .isEqualByComparingTo("3.625");
  }

  @Test
  void aSuppressedCellIsMeasuredButNotShown() {
    assertThat(
            SurveyValues.figure(
                indicator(SurveyReading.SHARE, "4,5"), ResultCell.suppressed("12", "Nordstadt")))
        .isNull();
  }

  private static Indicator indicator(SurveyReading reading, String options) {
    IndicatorForm form = new IndicatorForm();
    form.setCode("WOHL");
    form.setName("Wohl");
    form.setDefinition("d");
    form.setUnit("%");
    form.setSource("s");
    form.setDirection(Direction.UP);
    form.setQuestionnaireId(1L);
    form.setQuestionKey("feel");
    form.setReading(reading);
    form.setOptions(options);
    Indicator indicator = new Indicator(1);
    indicator.apply(form);
    return indicator;
  }
}

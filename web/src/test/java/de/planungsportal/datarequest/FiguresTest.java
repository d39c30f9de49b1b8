package de.planungsportal.datarequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.common.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void readsGermanAndPlainNotation() {
    assertThat(Figures.parse("1.234,5", "x")).isEqualByComparingTo("1234.5");
    assertThat(Figures.parse("1234.5", "x")).isEqualByComparingTo("1234.5");
    assertThat(Figures.parse(" 1 234 ", "x")).isEqualByComparingTo("1234");
    assertThat(Figures.parse("12.000", "x")).isEqualByComparingTo("12000");
    assertThat(Figures.parse("-3", "x")).isEqualByComparingTo("-3");
  }

  @Test
  void blankIsNoFigure() {
    assertThat(Figures.parse("  ", "x")).isNull();
    assertThat(Figures.parse(null, "x")).isNull();
  }

  @Test
  void refusesTextThatIsNoNumberNamingTheField() {
    assertThatThrownBy(() -> Figures.parse("zwölf", "Mädchen"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException refused = (InvalidInputException) e;
              assertThat(refused.messageKey()).isEqualTo("datarequest.fill.notANumber");
              assertThat(refused.arguments()).containsExactly("Mädchen");
            });
    assertThatThrownBy(() -> Figures.parse("1,2,3", "x")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Figures.parse("1e9", "x")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void keepsDecimalPlaces() {
    assertThat(Figures.parse("0,25", "x")).isEqualTo(new BigDecimal("0.25"));
  }
}

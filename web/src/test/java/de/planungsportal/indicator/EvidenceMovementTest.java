package de.planungsportal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.indicator.EvidenceChain.Movement;
import de.planungsportal.indicator.IndicatorValues.ValueRow;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvidenceMovementTest {

  private static final BigDecimal BASELINE = new BigDecimal("10");

  @Test
  void upIsRightWhenTheValueGrowsDownWhenItShrinks() {
    assertThat(EvidenceChain.movement(Direction.UP, BASELINE, latest("11")))
        .isEqualTo(Movement.RIGHT_WAY);
    assertThat(EvidenceChain.movement(Direction.UP, BASELINE, latest("9")))
        .isEqualTo(Movement.WRONG_WAY);
    assertThat(EvidenceChain.movement(Direction.DOWN, BASELINE, latest("9")))
        .isEqualTo(Movement.RIGHT_WAY);
    assertThat(EvidenceChain.movement(Direction.DOWN, BASELINE, latest("11")))
        .isEqualTo(Movement.WRONG_WAY);
  }

  @Test
  void noValueNoDirectionAndNoChangeAreSaidAsSuch() {
    assertThat(EvidenceChain.movement(Direction.UP, BASELINE, null)).isEqualTo(Movement.NO_VALUE);
    assertThat(EvidenceChain.movement(Direction.NONE, BASELINE, latest("12")))
        .isEqualTo(Movement.NO_DIRECTION);
    assertThat(EvidenceChain.movement(Direction.DOWN, BASELINE, latest("10.000")))
        .isEqualTo(Movement.UNCHANGED);
  }

  private static ValueRow latest(String value) {
    return new ValueRow(
        1, "nord", "Nordstadt", 2024, new BigDecimal(value), ValueOrigin.STATISTICS, null);
  }
}

package de.planungsportal.survey.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassRateTest {

  private static final WaveClass SEVEN_A = new WaveClass(1, 2, 3, "IGS", "7a", 7, 25, null);

  @Test
  void rateIsTheShareOfCodesSpentRoundedDown() {
    assertThat(new ClassRate(SEVEN_A, 27, 13, true).percent()).isEqualTo(48);
    assertThat(new ClassRate(SEVEN_A, 27, 27, true).percent()).isEqualTo(100);
  }

  @Test
  void classWithoutCodesHasNoResponses() {
    assertThat(new ClassRate(SEVEN_A, 0, 0, false).percent()).isZero();
  }
}

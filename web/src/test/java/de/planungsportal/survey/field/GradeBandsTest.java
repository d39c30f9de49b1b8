package de.planungsportal.survey.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeBandsTest {

  @Test
  void bandsAreTwoGradesStartingAtAnOddOne() {
    assertThat(GradeBands.of(7)).isEqualTo("7-8");
    assertThat(GradeBands.of(8)).isEqualTo("7-8");
    assertThat(GradeBands.of(9)).isEqualTo("9-10");
    assertThat(GradeBands.of(10)).isEqualTo("9-10");
    assertThat(GradeBands.of(1)).isEqualTo("1-2");
    assertThat(GradeBands.of(12)).isEqualTo("11-12");
  }

  @Test
  void gradeThirteenStandsAloneAndNothingElseIsAGrade() {
    assertThat(GradeBands.of(13)).isEqualTo("13");
    assertThatThrownBy(() -> GradeBands.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeBands.of(14)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBandFitsTheStoredColumn() {
    for (int grade = 1; grade <= 13; grade++) {
      assertThat(GradeBands.of(grade).length()).isLessThanOrEqualTo(10);
    }
  }
}

package de.planungsportal.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultFiguresTest {

  private static TreeMap<Double, Long> counts(double... valueThenCount) {
    TreeMap<Double, Long> counts = new TreeMap<>();
    for (int i = 0; i < valueThenCount.length; i += 2) {
      counts.put(valueThenCount[i], (long) valueThenCount[i + 1]);
    }
    return counts;
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleValue() {
    // 1, 2, 2, 5, 5
    assertThat(ResultService.median(counts(1, 1, 2, 2, 5, 2))).isEqualTo(2.0);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    // 1, 2, 4, 5
    assertThat(ResultService.median(counts(1, 1, 2, 1, 4, 1, 5, 1))).isEqualTo(3.0);
    // 3, 3, 4, 4: both middle values in different steps
    assertThat(ResultService.median(counts(3, 2, 4, 2))).isEqualTo(3.5);
  }

  @Test
  void theMeanWeighsEachValueByItsCount() {
    assertThat(ResultService.mean(counts(1, 1, 5, 3))).isEqualTo(4.0);
  }

  @Test
  void noValuesHaveNoMeanAndNoMedian() {
    assertThat(ResultService.mean(new TreeMap<>())).isNull();
    assertThat(ResultService.median(new TreeMap<>())).isNull();
  }
}

package de.planungsportal.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.planungsportal.common.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

  @Test
  void readsColumnsByTheirGermanOrEnglishNamesInAnyOrder() {
    var rows = StatisticsCsv.rows("Jahr;Wert;Gebiet;Indikator\n2023;12,4;nord;SGB2-U15\n");

    assertThat(rows).containsExactly(new StatisticsCsv.Row(2, "SGB2-U15", "nord", "2023", "12,4"));
  }

  @Test
  void refusesAHeaderThatNamesAColumnTwiceOrMissesOne() {
    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> StatisticsCsv.rows("indicator;area;year;Jahr\nA;b;2023;2023\n"));
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> StatisticsCsv.rows("indicator;area;year\nA;b;2023\n"));

    assertThat(twice.messageKey()).isEqualTo("import.header");
    assertThat(missing.messageKey()).isEqualTo("import.header");
  }

  @Test
  void refusesAFileWithoutValues() {
    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class, () -> StatisticsCsv.rows("indicator;area;year;value\n"));

    assertThat(empty.messageKey()).isEqualTo("indicator.import.noRows");
  }

  @Test
  void numbersTakeADecimalCommaOrPointButNoThousandsSeparator() {
    assertThat(StatisticsCsv.number("12,4")).isEqualByComparingTo("12.4");
    assertThat(StatisticsCsv.number("-0.25")).isEqualByComparingTo("-0.25");
    assertThat(StatisticsCsv.number("7")).isEqualTo(new BigDecimal("7"));
    assertThat(StatisticsCsv.number("1.234,5")).isNull();
    assertThat(StatisticsCsv.number("1e3")).isNull();
    assertThat(StatisticsCsv.number("0,12345")).as("more than the column keeps").isNull();
    assertThat(StatisticsCsv.number("")).isNull();
  }
}

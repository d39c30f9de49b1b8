package de.planungsportal.results.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NeutraliserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\";\"klick\")",
        "+1+1",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "=",
      })
  void prefixesEveryValueASpreadsheetWouldEvaluate(String value) {
    assertThat(Neutraliser.triggers(value)).isTrue();
    assertThat(Neutraliser.text(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3", "+1.5", "-2,25", "42", "Schule am Park", "a=b", "3-4", "E-Mail"})
  void leavesNumbersAndOrdinaryTextAlone(String value) {
    assertThat(Neutraliser.triggers(value)).isFalse();
    assertThat(Neutraliser.text(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void emptyStaysEmpty(String value) {
    assertThat(Neutraliser.text(value)).isEmpty();
    assertThat(Neutraliser.text(null)).isEmpty();
  }
}

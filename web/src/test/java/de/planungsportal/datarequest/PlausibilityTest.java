package de.planungsportal.datarequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlausibilityTest {

  private final RequestField pupils = field("pupils", "Schüler gesamt", 0, 2000);
  private final RequestField girls = field("girls", "Mädchen", 0, null);
  private final RequestField boys = field("boys", "Jungen", null, null);
  private final List<RequestField> fields = List.of(pupils, girls, boys);
  private final List<SumRule> rules =
      List.of(new SumRule(null, 1, "pupils", List.of("girls", "boys")));

  @Test
  void figuresInRangeThatAddUpArePlausible() {
    assertThat(Plausibility.check(fields, rules, values(640, 300, 340))).isEmpty();
  }

  @Test
  void figureAboveTheMaximumIsImplausibleWithTheLimitAndUnit() {
    List<Plausibility.Finding> findings =
        Plausibility.check(fields, List.of(), values(2400, 1200, 1200));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.fieldKey()).isEqualTo("pupils");
              assertThat(f.messageKey()).isEqualTo("datarequest.plausibility.aboveMax");
              assertThat(f.arguments())
                  .containsExactly("Schüler gesamt", new BigDecimal(2000), "Personen");
            });
  }

  @Test
  void figureBelowTheMinimumIsImplausible() {
    assertThat(Plausibility.check(fields, List.of(), values(10, -1, 11)))
        .extracting(Plausibility.Finding::fieldKey, Plausibility.Finding::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("girls", "datarequest.plausibility.belowMin"));
  }

  @Test
  void totalThatIsNotTheSumOfItsPartsIsImplausibleAtTheTotal() {
    List<Plausibility.Finding> findings = Plausibility.check(fields, rules, values(650, 300, 340));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.fieldKey()).isEqualTo("pupils");
              assertThat(f.messageKey()).isEqualTo("datarequest.plausibility.sum");
              assertThat(f.arguments())
                  .containsExactly("Schüler gesamt", "Mädchen + Jungen", new BigDecimal(640));
            });
  }

  @Test
  void sumRuleWaitsUntilEveryPartIsThere() {
    assertThat(Plausibility.check(fields, rules, Map.of("pupils", BigDecimal.TEN))).isEmpty();
  }

  @Test
  void sumsCompareByValueNotByScale() {
    Map<String, BigDecimal> values =
        Map.of(
            "pupils", new BigDecimal("640.0"),
            "girls", new BigDecimal("300"),
            "boys", new BigDecimal("340.00"));
    assertThat(Plausibility.check(fields, rules, values)).isEmpty();
  }

  private static Map<String, BigDecimal> values(int pupils, int girls, int boys) {
    return Map.of(
        "pupils", BigDecimal.valueOf(pupils),
        "girls", BigDecimal.valueOf(girls),
        "boys", BigDecimal.valueOf(boys));
  }

  private static RequestField field(String key, String label, Integer min, Integer max) {
    return new RequestField(
        null,
        1,
        key,
        label,
        "Personen",
        min == null ? null : BigDecimal.valueOf(min),
        max == null ? null : BigDecimal.valueOf(max),
        null);
  }
}

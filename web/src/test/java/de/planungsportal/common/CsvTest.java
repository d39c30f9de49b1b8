package de.planungsportal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void takesTheSemicolonWhenTheHeaderHasOneAsGermanExcelWritesIt() {
    List<Csv.Line> lines = Csv.parse("Schulnummer;Name\n12;Schule Nord, Außenstelle\n");

    assertThat(lines)
        .extracting(Csv.Line::values)
        .containsExactly(List.of("Schulnummer", "Name"), List.of("12", "Schule Nord, Außenstelle"));
  }

  @Test
  void takesTheCommaOtherwise() {
    List<Csv.Line> lines = Csv.parse("Schulnummer,Name\r\n12,\"Schule Nord; Außenstelle\"\r\n");

    assertThat(lines.get(1).values()).containsExactly("12", "Schule Nord; Außenstelle");
  }

  @Test
  void readsQuotedValuesWithDoubledQuotesAndSeparators() {
    List<String> values =
        Csv.parse("A;B\n12;\"Grundschule \"\"Am Park\"\"; Nord\";  \"Grundschule\" ;")
            .get(1)
            .values();

    assertThat(values).containsExactly("12", "Grundschule \"Am Park\"; Nord", "Grundschule", "");
  }

  @Test
  void keepsAQuoteInsideAnUnquotedValueAsText() {
    assertThat(Csv.parse("A;B\n12;Schule 5\" Nord").get(1).values())
        .containsExactly("12", "Schule 5\" Nord");
  }

  @Test
  void skipsBlankLinesButKeepsTheNumbersAnEditorShows() {
    List<Csv.Line> lines = Csv.parse("A;B\n\n;;\n1;2\r3;4\n\n");

    assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 4, 5);
  }

  @Test
  void refusesQuotesThatDoNotPairUpNamingTheLine() {
    assertThatThrownBy(() -> Csv.parse("A;B\n1;\"offen\n2;3\n"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly(2));
    assertThatThrownBy(() -> Csv.parse("A;B\n1;\"zu\"viel\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("csv.quote");
  }

  @Test
  void givesAnEmptyValueForAMissingColumn() {
    Csv.Line line = Csv.parse("A;B;C\n1;2").get(1);

    assertThat(line.value(1)).isEqualTo("2");
    assertThat(line.value(2)).isEmpty();
  }
}

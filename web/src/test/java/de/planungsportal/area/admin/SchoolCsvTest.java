package de.planungsportal.area.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.area.SchoolType;
import de.planungsportal.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolCsvTest {

  @Test
  void readsTheColumnsByTheirNamesInAnyOrder() {
    List<SchoolCsv.Row> rows =
        SchoolCsv.rows(
            "sozialraum;SCHULFORM;Name;Schulnummer\n"
                + "nord;Gymnasium;Gymnasium am See;123456\n"
                + ";Grundschule;Grundschule Süd;654321\n");

    assertThat(rows)
        .containsExactly(
            new SchoolCsv.Row(2, "123456", "Gymnasium am See", "Gymnasium", "nord"),
            new SchoolCsv.Row(3, "654321", "Grundschule Süd", "Grundschule", ""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456;Grundschule Süd;Grundschule;nord\n",
        "Schulnummer;Name;Schulform\n1;A;Grundschule\n",
        "Schulnummer;Name;Schulform;Sozialraum;Telefon\n1;A;Grundschule;;0\n",
        "Schulnummer;Name;Name;Sozialraum\n1;A;B;\n",
        "\nSchulnummer;Name;Schulform;Sozialraum\n1;A;Grundschule;\n"
      })
  void refusesAFileWithoutTheExpectedHeaderInLineOne(String text) {
    assertRefused(text, "import.header");
  }

  @Test
  void refusesAFileWithoutSchools() {
    assertRefused("Schulnummer;Name;Schulform;Sozialraum\r\n;;;\r\n", "import.noRows");
    assertRefused("\n\n", "import.noRows");
  }

  @Test
  void acceptsTheMaximumNumberOfSchoolsAndRefusesOneMore() {
    StringBuilder text = new StringBuilder("Schulnummer,Name,Schulform,Sozialraum\n");
    for (int i = 1; i <= SchoolCsv.MAX_ROWS; i++) {
      text.append(i).append(",Schule ").append(i).append(",Grundschule,\n");
    }
    assertThat(SchoolCsv.rows(text.toString())).hasSize(SchoolCsv.MAX_ROWS);

    text.append("x,Eine zu viel,Grundschule,\n");
    InvalidInputException refusal = refusal(text.toString());
    assertThat(refusal.messageKey()).isEqualTo("import.tooManyRows");
    assertThat(refusal.arguments()).containsExactly(SchoolCsv.MAX_ROWS + 1, SchoolCsv.MAX_ROWS);
  }

  @Test
  void refusesALineWithMoreValuesThanTheHeaderHasColumns() {
    String header = "Schulnummer;Name;Schulform;Sozialraum\n";

    InvalidInputException refusal = refusal(header + "1;Schule Nord; Außenstelle;Grundschule;\n");

    assertThat(refusal.messageKey()).isEqualTo("import.tooManyValues");
    assertThat(refusal.arguments()).containsExactly(2, 5, 4);
    assertRefused(header + "1;A;Grundschule;;;\n", "import.tooManyValues");
  }

  @Test
  void acceptsEmptyCellsBeyondTheColumnsAsSpreadsheetsWriteThem() {
    String header = "Schulnummer;Name;Schulform;Sozialraum;;\n";

    assertThat(SchoolCsv.rows(header + "1;A;Grundschule;;;\n2;B;Gymnasium;nord\n")).hasSize(2);
    assertRefused(header + "1;A;Grundschule;;Notiz;\n", "import.tooManyValues");
  }

  @Test
  void knowsSchoolTypesByConstantAndByGermanOrEnglishName() {
    assertThat(SchoolCsv.schoolType("Grundschule")).contains(SchoolType.GRUNDSCHULE);
    assertThat(SchoolCsv.schoolType(" primary school ")).contains(SchoolType.GRUNDSCHULE);
    assertThat(SchoolCsv.schoolType("REALSCHULE_PLUS")).contains(SchoolType.REALSCHULE_PLUS);
    assertThat(SchoolCsv.schoolType("Realschule plus")).contains(SchoolType.REALSCHULE_PLUS);
    assertThat(SchoolCsv.schoolType("Förderschule")).contains(SchoolType.FOERDERSCHULE);
    assertThat(SchoolCsv.schoolType("Universität")).isEmpty();
  }

  @Test
  void knowsDayCareCentresByTheirShortLongAndEnglishNames() {
    assertThat(
            List.of(
                "Kita",
                " KITA ",
                "Kindertageseinrichtung",
                "Kindertageseinrichtung (Kita)",
                "Kindertagesstätte",
                "day-care centre",
                "Day care center"))
        .allSatisfy(name -> assertThat(SchoolCsv.schoolType(name)).contains(SchoolType.KITA));
    assertThat(SchoolCsv.schoolType("Krippe")).isEmpty();
    assertThat(SchoolCsv.rows("Schulnummer;Name;Schulform;Sozialraum\nkita-1;Kita Sonne;Kita;\n"))
        .singleElement()
        .satisfies(
            row -> assertThat(SchoolCsv.schoolType(row.schoolType())).contains(SchoolType.KITA));
  }

  @Test
  void recognisesValuesASpreadsheetWouldRunAsFormulas() {
    assertThat(List.of("=1+1", "+49 30", "-2", "@SUM(A1)", "  =HYPERLINK(\"x\")"))
        .allMatch(SchoolCsv::isFormula);
    assertThat(List.of("Grundschule", "Schule-Nord", "", "1=1")).noneMatch(SchoolCsv::isFormula);
  }

  private static void assertRefused(String text, String key) {
    assertThat(refusal(text).messageKey()).isEqualTo(key);
  }

  private static InvalidInputException refusal(String text) {
    return (InvalidInputException)
        assertThatThrownBy(() -> SchoolCsv.rows(text))
            .isInstanceOf(InvalidInputException.class)
            .actual();
  }
}

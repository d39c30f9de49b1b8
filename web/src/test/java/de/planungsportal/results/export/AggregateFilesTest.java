package de.planungsportal.results.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.results.QuestionResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AggregateFilesTest {

  private final ResultExportText text = new ResultExportText(Locale.GERMAN);

  private List<ResultRows.Line> lines() {
    List<ResultRows.Line> lines = new ArrayList<>();
    for (List<QuestionResult> questions : ResultFixtures.wave().values()) {
      lines.addAll(ResultRows.of(questions));
    }
    return lines;
  }

  @Test
  void csvHasOneLinePerGroupAndAnswerAndNoFigureForASuppressedGroup() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AggregateFiles(text).csv(lines(), 5, out);
    String csv = out.toString(StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFF");
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertThat(records.get(0).toList()).startsWith("Frage-Schlüssel", "Frage", "Aufschlüsselung");
    // total: 2 options; school: 2 options of the shown school, 1 line for the suppressed one
    assertThat(records).hasSize(1 + 2 + 2 + 1);
    CSVRecord shown = records.get(3);
    assertThat(shown.toList())
        .containsExactly(
            "way",
            "'" + ResultFixtures.FORMULA_QUESTION,
            "Schule",
            "Grundschule Nord",
            "10",
            "zu Fuß",
            "7",
            "70",
            "",
            "",
            "");
    CSVRecord suppressed = records.get(5);
    assertThat(suppressed.get(3)).isEqualTo(ResultFixtures.SCHOOL_SUPPRESSED);
    assertThat(suppressed.toList().subList(4, 10)).allMatch(String::isEmpty);
    assertThat(suppressed.get(10)).isEqualTo("unterdrückt (weniger als 5 Antworten)");
  }

  @Test
  void xlsxKeepsFiguresAsNumbersFormulasAsQuotedTextAndSuppressedCellsEmpty() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AggregateFiles(text).xlsx(lines(), 5, "Ergebnisse: Jugendbefragung", out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Ergebnisse");
      assertThat(workbook.getSheetName(1)).isEqualTo("Hinweise");
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      Row shown = sheet.getRow(3);
      Cell question = shown.getCell(1);
      assertThat(question.getCellType()).isEqualTo(CellType.STRING);
      assertThat(question.getStringCellValue()).isEqualTo(ResultFixtures.FORMULA_QUESTION);
      assertThat(question.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(shown.getCell(6).getNumericCellValue()).isEqualTo(7);
      assertThat(shown.getCell(7).getNumericCellValue()).isEqualTo(70.0);
      Row suppressed = sheet.getRow(5);
      assertThat(suppressed.getCell(3).getStringCellValue())
          .isEqualTo(ResultFixtures.SCHOOL_SUPPRESSED);
      for (int c = 4; c <= 9; c++) {
        assertThat(suppressed.getCell(c)).as("column " + c).isNull();
      }
      assertThat(suppressed.getCell(10).getStringCellValue()).startsWith("unterdrückt");
      assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
          .contains("weniger als 5 Antworten");
    }
  }
}

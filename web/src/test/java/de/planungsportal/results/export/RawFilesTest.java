package de.planungsportal.results.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RawFilesTest {

  private static final String FORMULA = "=cmd|' /C calc'!A0";

  /** Two responses as the cursor would hand them on, without a database. */
  private static final class TwoResponses extends RawResponses {
    @Override
    public List<String> columns(long waveId) {
      return List.of("yard", "wish", "mood.school");
    }

    @Override
    public long stream(long waveId, Sink sink) throws IOException {
      Map<String, String> first = new LinkedHashMap<>();
      first.put("yard", "4");
      first.put("wish", FORMULA);
      sink.accept(new Response(1, "@Schule", "Nord", "5-6", "de", LocalDate.of(2027, 3, 2), first));
      Map<String, String> second = new LinkedHashMap<>();
      second.put("yard", "-2");
      second.put("mood.school", "5");
      sink.accept(new Response(2, "Schule Süd", null, "7-8", "tr", null, second));
      return 2;
    }
  }

  private final RawFiles files = new RawFiles(new ResultExportText(Locale.GERMAN));

  @Test
  void csvHasOneRowPerResponseWithTextNeutralisedAndNumbersKept() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = files.csv(new TwoResponses(), 1, out);

    assertThat(written).isEqualTo(2);
    String csv = out.toString(StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records.get(0).toList())
        .containsExactly(
            "Zeile",
            "Schule",
            "Gebiet",
            "Klassenstufen",
            "Sprache",
            "Tag der Abgabe",
            "yard",
            "wish",
            "mood.school");
    assertThat(records.get(1).toList())
        .containsExactly(
            "1", "'@Schule", "Nord", "5-6", "de", "2027-03-02", "4", "'" + FORMULA, "");
    assertThat(records.get(2).toList())
        .containsExactly("2", "Schule Süd", "", "7-8", "tr", "", "-2", "", "5");
  }

  @Test
  void xlsxWritesNumbersAsNumbersAndFormulaLikeTextAsQuotedText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = files.xlsx(new TwoResponses(), 1, out);

    assertThat(written).isEqualTo(2);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Antworten");
      Row first = workbook.getSheetAt(0).getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("@Schule");
      assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo(FORMULA);
      assertThat(first.getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
      Row second = workbook.getSheetAt(0).getRow(2);
      assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(-2);
      assertThat(second.getCell(8).getNumericCellValue()).isEqualTo(5);
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
    }
  }
}

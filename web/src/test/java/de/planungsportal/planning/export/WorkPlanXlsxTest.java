package de.planungsportal.planning.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.planning.PlanFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkPlanXlsxTest {

  @Test
  void hasOneRowPerMeasureWithNumbersAndDatesAsSuch() throws IOException {
    try (XSSFWorkbook workbook = workbook()) {
      Sheet measures = workbook.getSheet("Maßnahmen");
      Row header = measures.getRow(0);
      Row first = measures.getRow(1);

      assertThat(measures.getLastRowNum()).isEqualTo(3);
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Maßnahme");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo(PlanFixture.UMLAUT_TITLE);
      assertThat(first.getCell(4).getStringCellValue())
          .isEqualTo("Musterstadt-Süd, Gemeinde Talheim");
      Cell budget = first.getCell(6);
      assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(budget.getNumericCellValue()).isEqualTo(12500.50);
      assertThat(budget.getCellStyle().getDataFormatString()).contains("€");
      assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2027, 2, 1));
      assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
      assertThat(first.getCell(13).getStringCellValue()).isEqualTo("In Umsetzung");
      assertThat(measures.getRow(3).getCell(14).getStringCellValue()).isEqualTo("ja");
      assertThat(workbook.getSheet("Ziele").getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("Alle Kinder starten mit ausreichenden Deutschkenntnissen in die Schule");
      assertThat(workbook.getSheet("Entscheidungen").getRow(3).getCell(3).getStringCellValue())
          .isEqualTo("Mit der Änderung: Förderung auch in Übergangsklassen.");
    }
  }

  @Test
  void aFormulaLikeTitleStaysTextAndNoCellIsAFormula() throws IOException {
    try (XSSFWorkbook workbook = workbook()) {
      Cell title = workbook.getSheet("Maßnahmen").getRow(2).getCell(2);

      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(PlanFixture.FORMULA_TITLE);
      assertThat(title.getCellStyle().getQuotePrefixed()).as("quote-prefixed").isTrue();
      assertThat(allCells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
      assertThat(workbook.getSheet("Maßnahmen").getRow(1).getCell(2).getCellStyle())
          .matches(s -> !s.getQuotePrefixed(), "ordinary text is not quote-prefixed");
    }
  }

  @Test
  void everySheetKeepsItsHeaderInViewAndFilters() throws IOException {
    try (XSSFWorkbook workbook = workbook()) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        XSSFSheet sheet = workbook.getSheetAt(i);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
      }
    }
  }

  @Test
  void recognisesWhatSpreadsheetsWouldEvaluate() {
    assertThat(List.of("=1+1", "+49 30", "-5", "@SUM(A1)", "\tx", "\rx"))
        .allMatch(WorkPlanXlsx::looksLikeFormula);
    assertThat(List.of("Förderung", "5 €", " =x", "")).noneMatch(WorkPlanXlsx::looksLikeFormula);
  }

  private static XSSFWorkbook workbook() throws IOException {
    PlanFixture.Plan plan = PlanFixture.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkPlanXlsx(new ExportText(Locale.GERMAN)).write(plan.version(), plan.decisions(), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<Cell> allCells(XSSFWorkbook workbook) {
    List<Cell> cells = new ArrayList<>();
    workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
    return cells;
  }
}

package de.planungsportal.planning.export;

import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.WorkPlanDecision;
import de.planungsportal.planning.WorkPlanVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The work plan as a spreadsheet to sort, filter and sum: one row per measure, per goal and per
 * decision. Written as a stream (SXSSF), so a large plan never sits in memory as a whole workbook.
 *
 * <p>Text comes from people, so a cell is never a formula: values are written as strings, and a
 * string that a spreadsheet would read as a formula when someone edits the cell (leading {@code = +
 * - @}, tab or carriage return) is marked quote-prefixed, the spreadsheet's own "this is text".
 */
public final class WorkPlanXlsx {

  /** Rows kept in memory before SXSSF flushes them to its temporary file. */
  private static final int WINDOW = 100;

  private final ExportText text;

  public WorkPlanXlsx(ExportText text) {
    this.text = text;
  }

  public void write(WorkPlanVersion version, List<WorkPlanDecision> decisions, OutputStream out) {
    // closing removes SXSSF's temporary files
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      Styles styles = new Styles(workbook);
      measures(workbook.createSheet(text.text("sheet.measures")), version, styles);
      goals(workbook.createSheet(text.text("sheet.goals")), version, styles);
      decisions(workbook.createSheet(text.text("sheet.decisions")), decisions, styles);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void measures(Sheet sheet, WorkPlanVersion version, Styles styles) {
    String[] headers = {
      text.text("field.goal"),
      text.text("field.focusArea"),
      text.text("field.measure"),
      text.text("field.department"),
      text.text("field.areas"),
      text.text("field.schools"),
      text.text("field.budget"),
      text.text("field.start"),
      text.text("field.due"),
      text.text("field.indicator"),
      text.text("field.unit"),
      text.text("field.baseline"),
      text.text("field.target"),
      text.text("field.status"),
      text.text("field.carriedOver")
    };
    int[] widths = {40, 28, 45, 30, 28, 32, 14, 12, 12, 36, 10, 12, 12, 14, 12};
    header(sheet, headers, widths, styles);
    int r = 1;
    for (Goal goal : version.getGoals()) {
      for (Measure measure : goal.getMeasures()) {
        Row row = sheet.createRow(r++);
        int c = 0;
        text(row, c++, goal.getTitle(), styles);
        text(row, c++, goal.getFocusArea(), styles);
        text(row, c++, measure.getTitle(), styles);
        text(row, c++, measure.getOwnerDepartment().getName(), styles);
        text(row, c++, text.areas(measure), styles);
        text(row, c++, text.schools(measure), styles);
        amount(row, c++, measure.getBudgetEur(), styles.euro);
        date(row, c++, measure.getStartDate(), styles);
        date(row, c++, measure.getDueDate(), styles);
        text(row, c++, measure.getIndicator(), styles);
        text(row, c++, measure.getIndicatorUnit(), styles);
        amount(row, c++, measure.getIndicatorBaseline(), styles.decimal);
        amount(row, c++, measure.getIndicatorTarget(), styles.decimal);
        text(row, c++, text.label("measureStatus", measure.getStatus()), styles);
        text(row, c, measure.isCarriedOver() ? text.text("yes") : text.text("no"), styles);
      }
    }
    finish(sheet, headers.length, r);
  }

  private void goals(Sheet sheet, WorkPlanVersion version, Styles styles) {
    String[] headers = {
      text.text("field.position"),
      text.text("field.focusArea"),
      text.text("field.goal"),
      text.text("field.description"),
      text.text("field.measures"),
      text.text("field.budget")
    };
    header(sheet, headers, new int[] {8, 28, 45, 60, 12, 14}, styles);
    int r = 1;
    for (Goal goal : version.getGoals()) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(r);
      text(row, 1, goal.getFocusArea(), styles);
      text(row, 2, goal.getTitle(), styles);
      text(row, 3, goal.getDescription(), styles);
      row.createCell(4).setCellValue(goal.getMeasures().size());
      amount(
          row,
          5,
          goal.getMeasures().stream()
              .map(Measure::getBudgetEur)
              .reduce(BigDecimal.ZERO, BigDecimal::add),
          styles.euro);
      r++;
    }
    finish(sheet, headers.length, r);
  }

  private void decisions(Sheet sheet, List<WorkPlanDecision> decisions, Styles styles) {
    String[] headers = {
      text.text("field.step"),
      text.text("field.committee"),
      text.text("field.outcome"),
      text.text("field.reasons"),
      text.text("field.decidedBy"),
      text.text("field.decidedAt")
    };
    header(sheet, headers, new int[] {28, 18, 24, 60, 18, 18}, styles);
    int r = 1;
    for (WorkPlanDecision decision : decisions) {
      Row row = sheet.createRow(r++);
      text(row, 0, text.label("decisionStep", decision.getStep()), styles);
      text(row, 1, text.committee(decision.getCommittee()), styles);
      text(row, 2, text.label("decisionOutcome", decision.getOutcome()), styles);
      text(row, 3, decision.getReasons(), styles);
      text(row, 4, decision.getDecidedBy(), styles);
      dateTime(row, 5, decision.getDecidedAt(), styles);
    }
    finish(sheet, headers.length, r);
  }

  private static void header(Sheet sheet, String[] headers, int[] widths, Styles styles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers[i]);
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** Header stays in view while scrolling; every column gets a filter. */
  private static void finish(Sheet sheet, int columns, int rows) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
  }

  private static void text(Row row, int column, String value, Styles styles) {
    if (value == null || value.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (looksLikeFormula(value)) {
      cell.setCellStyle(styles.quoted);
    }
  }

  /** What a spreadsheet would start to evaluate once the cell is edited (the CSV-injection set). */
  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }

  private static void date(Row row, int column, LocalDate value, Styles styles) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.date);
  }

  private static void dateTime(Row row, int column, LocalDateTime value, Styles styles) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.dateTime);
  }

  /** The few cell styles of the workbook; a workbook holds at most 64,000 of them, so reuse. */
  private final class Styles {
    final CellStyle header;
    final CellStyle quoted;
    final CellStyle euro;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      var formats = workbook.createDataFormat();
      euro = workbook.createCellStyle();
      euro.setDataFormat(formats.getFormat("#,##0.00 \"€\""));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(formats.getFormat("#,##0.##"));
      date = workbook.createCellStyle();
      date.setDataFormat(formats.getFormat(text.text("xlsx.dateFormat")));
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(formats.getFormat(text.text("xlsx.dateTimeFormat")));
    }
  }
}

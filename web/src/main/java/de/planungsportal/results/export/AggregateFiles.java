package de.planungsportal.results.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The aggregated figures of a wave as CSV and as XLSX: the same columns, one line per question,
 * breakdown, group and answer. Suppressed groups keep their line with every figure empty and the
 * marker in the last column, never a number. Question texts and group names come from people and
 * are neutralised; figures are written as numbers.
 */
public final class AggregateFiles {

  private static final int WINDOW = 100;

  private final ResultExportText text;

  public AggregateFiles(ResultExportText text) {
    this.text = text;
  }

  String[] headers() {
    return new String[] {
      text.text("column.questionKey"),
      text.text("column.question"),
      text.text("column.breakdown"),
      text.text("column.group"),
      text.text("column.answered"),
      text.text("column.option"),
      text.text("column.count"),
      text.text("column.percent"),
      text.text("column.mean"),
      text.text("column.median"),
      text.text("column.note")
    };
  }

  /** UTF-8 with a byte-order mark, so spreadsheets read umlauts right. */
  public void csv(List<ResultRows.Line> lines, int minCell, OutputStream out) {
    try {
      BufferedWriter writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write('\uFEFF');
      CSVPrinter printer =
          new CSVPrinter(
              writer,
              CSVFormat.DEFAULT
                  .builder()
                  .setDelimiter(text.csvDelimiter())
                  .setRecordSeparator("\r\n")
                  .get());
      printer.printRecord((Object[]) headers());
      String marker = text.text("suppressed", minCell);
      for (ResultRows.Line line : lines) {
        printer.printRecord(
            Neutraliser.text(line.questionKey()),
            Neutraliser.text(line.questionText()),
            text.breakdown(line.by()),
            Neutraliser.text(line.group()),
            line.answered() == null ? "" : line.answered(),
            Neutraliser.text(line.option()),
            line.count() == null ? "" : line.count(),
            text.number(line.percent()),
            text.number(line.mean()),
            text.number(line.median()),
            line.suppressed() ? marker : "");
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void xlsx(List<ResultRows.Line> lines, int minCell, String title, OutputStream out) {
    // closing removes SXSSF's temporary files
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      workbook.setCompressTempFiles(true);
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(text.text("sheet.results"));
      String[] headers = headers();
      int[] widths = {14, 50, 16, 30, 12, 30, 10, 10, 10, 10, 36};
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        Cell cell = head.createCell(i);
        cell.setCellValue(headers[i]);
        cell.setCellStyle(styles.header);
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      String marker = text.text("suppressed", minCell);
      int r = 1;
      for (ResultRows.Line line : lines) {
        Row row = sheet.createRow(r++);
        text(row, 0, line.questionKey(), styles);
        text(row, 1, line.questionText(), styles);
        text(row, 2, text.breakdown(line.by()), styles);
        text(row, 3, line.group(), styles);
        number(row, 4, line.answered() == null ? null : line.answered().doubleValue(), null);
        text(row, 5, line.option(), styles);
        number(row, 6, line.count() == null ? null : line.count().doubleValue(), null);
        number(row, 7, line.percent(), styles.decimal);
        number(row, 8, line.mean(), styles.decimal);
        number(row, 9, line.median(), styles.decimal);
        if (line.suppressed()) {
          text(row, 10, marker, styles);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headers.length - 1));
      Sheet about = workbook.createSheet(text.text("sheet.about"));
      text(about.createRow(0), 0, title, styles);
      text(about.createRow(1), 0, text.text("threshold", minCell), styles);
      about.setColumnWidth(0, 100 * 256);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text cell; one a spreadsheet would evaluate is marked quote-prefixed (its "'" prefix). */
  static void text(Row row, int column, String value, Styles styles) {
    if (value == null || value.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (Neutraliser.triggers(value)) {
      cell.setCellStyle(styles.quoted);
    }
  }

  static void number(Row row, int column, Double value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** The few cell styles of a workbook (a workbook holds a limited number: reuse). */
  static final class Styles {
    final CellStyle header;
    final CellStyle quoted;
    final CellStyle decimal;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }
  }
}

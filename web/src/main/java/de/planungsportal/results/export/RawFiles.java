package de.planungsportal.results.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The raw responses of a wave as CSV (Commons CSV writing straight to the stream) and as XLSX (POI
 * SXSSF, a window of rows in memory, the rest in a compressed temporary file removed on close).
 * Columns: row number, school, area, grade band, language, day of submission, then one column per
 * question key. Every text is neutralised against formulas; numbers stay numbers.
 */
public final class RawFiles {

  /** Rows SXSSF keeps in memory before it writes them to its temporary file. */
  static final int WINDOW = 200;

  private final ResultExportText text;

  public RawFiles(ResultExportText text) {
    this.text = text;
  }

  List<String> headers(List<String> columns) {
    List<String> headers = new ArrayList<>();
    headers.add(text.text("column.row"));
    headers.add(text.text("column.school"));
    headers.add(text.text("column.area"));
    headers.add(text.text("column.gradeBand"));
    headers.add(text.text("column.language"));
    headers.add(text.text("column.day"));
    headers.addAll(columns);
    return headers;
  }

  /** Streams the responses as CSV; returns the number of responses written. */
  public long csv(RawResponses responses, long waveId, OutputStream out) throws IOException {
    List<String> columns = responses.columns(waveId);
    BufferedWriter writer =
        new BufferedWriter(
            new OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    CSVPrinter printer =
        new CSVPrinter(
            writer,
            CSVFormat.DEFAULT
                .builder()
                .setDelimiter(text.csvDelimiter())
                .setRecordSeparator("\r\n")
                .get());
    List<String> headers = headers(columns);
    printer.printRecord(headers.stream().map(Neutraliser::text).toList());
    Object[] values = new Object[headers.size()];
    long written =
        responses.stream(
            waveId,
            response -> {
              values[0] = response.number();
              values[1] = Neutraliser.text(response.school());
              values[2] = Neutraliser.text(response.area());
              values[3] = Neutraliser.text(response.gradeBand());
              values[4] = Neutraliser.text(response.language());
              values[5] = response.submittedOn() == null ? "" : response.submittedOn().toString();
              for (int i = 0; i < columns.size(); i++) {
                values[6 + i] = Neutraliser.text(response.answers().get(columns.get(i)));
              }
              printer.printRecord(values);
            });
    printer.flush();
    return written;
  }

  /** Streams the responses as XLSX; returns the number of responses written. */
  public long xlsx(RawResponses responses, long waveId, OutputStream out) throws IOException {
    List<String> columns = responses.columns(waveId);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      workbook.setCompressTempFiles(true);
      AggregateFiles.Styles styles = new AggregateFiles.Styles(workbook);
      Sheet sheet = workbook.createSheet(text.text("sheet.responses"));
      List<String> headers = headers(columns);
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        AggregateFiles.text(head, i, headers.get(i), styles);
        if (head.getCell(i) != null && !Neutraliser.triggers(headers.get(i))) {
          head.getCell(i).setCellStyle(styles.header);
        }
      }
      sheet.createFreezePane(0, 1);
      long[] row = {0};
      long written =
          responses.stream(
              waveId,
              response -> {
                Row r = sheet.createRow((int) ++row[0]);
                r.createCell(0).setCellValue(response.number());
                AggregateFiles.text(r, 1, response.school(), styles);
                AggregateFiles.text(r, 2, response.area(), styles);
                AggregateFiles.text(r, 3, response.gradeBand(), styles);
                AggregateFiles.text(r, 4, response.language(), styles);
                if (response.submittedOn() != null) {
                  AggregateFiles.text(r, 5, response.submittedOn().toString(), styles);
                }
                for (int i = 0; i < columns.size(); i++) {
                  answer(r, 6 + i, response.answers().get(columns.get(i)), styles);
                }
              });
      workbook.write(out);
      return written;
    }
  }

  /** A stored answer: a number (scale, count) as a number cell, anything else as text. */
  private static void answer(Row row, int column, String value, AggregateFiles.Styles styles) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (value.matches("-?[0-9]{1,9}")) {
      Cell cell = row.createCell(column);
      cell.setCellValue(Long.parseLong(value));
      return;
    }
    AggregateFiles.text(row, column, value, styles);
  }
}

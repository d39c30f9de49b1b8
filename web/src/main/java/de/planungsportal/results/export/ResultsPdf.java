package de.planungsportal.results.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results report of a wave: the threshold stated first, then per question a chart of the whole
 * wave's answers with its table, and one table per breakdown (school, area, grade band, language)
 * in which a suppressed group is a row saying so, with no figure. Standard Helvetica (Cp1252), as
 * the work-plan PDF.
 */
public final class ResultsPdf {

  public static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
  public static final Font SUBTITLE = new Font(Font.HELVETICA, 12);
  public static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  public static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
  public static final Font BODY = new Font(Font.HELVETICA, 9.5f);
  public static final Font CELL = new Font(Font.HELVETICA, 8.5f);
  public static final Font CELL_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
  public static final Font CELL_NOTE = new Font(Font.HELVETICA, 8.5f, Font.ITALIC, Color.DARK_GRAY);
  public static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
  public static final Color HEADER_BACKGROUND = new Color(0xE4, 0xEA, 0xF1);

  private final ResultExportText text;

  public ResultsPdf(ResultExportText text) {
    this.text = text;
  }

  /**
   * @param byBreakdown the wave's questions per breakdown; TOTAL must be there
   */
  public void write(
      WaveFacts wave,
      int minCell,
      Map<Breakdown, List<QuestionResult>> byBreakdown,
      OutputStream out) {
    String title = text.text("pdf.title", wave.title());
    Document document = new Document(PageSize.A4, 42, 42, 42, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.addTitle(title);
    document.addAuthor(wave.organisationName());
    document.addCreator(text.text("pdf.creator"));
    document.addCreationDate();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.locale().toLanguageTag()));
    HeaderFooter footer = new HeaderFooter(new Phrase(title + " – ", FOOTER), true);
    footer.setAlignment(Element.ALIGN_RIGHT);
    footer.setBorder(Rectangle.NO_BORDER);
    document.setFooter(footer);
    document.open();
    document.add(new Paragraph(wave.organisationName(), SUBTITLE));
    Paragraph heading = new Paragraph(title, TITLE);
    heading.setSpacingBefore(6);
    document.add(heading);
    document.add(
        new Paragraph(
            text.text("pdf.period", text.date(wave.fieldStart()), text.date(wave.fieldEnd())),
            BODY));
    Paragraph threshold = new Paragraph(text.text("threshold", minCell), BODY);
    threshold.setSpacingBefore(6);
    threshold.setSpacingAfter(10);
    document.add(threshold);
    List<QuestionResult> totals = byBreakdown.getOrDefault(Breakdown.TOTAL, List.of());
    if (totals.isEmpty()) {
      document.add(new Paragraph(text.text("pdf.none"), BODY));
    }
    for (QuestionResult total : totals) {
      question(document, writer, total, byBreakdown, minCell);
    }
    document.close();
  }

  /**
   * One question: the whole wave's chart and table, then a table per breakdown found in
   * byBreakdown. Also used by the education report for the released waves.
   */
  public void question(
      Document document,
      PdfWriter writer,
      QuestionResult total,
      Map<Breakdown, List<QuestionResult>> byBreakdown,
      int minCell) {
    Paragraph heading = new Paragraph(total.text(), HEADING);
    heading.setSpacingBefore(14);
    heading.setKeepTogether(true);
    document.add(heading);
    ResultCell cell = total.total();
    if (cell.suppressed()) {
      document.add(new Paragraph(text.text("suppressed", minCell), CELL_NOTE));
      return;
    }
    document.add(new Paragraph(answeredLine(cell), BODY));
    if (!cell.options().isEmpty()) {
      List<BarChart.Bar> bars = new ArrayList<>();
      for (OptionFigure option : cell.options()) {
        bars.add(
            new BarChart.Bar(
                option.label(), option.percent(), text.number(option.percent()) + " %"));
      }
      document.add(
          BarChart.of(writer, bars, document.getPageSize().getWidth() - 84, Double.valueOf(100)));
      PdfPTable table = table(new float[] {5, 1.3f, 1.3f});
      table.addCell(header(text.text("column.option")));
      table.addCell(header(text.text("column.count")));
      table.addCell(header(text.text("column.percent")));
      for (OptionFigure option : cell.options()) {
        table.addCell(cell(option.label()));
        table.addCell(number(String.valueOf(option.count())));
        table.addCell(number(text.number(option.percent()) + " %"));
      }
      document.add(table);
    }
    for (Breakdown by : Breakdown.values()) {
      if (by == Breakdown.TOTAL) {
        continue;
      }
      byBreakdown.getOrDefault(by, List.of()).stream()
          .filter(q -> q.questionKey().equals(total.questionKey()))
          .findFirst()
          .filter(q -> !q.groups().isEmpty())
          .ifPresent(q -> document.add(breakdown(q, minCell)));
    }
  }

  private String answeredLine(ResultCell cell) {
    String line = text.text("pdf.answered", cell.answered());
    if (cell.mean() != null) {
      line +=
          " · " + text.text("pdf.meanMedian", text.number(cell.mean()), text.number(cell.median()));
    }
    return line;
  }

  /** Groups as rows; one column per option (percent) and the mean where there is one. */
  private PdfPTable breakdown(QuestionResult question, int minCell) {
    Set<String> options = new LinkedHashSet<>();
    boolean mean = false;
    for (ResultCell group : question.groups()) {
      group.options().forEach(o -> options.add(o.label()));
      mean |= group.mean() != null;
    }
    int columns = 2 + options.size() + (mean ? 1 : 0);
    float[] widths = new float[columns];
    widths[0] = 3;
    for (int i = 1; i < columns; i++) {
      widths[i] = 1.2f;
    }
    PdfPTable table = table(widths);
    PdfPCell caption =
        new PdfPCell(new Phrase(text.text("pdf.by", text.breakdown(question.by())), CELL_BOLD));
    caption.setColspan(columns);
    caption.setBorder(Rectangle.NO_BORDER);
    caption.setPaddingBottom(4);
    table.addCell(caption);
    table.addCell(header(text.text("column.group")));
    table.addCell(header(text.text("column.answered")));
    options.forEach(o -> table.addCell(header(o + " (%)")));
    if (mean) {
      table.addCell(header(text.text("column.mean")));
    }
    table.setHeaderRows(2);
    for (ResultCell group : question.groups()) {
      table.addCell(cell(group.groupLabel()));
      if (group.suppressed()) {
        PdfPCell note = new PdfPCell(new Phrase(text.text("suppressed", minCell), CELL_NOTE));
        note.setColspan(columns - 1);
        note.setPadding(3);
        table.addCell(note);
        continue;
      }
      table.addCell(number(String.valueOf(group.answered())));
      for (String option : options) {
        table.addCell(
            number(
                group.options().stream()
                    .filter(o -> o.label().equals(option))
                    .findFirst()
                    .map(o -> text.number(o.percent()))
                    .orElse("")));
      }
      if (mean) {
        table.addCell(number(text.number(group.mean())));
      }
    }
    return table;
  }

  public static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    return table;
  }

  public static PdfPCell header(String label) {
    PdfPCell cell = new PdfPCell(new Phrase(label, CELL_BOLD));
    cell.setBackgroundColor(HEADER_BACKGROUND);
    cell.setPadding(3);
    return cell;
  }

  public static PdfPCell cell(String value) {
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, CELL));
    cell.setPadding(3);
    return cell;
  }

  public static PdfPCell number(String value) {
    PdfPCell cell = cell(value);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }
}

package de.planungsportal.report;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.planungsportal.common.Translatable;
import de.planungsportal.report.ReportContent.AreaSeries;
import de.planungsportal.report.ReportContent.Evidence;
import de.planungsportal.report.ReportContent.Indicator;
import de.planungsportal.report.ReportContent.MeasureLine;
import de.planungsportal.report.ReportContent.Value;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.export.BarChart;
import de.planungsportal.results.export.ResultExportText;
import de.planungsportal.results.export.ResultsPdf;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The education report as a PDF: the indicators by area with their trend, the released survey
 * results, the plan's measures with progress and evidence. Every chart is drawn beside the table it
 * shows (the table is its text alternative); suppressed values are named as such, never drawn.
 */
public final class EducationReportPdf {

  /** Figures of one released wave, as SurveyResults gave them. */
  public record WaveFigures(
      ReportContent.Wave wave, int minCell, Map<Breakdown, List<QuestionResult>> questions) {}

  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResultExportText resultText;

  public EducationReportPdf(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
    this.resultText = new ResultExportText(locale);
  }

  String text(String key, Object... arguments) {
    return Translatable.format(bundle, locale, "educationReport." + key, arguments);
  }

  public void write(ReportContent content, List<WaveFigures> waves, OutputStream out) {
    String title = text("title", String.valueOf(content.year()));
    Document document = new Document(PageSize.A4, 42, 42, 42, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
    document.addTitle(title + " – " + content.organisationName());
    document.addAuthor(content.organisationName());
    document.addCreator("Planungsportal");
    document.addCreationDate();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    HeaderFooter footer = new HeaderFooter(new Phrase(title + " – ", ResultsPdf.FOOTER), true);
    footer.setAlignment(Element.ALIGN_RIGHT);
    footer.setBorder(Rectangle.NO_BORDER);
    document.setFooter(footer);
    document.open();
    Paragraph organisation = new Paragraph(content.organisationName(), ResultsPdf.SUBTITLE);
    organisation.setSpacingBefore(60);
    document.add(organisation);
    Paragraph heading = new Paragraph(title, ResultsPdf.TITLE);
    heading.setSpacingBefore(12);
    document.add(heading);
    document.add(new Paragraph(content.cycleTitle(), ResultsPdf.SUBTITLE));
    Paragraph printed =
        new Paragraph(
            text(
                "printed",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(LocalDate.now())),
            ResultsPdf.BODY);
    printed.setSpacingBefore(24);
    document.add(printed);
    float width = document.getPageSize().getWidth() - 84;
    document.add(indicators(content, writer, width));
    surveys(waves, document, writer);
    document.add(measures(content, writer, width));
    document.close();
  }

  private Chapter chapter(String key, int number) {
    Chapter chapter = new Chapter(new Paragraph(text(key), ResultsPdf.TITLE), number);
    chapter.setNumberDepth(0);
    chapter.setTriggerNewPage(true);
    return chapter;
  }

  private Chapter indicators(ReportContent content, PdfWriter writer, float width) {
    Chapter chapter = chapter("indicators", 1);
    if (content.indicators().isEmpty()) {
      chapter.add(new Paragraph(text("indicators.none"), ResultsPdf.BODY));
    }
    for (Indicator indicator : content.indicators()) {
      Paragraph heading =
          new Paragraph(indicator.name() + " (" + indicator.unit() + ")", ResultsPdf.HEADING);
      heading.setSpacingBefore(12);
      chapter.add(heading);
      chapter.add(new Paragraph(indicator.definition(), ResultsPdf.BODY));
      chapter.add(
          new Paragraph(
              text("indicator.source", indicator.source())
                  + " · "
                  + text("direction." + indicator.direction()),
              ResultsPdf.CELL_NOTE));
      if (indicator.years().isEmpty()) {
        chapter.add(new Paragraph(text("indicator.noValues"), ResultsPdf.BODY));
        continue;
      }
      int latest = indicator.years().size() - 1;
      List<BarChart.Bar> bars = new ArrayList<>();
      for (AreaSeries series : indicator.areas()) {
        Value value = series.values().get(latest);
        bars.add(
            new BarChart.Bar(
                area(series.area()),
                value.value() == null ? null : value.value().doubleValue(),
                value(value)));
      }
      Paragraph chartCaption =
          new Paragraph(
              text("indicator.chart", String.valueOf(indicator.years().get(latest))),
              ResultsPdf.SUBHEADING);
      chartCaption.setSpacingBefore(4);
      chapter.add(chartCaption);
      chapter.add(BarChart.of(writer, bars, width, null));
      float[] widths = new float[indicator.years().size() + 2];
      widths[0] = 3;
      for (int i = 1; i < widths.length; i++) {
        widths[i] = 1.1f;
      }
      widths[widths.length - 1] = 2;
      PdfPTable table = ResultsPdf.table(widths);
      table.addCell(ResultsPdf.header(text("column.area")));
      indicator.years().forEach(y -> table.addCell(ResultsPdf.header(String.valueOf(y))));
      table.addCell(ResultsPdf.header(text("column.trend")));
      for (AreaSeries series : indicator.areas()) {
        table.addCell(ResultsPdf.cell(area(series.area())));
        series.values().forEach(v -> table.addCell(ResultsPdf.number(value(v))));
        table.addCell(ResultsPdf.cell(trend(series.values(), indicator.direction())));
      }
      chapter.add(table);
    }
    return chapter;
  }

  /** Added to the document as it goes: a wave's question blocks are many, written one by one. */
  private void surveys(List<WaveFigures> waves, Document document, PdfWriter writer) {
    Chapter chapter = chapter("surveys", 2);
    if (waves.isEmpty()) {
      chapter.add(new Paragraph(text("surveys.none"), ResultsPdf.BODY));
    }
    document.add(chapter);
    ResultsPdf results = new ResultsPdf(resultText);
    for (WaveFigures figures : waves) {
      Paragraph heading = new Paragraph(figures.wave().title(), ResultsPdf.HEADING);
      heading.setSpacingBefore(12);
      document.add(heading);
      document.add(
          new Paragraph(resultText.text("threshold", figures.minCell()), ResultsPdf.CELL_NOTE));
      for (QuestionResult total : figures.questions().getOrDefault(Breakdown.TOTAL, List.of())) {
        results.question(document, writer, total, figures.questions(), figures.minCell());
      }
    }
  }

  private Chapter measures(ReportContent content, PdfWriter writer, float width) {
    Chapter chapter = chapter("measures", 3);
    if (content.planVersion() == null || content.measures().isEmpty()) {
      chapter.add(new Paragraph(text("measures.none"), ResultsPdf.BODY));
      return chapter;
    }
    chapter.add(
        new Paragraph(text("measures.version", content.planVersion()), ResultsPdf.CELL_NOTE));
    List<BarChart.Bar> bars = new ArrayList<>();
    for (MeasureLine measure : content.measures()) {
      bars.add(
          new BarChart.Bar(
              measure.title(),
              measure.percentDone() == null ? 0.0 : measure.percentDone().doubleValue(),
              measure.percentDone() == null
                  ? text("progress.none")
                  : measure.percentDone() + " %"));
    }
    Paragraph chartCaption = new Paragraph(text("measures.chart"), ResultsPdf.SUBHEADING);
    chartCaption.setSpacingBefore(6);
    chapter.add(chartCaption);
    chapter.add(BarChart.of(writer, bars, width, 100.0));
    PdfPTable table = ResultsPdf.table(new float[] {3, 3, 2, 1.6f, 1.2f});
    table.addCell(ResultsPdf.header(text("column.goal")));
    table.addCell(ResultsPdf.header(text("column.measure")));
    table.addCell(ResultsPdf.header(text("column.department")));
    table.addCell(ResultsPdf.header(text("column.status")));
    table.addCell(ResultsPdf.header(text("column.progress")));
    for (MeasureLine measure : content.measures()) {
      table.addCell(ResultsPdf.cell(measure.goal()));
      table.addCell(ResultsPdf.cell(measure.title()));
      table.addCell(ResultsPdf.cell(measure.department()));
      String status =
          measure.reportedStatus() != null ? measure.reportedStatus() : measure.plannedStatus();
      table.addCell(ResultsPdf.cell(text("status." + status)));
      table.addCell(
          ResultsPdf.number(
              measure.percentDone() == null
                  ? text("progress.none")
                  : measure.percentDone() + " %"));
    }
    chapter.add(table);
    Paragraph evidenceHeading = new Paragraph(text("evidence"), ResultsPdf.HEADING);
    evidenceHeading.setSpacingBefore(10);
    chapter.add(evidenceHeading);
    PdfPTable evidence = ResultsPdf.table(new float[] {3, 2.6f, 1.6f, 1.4f, 1.4f, 1.4f, 1.6f});
    evidence.addCell(ResultsPdf.header(text("column.measure")));
    evidence.addCell(ResultsPdf.header(text("column.indicator")));
    evidence.addCell(ResultsPdf.header(text("column.area")));
    evidence.addCell(ResultsPdf.header(text("column.baseline")));
    evidence.addCell(ResultsPdf.header(text("column.target")));
    evidence.addCell(ResultsPdf.header(text("column.latest")));
    evidence.addCell(ResultsPdf.header(text("column.movement")));
    boolean any = false;
    for (MeasureLine measure : content.measures()) {
      for (Evidence e : measure.evidence()) {
        any = true;
        evidence.addCell(ResultsPdf.cell(measure.title()));
        evidence.addCell(ResultsPdf.cell(e.indicator() + " (" + e.unit() + ")"));
        evidence.addCell(ResultsPdf.cell(area(e.area())));
        evidence.addCell(ResultsPdf.number(number(e.baseline()) + " (" + e.baselineYear() + ")"));
        evidence.addCell(ResultsPdf.number(number(e.target()) + " (" + e.targetYear() + ")"));
        evidence.addCell(
            ResultsPdf.number(
                !e.latestMeasured()
                    ? text("value.none")
                    : (e.latest() == null ? text("value.suppressed") : number(e.latest()))
                        + " ("
                        + e.latestYear()
                        + ")"));
        evidence.addCell(ResultsPdf.cell(movement(e)));
      }
    }
    if (any) {
      chapter.add(evidence);
    } else {
      chapter.add(new Paragraph(text("evidence.none"), ResultsPdf.BODY));
    }
    return chapter;
  }

  private String area(String area) {
    return area == null ? text("area.all") : area;
  }

  private String value(Value value) {
    if (!value.measured()) {
      return text("value.none");
    }
    return value.value() == null ? text("value.suppressed") : number(value.value());
  }

  /** From the first to the last shown value, read with the indicator's direction of good. */
  String trend(List<Value> values, String direction) {
    BigDecimal first = null;
    BigDecimal last = null;
    int shown = 0;
    for (Value v : values) {
      if (v.value() != null) {
        first = first == null ? v.value() : first;
        last = v.value();
        shown++;
      }
    }
    if (shown < 2) {
      return text("trend.none");
    }
    return text("trend." + verdict(first, last, direction), number(last.subtract(first)));
  }

  /** BETTER, WORSE or SAME, given which way is good (UP, DOWN; NONE: CHANGED). */
  static String verdict(BigDecimal from, BigDecimal to, String direction) {
    int change = to.compareTo(from);
    if (change == 0) {
      return "SAME";
    }
    return switch (direction) {
      case "UP" -> change > 0 ? "BETTER" : "WORSE";
      case "DOWN" -> change < 0 ? "BETTER" : "WORSE";
      default -> "CHANGED";
    };
  }

  private String movement(Evidence e) {
    if (e.latest() == null) {
      return text("movement.open");
    }
    String verdict = verdict(e.baseline(), e.latest(), e.direction());
    boolean reached =
        switch (e.direction()) {
          case "UP" -> e.latest().compareTo(e.target()) >= 0;
          case "DOWN" -> e.latest().compareTo(e.target()) <= 0;
          default -> e.latest().compareTo(e.target()) == 0;
        };
    return reached ? text("movement.reached") : text("movement." + verdict);
  }

  private String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}

package de.planungsportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.planungsportal.report.ReportContent.AreaSeries;
import de.planungsportal.report.ReportContent.Evidence;
import de.planungsportal.report.ReportContent.Indicator;
import de.planungsportal.report.ReportContent.MeasureLine;
import de.planungsportal.report.ReportContent.Value;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import de.planungsportal.survey.QuestionKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EducationReportPdfTest {

  @Test
  void hasTheThreeSectionsWithTrendsReleasedResultsAndTheEvidenceChain() throws IOException {
    Indicator dropouts =
        new Indicator(
            "abgaenge",
            "Abgänge ohne Abschluss",
            "%",
            "DOWN",
            "Anteil der Abgänge ohne Abschluss",
            "Statistisches Landesamt",
            List.of(2025, 2027),
            List.of(
                new AreaSeries(
                    "Nordviertel",
                    List.of(
                        new Value(true, new BigDecimal("8.0")),
                        new Value(true, new BigDecimal("6.5")))),
                new AreaSeries(
                    "Südviertel",
                    List.of(new Value(true, new BigDecimal("7")), new Value(true, null)))));
    MeasureLine mentoring =
        new MeasureLine(
            "Weniger Abgänge",
            "Mentoring an allen Grundschulen",
            "Jugendamt",
            "PLANNED",
            "IN_PROGRESS",
            40,
            LocalDate.of(2027, 6, 1),
            List.of(
                new Evidence(
                    "Abgänge ohne Abschluss",
                    "%",
                    "DOWN",
                    "Nordviertel",
                    new BigDecimal("8"),
                    2025,
                    new BigDecimal("5"),
                    2029,
                    true,
                    new BigDecimal("6.5"),
                    2027)));
    ReportContent content =
        new ReportContent(
            3,
            "Landkreis Musterland",
            2027,
            "Jahresarbeitsplan 2027",
            List.of(dropouts),
            List.of(),
            2,
            List.of(mentoring));
    QuestionResult yard =
        new QuestionResult(
            "yard",
            "Wie gut gefällt dir der Schulhof?",
            QuestionKind.SINGLE_CHOICE,
            Breakdown.TOTAL,
            new ResultCell(
                "all",
                "Alle",
                false,
                20L,
                List.of(
                    new OptionFigure("1", "gut", 15, 75), new OptionFigure("2", "schlecht", 5, 25)),
                null,
                null),
            List.of());
    EducationReportPdf.WaveFigures wave =
        new EducationReportPdf.WaveFigures(
            new ReportContent.Wave(9, "Jugendbefragung 2027", LocalDate.of(2027, 3, 31)),
            5,
            Map.of(Breakdown.TOTAL, List.of(yard)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new EducationReportPdf(Locale.GERMAN).write(content, List.of(wave), out);

    String text = text(out.toByteArray());
    assertThat(text)
        .contains(
            "Bildungsbericht 2027",
            "Landkreis Musterland",
            "Indikatoren nach Gebiet",
            "Abgänge ohne Abschluss (%)",
            "Werte 2027 nach Gebiet",
            "besser (-1,5)",
            "unterdrückt",
            "Befragungsergebnisse (freigegeben)",
            "Jugendbefragung 2027",
            "Wie gut gefällt dir der Schulhof?",
            "75 %",
            "Maßnahmen, Fortschritt und Wirkung",
            "Mentoring an allen Grundschulen",
            "40 %",
            "in die richtige Richtung");
  }

  @Test
  void verdictReadsTheDirectionOfGood() {
    BigDecimal eight = new BigDecimal("8");
    BigDecimal six = new BigDecimal("6");
    assertThat(EducationReportPdf.verdict(eight, six, "DOWN")).isEqualTo("BETTER");
    assertThat(EducationReportPdf.verdict(eight, six, "UP")).isEqualTo("WORSE");
    assertThat(EducationReportPdf.verdict(six, eight, "UP")).isEqualTo("BETTER");
    assertThat(EducationReportPdf.verdict(six, six, "UP")).isEqualTo("SAME");
    assertThat(EducationReportPdf.verdict(six, eight, "NONE")).isEqualTo("CHANGED");
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }
}

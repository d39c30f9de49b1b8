package de.planungsportal.planning.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.planungsportal.planning.PlanFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkPlanPdfTest {

  @Test
  void showsTheCoverMeasuresBudgetsAndDecisionsWithUmlautsAndEuro() throws IOException {
    String text = text(pdf(Locale.GERMAN));

    assertThat(text)
        .contains(
            "Landkreis Musterland",
            "Arbeitsplan 2027 – Fassung 3",
            "Fassung 3 · Stand: Veröffentlicht",
            PlanFixture.UMLAUT_TITLE,
            "Anteil Kinder mit Förderbedarf (%): von 23 auf 15,5",
            "Musterstadt-Süd, Gemeinde Talheim",
            "01.02.2027 – 30.11.2027",
            "In Umsetzung",
            "aus dem Vorjahr übernommen",
            "Ohne Gebietsbezug",
            "Entscheidungsverlauf",
            "Zeichnung der Verwaltungsspitze",
            "Mit der Änderung: Förderung auch in Übergangsklassen.",
            "mit Änderungen beschlossen");
    // 12.500,50 + 1.000 + 48.000
    assertThat(text).contains("12.500,50 €", "Budget des Arbeitsplans insgesamt: 61.500,50 €");
  }

  @Test
  void carriesTitleAndLanguageForScreenReadersAndTheOutlineAsContents() throws IOException {
    PdfReader reader = new PdfReader(pdf(Locale.GERMAN));

    assertThat(reader.getInfo().get("Title"))
        .isEqualTo("Arbeitsplan 2027 – Fassung 3 – Landkreis Musterland");
    assertThat(reader.getCatalog().get(com.lowagie.text.pdf.PdfName.LANG).toString())
        .isEqualTo("de");
    assertThat(com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader))
        .extracting(b -> b.get("Title"))
        .containsExactly(
            "Ziele", "Maßnahmen nach Fachplanung", "Maßnahmen nach Gebiet", "Entscheidungsverlauf");
  }

  @Test
  void speaksEnglishToEnglishReaders() throws IOException {
    String text = text(pdf(Locale.ENGLISH));

    assertThat(text).contains("Work plan 2027 – version 3", "Measures by department", "Published");
  }

  private static byte[] pdf(Locale locale) {
    PlanFixture.Plan plan = PlanFixture.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkPlanPdf(new ExportText(locale)).write(plan.version(), plan.decisions(), out);
    return out.toByteArray();
  }

  /**
   * The text of every page, with runs of white space (line breaks inside table cells, the no-break
   * space of amounts) as one space.
   */
  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("[\\s\u00a0]+", " ");
  }
}

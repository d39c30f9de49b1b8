package de.planungsportal.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecisionRecordPdfTest {

  private static final DecisionRecord SIGNED =
      new DecisionRecord(
          "Landkreis Musterland",
          "Schulträgerausschuss",
          "BV-2027/014",
          "Arbeitsplan Bildung 2027 – Fassung 2",
          "Der Ausschuss beschließt den Arbeitsplan in der vorgelegten Fassung.",
          2,
          Paper.Procedure.MEETING,
          "3. Sitzung des Schulträgerausschusses",
          LocalDateTime.of(2027, 3, 4, 17, 0),
          CommitteeDecision.Outcome.AMENDED,
          7,
          2,
          1,
          11,
          10,
          true,
          "Maßnahme „Sprachförderung“ auch für Übergangsklassen.",
          "Mehrheit für den Änderungsantrag der Fraktion.",
          "gremienbuero",
          LocalDateTime.of(2027, 3, 4, 19, 12),
          "vorsitz",
          LocalDateTime.of(2027, 3, 6, 9, 30));

  @Test
  void recordsPaperTallyOutcomeAmendmentReasonsAndSignature() throws IOException {
    String text = text(pdf(SIGNED, Locale.GERMAN));

    assertThat(text)
        .contains(
            "Landkreis Musterland · Schulträgerausschuss",
            "Beschluss zur Vorlage BV-2027/014",
            "Arbeitsplan Bildung 2027 – Fassung 2",
            "Der Ausschuss beschließt den Arbeitsplan in der vorgelegten Fassung.",
            "3. Sitzung des Schulträgerausschusses (04.03.2027, 17:00)",
            "mit Änderungen beschlossen",
            "Maßnahme „Sprachförderung“ auch für Übergangsklassen.",
            "Mehrheit für den Änderungsantrag der Fraktion.")
        .doesNotContain("vorläufig", "Vorläufig");
    // table cells: the extractor runs label and value together, so compare without spaces
    assertThat(compact(text))
        .contains(
            "StimmberechtigteMitglieder11",
            "Anwesendbzw.beteiligt10",
            "Ja7",
            "Nein2",
            "Enthaltungen1",
            "Beschlussfähigkeitgegeben",
            "Erfasstvongremienbuero",
            "Erfasstam04.03.2027,19:12",
            "Gezeichnetvonvorsitz",
            "Gezeichnetam06.03.2027,09:30");
  }

  @Test
  void saysProvisionalUntilTheChairHasSigned() throws IOException {
    DecisionRecord unsigned =
        new DecisionRecord(
            "Landkreis Musterland",
            "Schulträgerausschuss",
            "BV-2027/015",
            "Arbeitsplan",
            "Beschlussvorschlag",
            1,
            Paper.Procedure.CIRCULATION,
            null,
            null,
            CommitteeDecision.Outcome.REJECTED,
            3,
            4,
            0,
            9,
            7,
            true,
            null,
            null,
            "gremienbuero",
            LocalDateTime.of(2027, 5, 2, 12, 0),
            null,
            null);

    String text = text(pdf(unsigned, Locale.GERMAN));

    assertThat(text)
        .contains("Vorläufig – vom Vorsitz noch nicht gezeichnet", "Umlaufverfahren", "abgelehnt")
        .doesNotContain("Sitzung ", "Änderungen", "Begründung");
    assertThat(compact(text))
        .contains("Gezeichnetvonvorläufig(nochnichtgezeichnet)")
        .doesNotContain("Gezeichnetam");
  }

  @Test
  void carriesTitleAndLanguageAndSpeaksEnglishToEnglishReaders() throws IOException {
    byte[] pdf = pdf(SIGNED, Locale.ENGLISH);
    PdfReader reader = new PdfReader(pdf);

    assertThat(reader.getInfo().get("Title"))
        .isEqualTo("Decision on paper BV-2027/014 – Schulträgerausschuss");
    assertThat(reader.getCatalog().get(PdfName.LANG).toString()).isEqualTo("en");
    assertThat(text(pdf)).contains("approved with amendments");
    assertThat(compact(text(pdf))).contains("Signedbyvorsitz", "Quorumreached");
  }

  private static byte[] pdf(DecisionRecord record, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DecisionRecordPdf(locale).write(record, out);
    return out.toByteArray();
  }

  private static String compact(String text) {
    return text.replace(" ", "");
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("[\\s\u00a0]+", " ");
  }
}

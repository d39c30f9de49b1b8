package de.planungsportal.results.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultsPdfTest {

  @Test
  void statesTheThresholdDrawsAChartAndMarksTheSuppressedGroupWithoutFigures() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ResultsPdf(new ResultExportText(Locale.GERMAN))
        .write(ResultFixtures.facts(), 5, ResultFixtures.wave(), out);

    PdfReader reader = new PdfReader(out.toByteArray());
    StringBuilder all = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(extractor.getTextFromPage(page)).append('\n');
    }
    String text = all.toString().replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Landkreis Musterland",
            "Ergebnisse: Jugendbefragung 2027",
            "Gruppen mit weniger als 5 Antworten werden nicht gezeigt",
            ResultFixtures.FORMULA_QUESTION,
            "12 Antwortende",
            "Nach Schule",
            ResultFixtures.SCHOOL_SHOWN,
            ResultFixtures.SCHOOL_SUPPRESSED,
            "unterdrückt (weniger als 5 Antworten)");
    assertThat(text).as("the chart's values").contains("75 %", "25 %");
    PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
    assertThat(resources.getAsDict(PdfName.XOBJECT))
        .as("the chart is placed as an image (form XObject)")
        .isNotNull();
    reader.close();
  }
}

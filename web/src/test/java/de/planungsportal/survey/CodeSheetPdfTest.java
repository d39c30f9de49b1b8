package de.planungsportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CodeSheetPdfTest {

  private static final String ADDRESS = "https://portal.example/answer/";
  private static final String CONSENT =
      "Die Befragung „Jugend in Musterland 2027“ fragt nach Freizeit, Schule und Wohlbefinden. "
          + "Die Teilnahme ist freiwillig und anonym; wer nicht teilnimmt, hat keine Nachteile. "
          + "Verantwortlich: Landkreis Musterland, Jugendhilfeplanung. Datenschutz: "
          + "datenschutz@musterland.example.";

  /** Thirteen codes: one full page of ten slips and a second page with three. */
  private static final List<String> CODES =
      List.of(
          "K7QM4XPA2HTR",
          "4VZZ2ZCRCW65",
          "ZH7DJBPM439D",
          "TAW4T7KEWNN3",
          "MY7WVEJSKCWZ",
          "AVUDZYEU5TCE",
          "YXRGSECEFRMQ",
          "XJCQUFKR4JSM",
          "Q6HKCVXAGXBY",
          "CQB5V8Y4U5B3",
          "RSNCP9QXYYC5",
          "HHJK2345MNPQ",
          "WXYZ6789ABCD");

  @Test
  void printsEveryCodeOnceInGroupsOfFourWithTheSurveyAddress() throws IOException {
    List<String> pages = pageTexts(pdf(sheet(CODES, null), Locale.GERMAN));

    assertThat(pages).hasSize(2);
    String all = String.join("\n", pages);
    for (String code : CODES) {
      String printed = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
      assertThat(occurrences(all, printed)).as(printed).isEqualTo(1);
    }
    assertThat(occurrences(pages.get(0), "Zugangscode:")).isEqualTo(10);
    assertThat(occurrences(pages.get(1), "Zugangscode:")).isEqualTo(3);
    assertThat(occurrences(all, ADDRESS)).isEqualTo(13);
    assertThat(pages.get(0))
        .contains(
            "Jugend in Musterland 2027",
            "Gesamtschule Talheim · Klasse 7b",
            "Befragung im Browser öffnen:",
            "oder QR-Code scannen",
            "Seite 1 von 2")
        .doesNotContain("Einverständnis");
    assertThat(pages.get(1)).contains("Seite 2 von 2");
  }

  @Test
  void everyQrCodeOpensTheQuestionnaireWithItsSlipsCode() throws Exception {
    byte[] pdf = pdf(sheet(CODES, null), Locale.GERMAN);

    List<String> decoded = new ArrayList<>();
    for (Bitmap image : images(pdf)) {
      decoded.add(decode(image));
    }

    assertThat(decoded)
        .containsExactlyElementsOf(CODES.stream().map(code -> ADDRESS + "?code=" + code).toList());
  }

  @Test
  void embeddedQrImageIsTheExposedMatrixModuleForModule() throws IOException {
    Bitmap first = images(pdf(sheet(CODES, null), Locale.GERMAN)).get(0);
    BitMatrix matrix = CodeSheetPdf.qrCode(CodeSheetPdf.answerLink(ADDRESS, CODES.get(0)));

    assertThat(first.width()).isEqualTo(matrix.getWidth());
    assertThat(first.height()).isEqualTo(matrix.getHeight());
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        assertThat(first.dark(x, y)).as("module %d,%d", x, y).isEqualTo(matrix.get(x, y));
      }
    }
  }

  @Test
  void consentSlipsComeFirstOnePerCodeAndCarryNeitherCodeNorName() throws Exception {
    List<String> codes = CODES.subList(0, 6);
    byte[] pdf = pdf(sheet(codes, CONSENT), Locale.GERMAN);
    List<String> pages = pageTexts(pdf);

    assertThat(pages).as("two pages of four consent slips, then the codes").hasSize(3);
    String consentPages = pages.get(0) + "\n" + pages.get(1);
    assertThat(occurrences(consentPages, "Einverständnis der Erziehungsberechtigten")).isEqualTo(6);
    assertThat(occurrences(consentPages, "teilnimmt.")).isEqualTo(6);
    assertThat(consentPages)
        .contains(
            "Die Teilnahme ist freiwillig und anonym",
            "Unterschrift einer oder eines Erziehungsberechtigten",
            "Der Name des Kindes wird nirgends erfasst.")
        .doesNotContain("Zugangscode:", ADDRESS);
    for (String code : codes) {
      assertThat(consentPages).doesNotContain(code.substring(0, 4) + "-");
      assertThat(pages.get(2)).contains(code.substring(0, 4) + "-" + code.substring(4, 8));
    }
    assertThat(images(pdf)).as("QR codes only on the code slips").hasSize(6);
  }

  @Test
  void englishSheetSpeaksEnglish() throws IOException {
    List<String> pages = pageTexts(pdf(sheet(CODES.subList(0, 1), CONSENT), Locale.ENGLISH));

    assertThat(pages.get(0)).contains("Consent of a parent or guardian");
    assertThat(pages.get(1))
        .contains("Access code:", "Open the survey in a browser:", "page 2 of 2");
  }

  @Test
  void refusesToPrintWhatIsNoAccessCode() {
    assertThatThrownBy(() -> pdf(sheet(List.of("K7QM4XPA2HT0"), null), Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("K7QM4XPA2HT0");
  }

  @Test
  void refusesAConsentTextTooLongForItsSlip() {
    String tooLong = CONSENT.repeat(12);

    assertThatThrownBy(() -> pdf(sheet(CODES.subList(0, 1), tooLong), Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consent");
  }

  // --- helpers

  private static CodeSheetPdf.ClassSheet sheet(List<String> codes, String consent) {
    return new CodeSheetPdf.ClassSheet(
        "Jugend in Musterland 2027", ADDRESS, "Gesamtschule Talheim", "7b", codes, consent);
  }

  private static byte[] pdf(CodeSheetPdf.ClassSheet sheet, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CodeSheetPdf(locale).write(sheet, out);
    return out.toByteArray();
  }

  private static List<String> pageTexts(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(extractor.getTextFromPage(page));
      }
      return pages;
    }
  }

  /** A grey image as stored in the PDF, one byte per pixel. */
  private record Bitmap(int width, int height, byte[] grey) {
    boolean dark(int x, int y) {
      return (grey[y * width + x] & 0xFF) < 128;
    }
  }

  /** The image XObjects of every page, in page and drawing order. */
  private static List<Bitmap> images(byte[] pdf) throws IOException {
    List<Bitmap> images = new ArrayList<>();
    try (PdfReader reader = new PdfReader(pdf)) {
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary xObjects = resources.getAsDict(PdfName.XOBJECT);
        if (xObjects == null) {
          continue;
        }
        List<PdfName> names = new ArrayList<>(xObjects.getKeys());
        // OpenPDF names images img0, img1, … in the order they were added
        names.sort(
            (a, b) ->
                Integer.compare(
                    Integer.parseInt(a.toString().replaceAll("\\D", "")),
                    Integer.parseInt(b.toString().replaceAll("\\D", ""))));
        for (PdfName name : names) {
          PdfObject object = PdfReader.getPdfObject(xObjects.get(name));
          if (object instanceof PRStream stream
              && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
            assertThat(stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue()).isEqualTo(8);
            images.add(
                new Bitmap(
                    stream.getAsNumber(PdfName.WIDTH).intValue(),
                    stream.getAsNumber(PdfName.HEIGHT).intValue(),
                    PdfReader.getStreamBytes(stream)));
          }
        }
      }
    }
    return images;
  }

  /**
   * Decodes the bitmap as a phone would see the printed slip: enlarged (here four pixels per
   * module, as a viewer scales the image) and without being told it is a bare QR code.
   */
  private static String decode(Bitmap image) throws NotFoundException {
    int scale = 4;
    int width = image.width() * scale;
    int height = image.height() * scale;
    int[] pixels = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        pixels[y * width + x] = image.dark(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new MultiFormatReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}

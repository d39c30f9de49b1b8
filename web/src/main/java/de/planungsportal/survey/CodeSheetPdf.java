package de.planungsportal.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.planungsportal.common.Translatable;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A class's code sheet to print and cut: one slip per code (ten to an A4 page) with the survey's
 * address, the code in groups of four and a QR code of the address with the code, which opens the
 * questionnaire directly ({@code /answer/?code=…}). Where the target group needs their parents'
 * consent, the sheet starts with one consent slip per code (four to a page) that carries neither a
 * code nor a name: a slip signed and returned is what a pupil gets a code for, so the school only
 * counts slips. Standard Helvetica and Courier (Cp1252) as in the other PDFs: umlauts and ß need no
 * embedded font, and Courier keeps the code's characters apart.
 */
public final class CodeSheetPdf {

  /**
   * One class's sheet. {@code surveyAddress} is the answering page's absolute address as the
   * respondent types it (e.g. {@code https://portal.example/answer/}); {@code consentText} is what
   * parents agree to, or null where the target group needs no consent slip.
   */
  public record ClassSheet(
      String waveTitle,
      String surveyAddress,
      String school,
      String classLabel,
      List<String> codes,
      String consentText) {

    public ClassSheet {
      Objects.requireNonNull(waveTitle, "waveTitle");
      Objects.requireNonNull(surveyAddress, "surveyAddress");
      Objects.requireNonNull(school, "school");
      Objects.requireNonNull(classLabel, "classLabel");
      codes = List.copyOf(codes);
    }

    public boolean needsConsent() {
      return consentText != null && !consentText.isBlank();
    }
  }

  static final int CODE_COLUMNS = 2;
  static final int CODE_ROWS = 5;
  static final int CONSENT_ROWS = 4;

  private static final Rectangle PAGE = PageSize.A4;
  private static final float MARGIN = 24;
  private static final float FOOTER_SPACE = 30;
  private static final float PADDING = 10;
  private static final float QR_SIZE = 88;

  private static final Font TITLE = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 8);
  private static final Font LABEL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, Color.DARK_GRAY);
  private static final Font ADDRESS = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
  private static final Font NOTE = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);
  private static final Font CODE = new Font(Font.COURIER, 17, Font.BOLD);
  private static final Font FOOTER = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);
  private static final Color CUT_LINE = Color.GRAY;

  /** Font sizes tried for the consent text, largest first, until it fits its slip. */
  private static final float[] CONSENT_SIZES = {8.5f, 8, 7.5f, 7, 6.5f};

  private final ResourceBundle bundle;
  private final Locale locale;

  public CodeSheetPdf(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
  }

  /**
   * Writes the sheet.
   *
   * @throws IllegalArgumentException if a code is not an access code, or the consent text does not
   *     fit on a slip
   */
  public void write(ClassSheet sheet, OutputStream out) {
    List<String> codes = new ArrayList<>();
    for (String code : sheet.codes()) {
      codes.add(
          AccessCodes.normalize(code)
              .orElseThrow(() -> new IllegalArgumentException("Not an access code: " + code)));
    }
    int perCodePage = CODE_COLUMNS * CODE_ROWS;
    int consentPages = sheet.needsConsent() ? pages(codes.size(), CONSENT_ROWS) : 0;
    int totalPages = consentPages + Math.max(1, pages(codes.size(), perCodePage));

    String title = text("title", sheet.waveTitle());
    Document document = new Document(PAGE, 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.addTitle(title + " – " + sheet.school() + " – " + sheet.classLabel());
    document.addAuthor(sheet.school());
    document.addCreator(bundle.getString("planExport.document.creator"));
    document.addCreationDate();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    writer.createXmpMetadata();
    document.open();
    PdfContentByte canvas = writer.getDirectContent();

    int page = 0;
    for (int first = 0; first < codes.size() && sheet.needsConsent(); first += CONSENT_ROWS) {
      page = nextPage(document, writer, page);
      int count = Math.min(CONSENT_ROWS, codes.size() - first);
      for (int i = 0; i < count; i++) {
        consentSlip(canvas, sheet, slip(i, 1, CONSENT_ROWS));
      }
      cutLines(canvas, 1, CONSENT_ROWS, count);
      footer(canvas, sheet, page, totalPages);
    }
    for (int first = 0; first == 0 || first < codes.size(); first += perCodePage) {
      page = nextPage(document, writer, page);
      int count = Math.min(perCodePage, codes.size() - first);
      for (int i = 0; i < count; i++) {
        codeSlip(canvas, sheet, codes.get(first + i), slip(i, CODE_COLUMNS, CODE_ROWS));
      }
      cutLines(canvas, CODE_COLUMNS, CODE_ROWS, count);
      footer(canvas, sheet, page, totalPages);
    }
    document.close();
  }

  /** The address a slip's QR code holds: the survey address with the code as {@code ?code=}. */
  public static String answerLink(String surveyAddress, String code) {
    return surveyAddress + (surveyAddress.contains("?") ? "&" : "?") + "code=" + code;
  }

  /**
   * The QR code of a link, one bit per module with a four-module quiet zone, error correction M (a
   * slip may be creased or smudged).
   */
  public static BitMatrix qrCode(String link) {
    try {
      return new QRCodeWriter()
          .encode(
              link,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code for " + link, e);
    }
  }

  /** The code as printed: three groups of four, as the entry page's hint shows it. */
  static String grouped(String code) {
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }

  private void codeSlip(PdfContentByte canvas, ClassSheet sheet, String code, Rectangle slip) {
    float qrX = slip.getRight() - PADDING - QR_SIZE;
    float qrY = slip.getTop() - PADDING - QR_SIZE;
    Image qr = qrImage(qrCode(answerLink(sheet.surveyAddress(), code)));
    qr.scaleAbsolute(QR_SIZE, QR_SIZE);
    qr.setAbsolutePosition(qrX, qrY);
    canvas.addImage(qr);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase(text("scan"), NOTE),
        qrX + QR_SIZE / 2,
        qrY - 9,
        0);

    Rectangle column =
        new Rectangle(slip.getLeft() + PADDING, slip.getBottom() + 48, qrX - 8, slip.getTop() - 8);
    List<Paragraph> lines = new ArrayList<>();
    lines.add(new Paragraph(sheet.waveTitle(), TITLE));
    lines.add(new Paragraph(text("classLine", sheet.school(), sheet.classLabel()), BODY));
    Paragraph open = new Paragraph(text("open"), LABEL);
    open.setSpacingBefore(5);
    lines.add(open);
    Chunk address = new Chunk(sheet.surveyAddress(), ADDRESS);
    address.setSplitCharacter(CodeSheetPdf::breaksAfter);
    lines.add(new Paragraph(address));
    Paragraph note = new Paragraph(text("note"), NOTE);
    note.setSpacingBefore(4);
    // the note is a courtesy: it goes when a long title or address leaves no room
    if (!fits(canvas, column, withNote(lines, note))) {
      note = null;
    }
    column(canvas, column, withNote(lines, note), false);

    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(text("code"), LABEL),
        slip.getLeft() + PADDING,
        slip.getBottom() + 32,
        0);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(grouped(code), CODE),
        slip.getLeft() + PADDING,
        slip.getBottom() + 13,
        0);
  }

  private void consentSlip(PdfContentByte canvas, ClassSheet sheet, Rectangle slip) {
    float left = slip.getLeft() + 12;
    float right = slip.getRight() - 12;
    Rectangle column = new Rectangle(left, slip.getBottom() + 58, right, slip.getTop() - 10);
    List<Paragraph> lines = null;
    for (float size : CONSENT_SIZES) {
      lines = new ArrayList<>();
      lines.add(new Paragraph(text("consent.heading"), new Font(Font.HELVETICA, 10, Font.BOLD)));
      lines.add(
          new Paragraph(
              sheet.waveTitle() + " · " + text("classLine", sheet.school(), sheet.classLabel()),
              BODY));
      Paragraph consent = new Paragraph(sheet.consentText(), new Font(Font.HELVETICA, size));
      consent.setSpacingBefore(4);
      lines.add(consent);
      if (fits(canvas, column, lines)) {
        break;
      }
      lines = null;
    }
    if (lines == null) {
      throw new IllegalArgumentException("The consent text does not fit on a slip");
    }
    column(canvas, column, lines, false);

    float y = slip.getBottom() + 40;
    canvas.saveState();
    canvas.setLineWidth(0.8f);
    canvas.rectangle(left, y - 1, 9, 9);
    canvas.stroke();
    canvas.restoreState();
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(text("consent.agree"), new Font(Font.HELVETICA, 8.5f, Font.BOLD)),
        left + 15,
        y,
        0);
    float signatureLine = slip.getBottom() + 22;
    canvas.saveState();
    canvas.setLineWidth(0.5f);
    canvas.moveTo(left, signatureLine);
    canvas.lineTo(left + 260, signatureLine);
    canvas.stroke();
    canvas.restoreState();
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(text("consent.signature"), NOTE),
        left,
        signatureLine - 9,
        0);
    Rectangle returnNote =
        new Rectangle(left + 280, slip.getBottom() + 6, right, signatureLine + 10);
    column(canvas, returnNote, List.of(new Paragraph(text("consent.return"), NOTE)), false);
  }

  /** A long address wraps after a dot or a slash (not inside "//"), not in the middle of a word. */
  private static boolean breaksAfter(
      int start, int current, int end, char[] chars, PdfChunk[] chunks) {
    char c = chars[current];
    return c <= ' ' || c == '.' || c == '/' && (current + 1 >= end || chars[current + 1] != '/');
  }

  /**
   * The QR code as a grey image, one pixel per module: the viewer enlarges it without blurring.
   * (OpenPDF would store a one-bit image as CCITT fax data, which few tools besides viewers read.)
   */
  private static Image qrImage(BitMatrix matrix) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    byte[] data = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        data[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
      }
    }
    return Image.getInstance(width, height, 1, 8, data);
  }

  private static boolean fits(PdfContentByte canvas, Rectangle area, List<Paragraph> lines) {
    return column(canvas, area, lines, true);
  }

  /** Lays the paragraphs out in the area; true if all of them fit. */
  private static boolean column(
      PdfContentByte canvas, Rectangle area, List<Paragraph> lines, boolean simulate) {
    ColumnText column = new ColumnText(canvas);
    column.setSimpleColumn(area.getLeft(), area.getBottom(), area.getRight(), area.getTop());
    lines.forEach(column::addElement);
    return !ColumnText.hasMoreText(column.go(simulate));
  }

  private static List<Paragraph> withNote(List<Paragraph> lines, Paragraph note) {
    if (note == null) {
      return lines;
    }
    List<Paragraph> all = new ArrayList<>(lines);
    all.add(note);
    return all;
  }

  /** Dashed lines around and between the slips in use, to cut along. */
  private static void cutLines(PdfContentByte canvas, int columns, int rows, int slips) {
    int usedRows = (slips + columns - 1) / columns;
    float width = (PAGE.getWidth() - 2 * MARGIN) / columns;
    float height = (PAGE.getHeight() - MARGIN - FOOTER_SPACE) / rows;
    float top = PAGE.getHeight() - MARGIN;
    float bottom = top - usedRows * height;
    canvas.saveState();
    canvas.setColorStroke(CUT_LINE);
    canvas.setLineWidth(0.5f);
    canvas.setLineDash(4, 3, 0);
    for (int row = 0; row <= usedRows; row++) {
      float y = top - row * height;
      canvas.moveTo(MARGIN, y);
      canvas.lineTo(PAGE.getWidth() - MARGIN, y);
    }
    for (int column = 0; column <= columns; column++) {
      float x = MARGIN + column * width;
      canvas.moveTo(x, top);
      canvas.lineTo(x, bottom);
    }
    canvas.stroke();
    canvas.restoreState();
  }

  private void footer(PdfContentByte canvas, ClassSheet sheet, int page, int pages) {
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase(
            text("footer", sheet.waveTitle(), sheet.school(), sheet.classLabel(), page, pages),
            FOOTER),
        PAGE.getWidth() / 2,
        14,
        0);
  }

  /** The i-th slip of a page, row by row from the top left. */
  private static Rectangle slip(int index, int columns, int rows) {
    float width = (PAGE.getWidth() - 2 * MARGIN) / columns;
    float height = (PAGE.getHeight() - MARGIN - FOOTER_SPACE) / rows;
    float left = MARGIN + (index % columns) * width;
    float top = PAGE.getHeight() - MARGIN - (index / columns) * height;
    return new Rectangle(left, top - height, left + width, top);
  }

  private static int nextPage(Document document, PdfWriter writer, int page) {
    if (page > 0) {
      // the page holds only direct content, which newPage() would not count
      writer.setPageEmpty(false);
      document.newPage();
    }
    return page + 1;
  }

  private static int pages(int items, int perPage) {
    return (items + perPage - 1) / perPage;
  }

  private String text(String key, Object... arguments) {
    return Translatable.format(bundle, locale, "survey.codeSheet." + key, arguments);
  }
}

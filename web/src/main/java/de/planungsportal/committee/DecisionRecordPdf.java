package de.planungsportal.committee;

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
import de.planungsportal.common.Translatable;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A committee decision as a record to file: the paper and its proposed resolution, the vote and its
 * tally, the outcome with amendment and reasons, and the signature block, which says "provisional"
 * until the chair has signed. Standard Helvetica (Cp1252) as in the work-plan PDF: umlauts, ß and
 * typographic dashes need no embedded font.
 */
public final class DecisionRecordPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font PROVISIONAL =
      new Font(Font.HELVETICA, 12, Font.BOLD, Color.RED.darker());
  private static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DateTimeFormatter dateTime;

  public DecisionRecordPdf(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
  }

  public void write(DecisionRecord r, OutputStream out) {
    String title = text("title", r.reference());
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.addTitle(title + " – " + r.committee());
    document.addAuthor(r.organisation());
    document.addCreator(bundle.getString("planExport.document.creator"));
    document.addCreationDate();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    writer.createXmpMetadata();
    HeaderFooter footer =
        new HeaderFooter(new Phrase(title + " – " + text("page") + " ", FOOTER), true);
    footer.setAlignment(Element.ALIGN_RIGHT);
    footer.setBorder(Rectangle.NO_BORDER);
    document.setFooter(footer);
    document.open();

    document.add(new Paragraph(r.organisation() + " · " + r.committee(), BODY));
    Paragraph heading = new Paragraph(title, TITLE);
    heading.setSpacingBefore(10);
    heading.setSpacingAfter(4);
    document.add(heading);
    document.add(new Paragraph(r.title(), HEADING));
    if (!r.signed()) {
      Paragraph provisional = new Paragraph(text("provisional.banner"), PROVISIONAL);
      provisional.setSpacingBefore(8);
      document.add(provisional);
    }

    section(document, text("resolution"));
    document.add(new Paragraph(r.resolution(), BODY));

    section(document, text("vote"));
    PdfPTable facts = new PdfPTable(new float[] {2, 3});
    facts.setWidthPercentage(100);
    row(facts, text("round"), String.valueOf(r.round()));
    row(facts, text("procedure"), text("procedure." + r.procedure()));
    if (r.meeting() != null) {
      row(facts, text("meeting"), r.meeting() + " (" + when(r.meetingStartsAt()) + ")");
    }
    row(facts, text("votingMembers"), String.valueOf(r.votingMembers()));
    row(facts, text("present"), String.valueOf(r.membersPresent()));
    row(facts, text("yes"), String.valueOf(r.yes()));
    row(facts, text("no"), String.valueOf(r.no()));
    row(facts, text("abstentions"), String.valueOf(r.abstentions()));
    row(facts, text("quorum"), text(r.quorumReached() ? "quorum.reached" : "quorum.missed"));
    document.add(facts);

    section(document, text("outcome"));
    document.add(new Paragraph(text("outcome." + r.outcome()), BOLD));
    if (r.amendment() != null && !r.amendment().isBlank()) {
      section(document, text("amendment"));
      document.add(new Paragraph(r.amendment(), BODY));
    }
    if (r.reasons() != null && !r.reasons().isBlank()) {
      section(document, text("reasons"));
      document.add(new Paragraph(r.reasons(), BODY));
    }

    section(document, text("signature"));
    PdfPTable signature = new PdfPTable(new float[] {2, 3});
    signature.setWidthPercentage(100);
    row(signature, text("recordedBy"), r.recordedBy());
    row(signature, text("recordedAt"), when(r.recordedAt()));
    if (r.signed()) {
      row(signature, text("signedBy"), r.signedBy());
      row(signature, text("signedAt"), when(r.signedAt()));
    } else {
      row(signature, text("signedBy"), text("provisional"));
    }
    document.add(signature);
    document.close();
  }

  private void section(Document document, String heading) {
    Paragraph p = new Paragraph(heading, HEADING);
    p.setSpacingBefore(14);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static void row(PdfPTable table, String label, String value) {
    PdfPCell left = new PdfPCell(new Phrase(label, BOLD));
    PdfPCell right = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
    left.setBorder(Rectangle.BOTTOM);
    right.setBorder(Rectangle.BOTTOM);
    left.setPadding(4);
    right.setPadding(4);
    table.addCell(left);
    table.addCell(right);
  }

  private String when(LocalDateTime at) {
    return at == null ? "" : dateTime.format(at);
  }

  private String text(String key, Object... arguments) {
    return Translatable.format(bundle, locale, "committee.pdf." + key, arguments);
  }
}

package de.planungsportal.planning.export;

import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanDecision;
import de.planungsportal.planning.WorkPlanVersion;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The work plan as a PDF to file and pass on: a cover, the goals, the measures by owner department
 * and by area, the total budget and the decisions taken on the version. Bookmarks give the outline.
 *
 * <p>The standard Helvetica in WinAnsi (Cp1252) covers German umlauts, ß, € and typographic quotes
 * without embedding a font; characters beyond Cp1252 would be left out, so the texts of the
 * document itself use none. The document carries its title and language; it is not a tagged PDF
 * (OpenPDF's layout elements do not write a structure tree).
 */
public final class WorkPlanPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD);
  private static final Font SUBTITLE = new Font(Font.HELVETICA, 15);
  private static final Font HEADING = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font SUBHEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font CELL = new Font(Font.HELVETICA, 8.5f);
  private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
  private static final Font CELL_NOTE = new Font(Font.HELVETICA, 8.5f, Font.ITALIC);
  private static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
  private static final Color HEADER_BACKGROUND = new Color(0xE4, 0xEA, 0xF1);

  private final ExportText text;

  public WorkPlanPdf(ExportText text) {
    this.text = text;
  }

  public void write(WorkPlanVersion version, List<WorkPlanDecision> decisions, OutputStream out) {
    PlanningCycle cycle = version.getCycle();
    String title = text.text("document.title", cycle.getYear(), version.getNumber());
    Document document = new Document(PageSize.A4.rotate(), 42, 42, 42, 48);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
    document.addTitle(title + " – " + cycle.getOrganisation().getName());
    document.addSubject(cycle.getTitle());
    document.addAuthor(cycle.getOrganisation().getName());
    document.addCreator(text.text("document.creator"));
    document.addCreationDate();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.locale().toLanguageTag()));
    writer.createXmpMetadata();
    HeaderFooter footer =
        new HeaderFooter(
            new Phrase(title + " – " + text.text("page") + " ", FOOTER), new Phrase("", FOOTER));
    footer.setAlignment(Element.ALIGN_RIGHT);
    footer.setBorder(Rectangle.NO_BORDER);
    document.setFooter(footer);
    document.open();
    cover(document, version, title);
    int chapter = 1;
    document.add(goals(version, chapter++));
    document.add(byDepartment(version, chapter++));
    document.add(byArea(version, chapter++));
    document.add(decisions(decisions, chapter));
    document.close();
  }

  private void cover(Document document, WorkPlanVersion version, String title) {
    PlanningCycle cycle = version.getCycle();
    Paragraph organisation = new Paragraph(cycle.getOrganisation().getName(), SUBTITLE);
    organisation.setSpacingBefore(90);
    document.add(organisation);
    Paragraph heading = new Paragraph(title, TITLE);
    heading.setSpacingBefore(18);
    document.add(heading);
    Paragraph cycleTitle = new Paragraph(cycle.getTitle(), SUBTITLE);
    cycleTitle.setSpacingBefore(8);
    document.add(cycleTitle);
    Paragraph facts = new Paragraph();
    facts.setSpacingBefore(36);
    facts.setLeading(16);
    facts.add(
        new Phrase(
            text.text(
                    "cover.version",
                    version.getNumber(),
                    text.label("versionStatus", version.getStatus()))
                + "\n",
            BODY));
    facts.add(
        new Phrase(
            text.text(
                    "cover.date",
                    text.date(
                        (version.getSubmittedAt() != null
                                ? version.getSubmittedAt()
                                : version.getCreatedAt())
                            .toLocalDate()))
                + "\n",
            BODY));
    facts.add(
        new Phrase(
            text.text(
                    "cover.size",
                    version.getGoals().size(),
                    version.measures().size(),
                    text.euro(version.totalBudget()))
                + "\n",
            BODY));
    facts.add(new Phrase(text.text("cover.printed", text.date(LocalDate.now())), BODY));
    document.add(facts);
    if (version.getNote() != null && !version.getNote().isBlank()) {
      Paragraph note = new Paragraph(version.getNote(), BODY);
      note.setSpacingBefore(24);
      document.add(note);
    }
  }

  private Chapter goals(WorkPlanVersion version, int number) {
    Chapter chapter = chapter("goals.heading", number);
    PdfPTable table = table(new float[] {3, 6, 1.3f, 2});
    header(
        table,
        text.text("field.focusArea"),
        text.text("field.goal"),
        text.text("field.measures"),
        text.text("field.budget"));
    for (Goal goal : version.getGoals()) {
      Phrase goalText = new Phrase(goal.getTitle(), CELL_BOLD);
      if (goal.getDescription() != null && !goal.getDescription().isBlank()) {
        goalText.add(new Chunk("\n" + goal.getDescription(), CELL));
      }
      table.addCell(cell(goal.getFocusArea()));
      table.addCell(new PdfPCell(goalText));
      table.addCell(number(String.valueOf(goal.getMeasures().size())));
      table.addCell(
          number(
              text.euro(
                  goal.getMeasures().stream()
                      .map(Measure::getBudgetEur)
                      .reduce(BigDecimal.ZERO, BigDecimal::add))));
    }
    totalRow(table, 3, version.totalBudget());
    chapter.add(table);
    return chapter;
  }

  private Chapter byDepartment(WorkPlanVersion version, int number) {
    Chapter chapter = chapter("departments.heading", number);
    Map<Department, List<Measure>> groups = new TreeMap<>(byName(Department::getName));
    for (Measure measure : version.measures()) {
      groups.computeIfAbsent(measure.getOwnerDepartment(), d -> new ArrayList<>()).add(measure);
    }
    for (Map.Entry<Department, List<Measure>> group : groups.entrySet()) {
      Section section = chapter.addSection(new Paragraph(group.getKey().getName(), SUBHEADING), 2);
      section.setNumberDepth(0);
      section.setBookmarkOpen(false);
      PdfPTable table = table(new float[] {5, 2.6f, 2.6f, 1.8f, 2.2f, 3, 1.5f});
      header(
          table,
          text.text("field.measure"),
          text.text("field.areas"),
          text.text("field.schools"),
          text.text("field.budget"),
          text.text("field.period"),
          text.text("field.indicator"),
          text.text("field.status"));
      for (Measure measure : group.getValue()) {
        table.addCell(measureCell(measure));
        table.addCell(cell(text.areas(measure)));
        table.addCell(cell(text.schools(measure)));
        table.addCell(number(text.euro(measure.getBudgetEur())));
        table.addCell(cell(text.period(measure.getStartDate(), measure.getDueDate())));
        table.addCell(cell(text.indicator(measure)));
        table.addCell(cell(text.label("measureStatus", measure.getStatus())));
      }
      totalRow(table, 3, sum(group.getValue()), 3);
      section.add(table);
    }
    Paragraph total =
        new Paragraph(text.text("total.plan", text.euro(version.totalBudget())), SUBHEADING);
    total.setSpacingBefore(12);
    chapter.add(total);
    if (version.measures().stream().anyMatch(Measure::isCarriedOver)) {
      chapter.add(new Paragraph(text.text("carriedOver.legend"), CELL_NOTE));
    }
    return chapter;
  }

  private Chapter byArea(WorkPlanVersion version, int number) {
    Chapter chapter = chapter("areas.heading", number);
    Map<String, List<Measure>> groups = new LinkedHashMap<>();
    Map<Area, List<Measure>> byArea = new TreeMap<>(byName(text::area));
    List<Measure> withoutArea = new ArrayList<>();
    for (Measure measure : version.measures()) {
      if (measure.getAreas().isEmpty()) {
        withoutArea.add(measure);
      }
      for (Area area : measure.getAreas()) {
        byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(measure);
      }
    }
    byArea.forEach((area, measures) -> groups.put(text.area(area), measures));
    if (!withoutArea.isEmpty()) {
      groups.put(text.text("areas.none"), withoutArea);
    }
    for (Map.Entry<String, List<Measure>> group : groups.entrySet()) {
      Section section = chapter.addSection(new Paragraph(group.getKey(), SUBHEADING), 2);
      section.setNumberDepth(0);
      section.setBookmarkOpen(false);
      PdfPTable table = table(new float[] {6, 3.5f, 3, 2, 1.6f});
      header(
          table,
          text.text("field.measure"),
          text.text("field.department"),
          text.text("field.schools"),
          text.text("field.budget"),
          text.text("field.status"));
      for (Measure measure : group.getValue()) {
        table.addCell(measureCell(measure));
        table.addCell(cell(measure.getOwnerDepartment().getName()));
        table.addCell(cell(text.schools(measure)));
        table.addCell(number(text.euro(measure.getBudgetEur())));
        table.addCell(cell(text.label("measureStatus", measure.getStatus())));
      }
      section.add(table);
    }
    chapter.add(new Paragraph(text.text("areas.legend"), CELL_NOTE));
    return chapter;
  }

  private Chapter decisions(List<WorkPlanDecision> decisions, int number) {
    Chapter chapter = chapter("decisions.heading", number);
    if (decisions.isEmpty()) {
      chapter.add(new Paragraph(text.text("decisions.none"), BODY));
      return chapter;
    }
    PdfPTable table = table(new float[] {2.4f, 2, 2, 6, 2, 2});
    header(
        table,
        text.text("field.step"),
        text.text("field.committee"),
        text.text("field.outcome"),
        text.text("field.reasons"),
        text.text("field.decidedBy"),
        text.text("field.decidedAt"));
    for (WorkPlanDecision decision : decisions) {
      table.addCell(cell(text.label("decisionStep", decision.getStep())));
      table.addCell(cell(text.committee(decision.getCommittee())));
      table.addCell(cell(text.label("decisionOutcome", decision.getOutcome())));
      table.addCell(cell(decision.getReasons()));
      table.addCell(cell(decision.getDecidedBy()));
      table.addCell(cell(text.dateTime(decision.getDecidedAt())));
    }
    chapter.add(table);
    return chapter;
  }

  private Chapter chapter(String key, int number) {
    Chapter chapter = new Chapter(new Paragraph(text.text(key), HEADING), number);
    chapter.setNumberDepth(0);
    return chapter;
  }

  private PdfPCell measureCell(Measure measure) {
    Phrase phrase = new Phrase(measure.getTitle(), CELL_BOLD);
    if (measure.isCarriedOver()) {
      phrase.add(new Chunk(" (" + text.text("carriedOver") + ")", CELL_NOTE));
    }
    phrase.add(
        new Chunk("\n" + text.text("field.goal") + ": " + measure.getGoal().getTitle(), CELL));
    return new PdfPCell(phrase);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(10);
    table.setHeaderRows(1);
    table.getDefaultCell().setPadding(4);
    return table;
  }

  private static void header(PdfPTable table, String... labels) {
    for (String label : labels) {
      PdfPCell cell = new PdfPCell(new Phrase(label, CELL_BOLD));
      cell.setBackgroundColor(HEADER_BACKGROUND);
      cell.setPadding(4);
      table.addCell(cell);
    }
  }

  private void totalRow(PdfPTable table, int labelColumns, BigDecimal total) {
    totalRow(table, labelColumns, total, 0);
  }

  /** A sum row: the label across labelColumns, the amount, then empty columns. */
  private void totalRow(PdfPTable table, int labelColumns, BigDecimal total, int after) {
    PdfPCell label = new PdfPCell(new Phrase(text.text("total"), CELL_BOLD));
    label.setColspan(labelColumns);
    label.setPadding(4);
    table.addCell(label);
    PdfPCell amount = number(text.euro(total));
    amount.setPhrase(new Phrase(text.euro(total), CELL_BOLD));
    table.addCell(amount);
    if (after > 0) {
      PdfPCell rest = new PdfPCell(new Phrase(""));
      rest.setColspan(after);
      table.addCell(rest);
    }
  }

  private static PdfPCell cell(String value) {
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, CELL));
    cell.setPadding(4);
    return cell;
  }

  private static PdfPCell number(String value) {
    PdfPCell cell = cell(value);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  private static BigDecimal sum(List<Measure> measures) {
    return measures.stream().map(Measure::getBudgetEur).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Groups are keyed by entity: sorted by name, then by identity, so two departments of the same
   * name stay apart.
   */
  private static <T> Comparator<T> byName(java.util.function.Function<T, String> name) {
    return Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER)
        .thenComparingInt(System::identityHashCode);
  }
}

package de.planungsportal.results.export;

import de.planungsportal.results.Breakdown;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultCell;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregated figures of a wave as flat rows, one per question, breakdown, group and answer, the
 * same for CSV and XLSX. A suppressed group is one row with its label and the marker and no figure
 * at all: neither its size nor any option's count can be read from the file.
 */
public final class ResultRows {

  /**
   * One line of the file. Numbers are null where there is none (or the group is suppressed).
   *
   * @param option the option's label, or empty for the group's mean/median line
   */
  public record Line(
      String questionKey,
      String questionText,
      Breakdown by,
      String group,
      Long answered,
      String option,
      Long count,
      Double percent,
      Double mean,
      Double median,
      boolean suppressed) {}

  private ResultRows() {}

  /** The lines of every question of one breakdown, in the instrument's order. */
  public static List<Line> of(List<QuestionResult> questions) {
    List<Line> lines = new ArrayList<>();
    for (QuestionResult question : questions) {
      if (question.by() == Breakdown.TOTAL || question.groups().isEmpty()) {
        add(lines, question, question.total());
      } else {
        for (ResultCell cell : question.groups()) {
          add(lines, question, cell);
        }
      }
    }
    return lines;
  }

  private static void add(List<Line> lines, QuestionResult question, ResultCell cell) {
    if (cell.suppressed()) {
      lines.add(
          new Line(
              question.questionKey(),
              question.text(),
              question.by(),
              cell.groupLabel(),
              null,
              "",
              null,
              null,
              null,
              null,
              true));
      return;
    }
    if (cell.options().isEmpty()) {
      lines.add(
          new Line(
              question.questionKey(),
              question.text(),
              question.by(),
              cell.groupLabel(),
              cell.answered(),
              "",
              null,
              null,
              cell.mean(),
              cell.median(),
              false));
      return;
    }
    for (OptionFigure option : cell.options()) {
      lines.add(
          new Line(
              question.questionKey(),
              question.text(),
              question.by(),
              cell.groupLabel(),
              cell.answered(),
              option.label(),
              option.count(),
              option.percent(),
              cell.mean(),
              cell.median(),
              false));
    }
  }
}

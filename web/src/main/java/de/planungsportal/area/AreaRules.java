package de.planungsportal.area;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The checks of a redraw or a move and the label of an area version, free of the database so they
 * can be tested alone. Days go into messages as {@link java.util.Date}s, which the message format
 * shows in the reader's style.
 */
public final class AreaRules {

  private AreaRules() {}

  /**
   * Refuses a redraw of the version from the day unless it is the latest version and the day comes
   * after its start and after every day a school was placed in it without moving on.
   *
   * @param latestAssignmentStart the last day a school is known in the version without its open
   *     assignment following it to the new one: the start of an open assignment, the last day of an
   *     ended one; null if none
   */
  public static void checkRedraw(Area latest, LocalDate day, LocalDate latestAssignmentStart) {
    if (day == null) {
      throw new InvalidInputException("area.validFrom.required");
    }
    if (!latest.isLatest()) {
      throw new InvalidInputException("admin.concurrentChange");
    }
    if (!day.isAfter(latest.getValidFrom())) {
      throw new InvalidInputException("area.redraw.tooEarly", date(latest.getValidFrom()));
    }
    if (latestAssignmentStart != null && !day.isAfter(latestAssignmentStart)) {
      throw new InvalidInputException("area.redraw.beforeAssignment", date(latestAssignmentStart));
    }
  }

  /**
   * Refuses moving the school to the area version (none: out of any area) from the day unless the
   * day comes after the start of its open assignment and the version applies on that day.
   */
  public static void checkMove(School school, Area target, LocalDate day) {
    if (day == null) {
      throw new InvalidInputException("area.validFrom.required");
    }
    SchoolArea open = school.openAssignment().orElse(null);
    if (open != null && !day.isAfter(open.getValidFrom())) {
      throw new InvalidInputException("school.move.tooEarly", date(open.getValidFrom()));
    }
    if (target == null && open == null) {
      throw new InvalidInputException("school.move.same");
    }
    if (target != null && open != null && target.getId().equals(open.getArea().getId())) {
      throw new InvalidInputException("school.move.same");
    }
    if (target != null && !target.isValidOn(day)) {
      throw new InvalidInputException(
          "school.move.areaNotValid", target.getName(), date(target.getValidFrom()));
    }
  }

  /**
   * How screens name an area version: the bare name for one valid since {@link Area#EARLIEST}
   * without end, else with its validity ("gültig ab 01.08.2026"); the end shown is the last day.
   */
  public static Translatable label(String name, LocalDate from, LocalDate to) {
    boolean sinceEver = !from.isAfter(Area.EARLIEST);
    if (to == null) {
      return sinceEver
          ? new Translatable("area.label", null, List.of(name))
          : new Translatable("area.label.since", null, List.of(name, date(from)));
    }
    Date last = date(to.minusDays(1));
    return sinceEver
        ? new Translatable("area.label.until", null, List.of(name, last))
        : new Translatable("area.label.between", null, List.of(name, date(from), last));
  }

  public static Translatable label(Area area) {
    return label(area.getName(), area.getValidFrom(), area.getValidTo());
  }

  static Date date(LocalDate day) {
    return Date.valueOf(day);
  }
}

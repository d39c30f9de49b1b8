package de.planungsportal.survey.field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * When the field phase's timers fire for a wave's field period (dates, as the planner enters them):
 * the field opens at the start of its first day and closes at the end of its last day, in the
 * server's time zone. The process variables fieldStart and fieldEnd hold these instants as ISO-8601
 * date-times with offset.
 */
public final class FieldTimes {

  private FieldTimes() {}

  public static OffsetDateTime opens(LocalDate fieldStart, ZoneId zone) {
    return fieldStart.atStartOfDay(zone).toOffsetDateTime();
  }

  public static OffsetDateTime closes(LocalDate fieldEnd, ZoneId zone) {
    return fieldEnd.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  /** The value of the process variable fieldStart. */
  public static String fieldStart(LocalDate fieldStart) {
    return opens(fieldStart, ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The value of the process variable fieldEnd. */
  public static String fieldEnd(LocalDate fieldEnd) {
    return closes(fieldEnd, ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}

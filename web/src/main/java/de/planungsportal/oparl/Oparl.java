package de.planungsportal.oparl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names and formats fixed by the OParl 1.1 specification. */
final class Oparl {

  static final String VERSION = "https://schema.oparl.org/1.1/";

  /** {@code yyyy-mm-ddThh:mm:ss±hh:mm}, the only date-time form OParl allows (no "Z"). */
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  /**
   * The zone of times people type in (a meeting's start): the portal serves German councils, and a
   * wall-clock time means the same to them whatever zone the server runs in.
   */
  static final ZoneId PEOPLES_ZONE = ZoneId.of("Europe/Berlin");

  /** Prefix of the portal's own attributes, as OParl allows for vendor extensions. */
  static final String VENDOR = "planungsportal:";

  private Oparl() {}

  /** The namespace URL of an object type, e.g. {@code https://schema.oparl.org/1.1/Body}. */
  static String type(String name) {
    return VERSION + name;
  }

  /**
   * An instant, always given in UTC: {@code created}/{@code modified} come from the database as
   * instants (see {@link OparlRepository}), so neither the server's nor the database's zone shows.
   */
  static String dateTime(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).format(DATE_TIME);
  }

  /** A wall-clock time a person entered, in {@link #PEOPLES_ZONE}. */
  static String dateTime(LocalDateTime wallClock) {
    return wallClock.atZone(PEOPLES_ZONE).format(DATE_TIME);
  }

  static String date(LocalDate date) {
    return date.toString();
  }
}

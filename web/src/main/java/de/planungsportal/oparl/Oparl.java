package de.planungsportal.oparl;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Names and formats fixed by the OParl 1.1 specification. */
final class Oparl {

  static final String VERSION = "https://schema.oparl.org/1.1/";

  /** {@code yyyy-mm-ddThh:mm:ss±hh:mm}, the only date-time form OParl allows (no "Z"). */
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private Oparl() {}

  /** The namespace URL of an object type, e.g. {@code https://schema.oparl.org/1.1/Body}. */
  static String type(String name) {
    return VERSION + name;
  }

  /** A timestamp of the database, which keeps local time of the server's zone. */
  static String dateTime(LocalDateTime local) {
    return local.atZone(ZoneId.systemDefault()).format(DATE_TIME);
  }
}

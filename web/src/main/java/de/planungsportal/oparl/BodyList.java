package de.planungsportal.oparl;

import java.util.Arrays;
import java.util.Optional;

/**
 * The external object lists every oparl:Body must link to (OParl 1.1), with the attribute naming
 * the link and the path below the body that serves the list.
 */
enum BodyList {
  ORGANIZATION("organization", "organizations"),
  PERSON("person", "persons"),
  MEETING("meeting", "meetings"),
  PAPER("paper", "papers"),
  LEGISLATIVE_TERM("legislativeTermList", "legislative-terms"),
  AGENDA_ITEM("agendaItem", "agenda-items"),
  CONSULTATION("consultation", "consultations"),
  FILE("file", "files"),
  LOCATION("locationList", "locations"),
  MEMBERSHIP("membership", "memberships");

  private final String attribute;
  private final String path;

  BodyList(String attribute, String path) {
    this.attribute = attribute;
    this.path = path;
  }

  String attribute() {
    return attribute;
  }

  String path() {
    return path;
  }

  static Optional<BodyList> ofPath(String path) {
    return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
  }
}

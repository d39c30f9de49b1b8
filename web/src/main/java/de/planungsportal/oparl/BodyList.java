package de.planungsportal.oparl;

import de.planungsportal.oparl.OparlRepository.Kind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The external object lists every oparl:Body must link to (OParl 1.1), with the attribute naming
 * the link, the path below the body that serves the list and what it lists (none: the portal keeps
 * no legislative terms or locations, so those lists are truthfully empty).
 */
enum BodyList {
  ORGANIZATION("organization", "organizations", Kind.ORGANIZATION),
  PERSON("person", "persons", Kind.PERSON),
  MEETING("meeting", "meetings", Kind.MEETING),
  PAPER("paper", "papers", Kind.PAPER),
  LEGISLATIVE_TERM("legislativeTermList", "legislative-terms", null),
  AGENDA_ITEM("agendaItem", "agenda-items", Kind.AGENDA_ITEM),
  CONSULTATION("consultation", "consultations", Kind.CONSULTATION),
  FILE("file", "files", Kind.FILE),
  LOCATION("locationList", "locations", null),
  MEMBERSHIP("membership", "memberships", Kind.MEMBERSHIP);

  private final String attribute;
  private final String path;
  private final Kind kind;

  BodyList(String attribute, String path, Kind kind) {
    this.attribute = attribute;
    this.path = path;
    this.kind = kind;
  }

  String attribute() {
    return attribute;
  }

  String path() {
    return path;
  }

  Optional<Kind> kind() {
    return Optional.ofNullable(kind);
  }

  static Optional<BodyList> ofPath(String path) {
    return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
  }
}

package de.planungsportal.oparl;

import de.planungsportal.area.Committee;
import de.planungsportal.tenant.Organisation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The portal's data as OParl 1.1 objects. Attributes without data are left out rather than sent as
 * null or empty (as OParl recommends); required lists are sent even when empty. Values are German,
 * the language of the content.
 */
final class OparlObjects {

  private OparlObjects() {}

  static JsonObject system(OparlUrls urls, String name, OparlRepository.Stamp period) {
    JsonObjectBuilder system =
        Json.createObjectBuilder()
            .add("id", urls.system())
            .add("type", Oparl.type("System"))
            .add("oparlVersion", Oparl.VERSION)
            .add("body", urls.bodies())
            .add("name", name)
            .add("website", urls.website());
    if (period != null) {
      system
          .add("created", Oparl.dateTime(period.created()))
          .add("modified", Oparl.dateTime(period.modified()));
    }
    return system.build();
  }

  /**
   * @param omitInternal leave out the embedded list {@code legislativeTerm}, as a client asks with
   *     {@code omit_internal=true}
   */
  static JsonObject body(
      OparlUrls urls,
      Organisation organisation,
      OparlRepository.Stamp stamp,
      boolean omitInternal) {
    long id = organisation.getId();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("id", urls.body(id))
            .add("type", Oparl.type("Body"))
            .add("system", urls.system())
            .add("name", organisation.getName())
            .add("classification", classification(organisation.getKind()));
    for (BodyList list : BodyList.values()) {
      body.add(list.attribute(), urls.bodyList(id, list));
    }
    if (!omitInternal) {
      // required; the portal keeps no legislative terms yet
      body.add("legislativeTerm", JsonValue.EMPTY_JSON_ARRAY);
    }
    return body.add("created", Oparl.dateTime(stamp.created()))
        .add("modified", Oparl.dateTime(stamp.modified()))
        .build();
  }

  /** A committee; an ended one is kept and says since when it no longer sits. */
  static JsonObject organization(OparlUrls urls, Committee committee, OparlRepository.Stamp stamp) {
    JsonObjectBuilder organization =
        Json.createObjectBuilder()
            .add("id", urls.organization(committee.getId()))
            .add("type", Oparl.type("Organization"))
            .add("body", urls.body(committee.getOrganisation().getId()))
            .add("name", committee.getName())
            .add("organizationType", "Gremium")
            .add("classification", "Ausschuss");
    if (committee.getEndedOn() != null) {
      organization.add("endDate", Oparl.date(committee.getEndedOn()));
    }
    return organization
        .add("created", Oparl.dateTime(stamp.created()))
        .add("modified", Oparl.dateTime(stamp.modified()))
        .build();
  }

  private static String classification(Organisation.Kind kind) {
    return switch (kind) {
      case DISTRICT -> "Landkreis";
      case TOWN -> "Stadt";
      case MUNICIPALITY -> "Gemeinde";
    };
  }
}

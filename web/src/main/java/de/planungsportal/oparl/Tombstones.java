package de.planungsportal.oparl;

import de.planungsportal.oparl.OparlRepository.Kind;
import de.planungsportal.oparl.OparlRepository.Stamp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;

/**
 * A deleted object as OParl 1.1 prescribes it: {@code id}, {@code type}, {@code created}, {@code
 * modified} (the time of deletion) and {@code deleted: true}, nothing else but what the official
 * schema requires (an agenda item's {@code order}, a file's {@code accessUrl}, which no longer
 * serves content).
 */
final class Tombstones {

  private Tombstones() {}

  /** Renders tombstones as such and everything else with {@code live}. */
  static Function<Stamp, JsonObject> or(
      OparlUrls urls, OparlRepository repository, Kind kind, Function<Stamp, JsonObject> live) {
    return stamp -> stamp.deleted() ? json(urls, repository, kind, stamp) : live.apply(stamp);
  }

  static JsonObject json(OparlUrls urls, OparlRepository repository, Kind kind, Stamp stamp) {
    long id = stamp.id();
    JsonObjectBuilder object = Json.createObjectBuilder();
    switch (kind) {
      case BODY -> object.add("id", urls.body(id)).add("type", Oparl.type("Body"));
      case ORGANIZATION ->
          object.add("id", urls.organization(id)).add("type", Oparl.type("Organization"));
      case PERSON -> object.add("id", urls.person(id)).add("type", Oparl.type("Person"));
      case MEMBERSHIP ->
          object.add("id", urls.membership(id)).add("type", Oparl.type("Membership"));
      case MEETING -> object.add("id", urls.meeting(id)).add("type", Oparl.type("Meeting"));
      case AGENDA_ITEM ->
          object
              .add("id", urls.agendaItem(id))
              .add("type", Oparl.type("AgendaItem"))
              .add("order", repository.tombstoneOrder(kind, id));
      case PAPER -> object.add("id", urls.paper(id)).add("type", Oparl.type("Paper"));
      case CONSULTATION ->
          object.add("id", urls.consultation(id)).add("type", Oparl.type("Consultation"));
      case FILE ->
          object
              .add("id", urls.file(id))
              .add("type", Oparl.type("File"))
              .add("accessUrl", urls.fileAccess(id));
    }
    return object
        .add("created", Oparl.dateTime(stamp.created()))
        .add("modified", Oparl.dateTime(stamp.modified()))
        .add("deleted", true)
        .build();
  }
}

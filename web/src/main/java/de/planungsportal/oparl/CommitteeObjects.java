package de.planungsportal.oparl;

import de.planungsportal.committee.AgendaItem;
import de.planungsportal.committee.CommitteeDecision;
import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.Membership;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperFile;
import de.planungsportal.identity.Account;
import de.planungsportal.oparl.OparlRepository.Kind;
import de.planungsportal.oparl.OparlRepository.Stamp;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Committee work as OParl 1.1 objects: persons (name only: never user name, e-mail or anything else
 * of the account), their memberships, meetings with their agenda, papers with their consultation
 * and files. Only what {@link OparlRepository} finds visible is read or linked.
 *
 * <p>An embedded object leaves out the link back to the object it is embedded in, as the
 * specification allows; fetched on its own, it carries the link.
 *
 * <p>A decision is shown once the chair has signed it: on the agenda item of the meeting that took
 * it ({@code result}, {@code resolutionText}), and for every procedure, also a written circulation
 * that has no agenda item, on the paper's consultation ({@code authoritative} and the vendor
 * attributes {@code planungsportal:result} and {@code planungsportal:resolutionText}, since
 * oparl:Consultation has no attribute for a result).
 */
final class CommitteeObjects {

  private final OparlUrls urls;
  private final OparlRepository repository;

  CommitteeObjects(OparlUrls urls, OparlRepository repository) {
    this.urls = urls;
    this.repository = repository;
  }

  JsonObject person(Stamp stamp, boolean omitInternal) {
    Account account = repository.find(Account.class, stamp.id());
    JsonObjectBuilder person =
        Json.createObjectBuilder()
            .add("id", urls.person(account.getId()))
            .add("type", Oparl.type("Person"))
            .add("body", urls.body(account.getOrganisation().getId()))
            .add("name", account.getDisplayName());
    if (!omitInternal) {
      JsonArrayBuilder memberships = Json.createArrayBuilder();
      repository.children(Kind.MEMBERSHIP, account.getId()).stream()
          .map(m -> membership(m, true))
          .forEach(memberships::add);
      person.add("membership", memberships);
    }
    return stamped(person, stamp);
  }

  JsonObject membership(Stamp stamp, boolean embedded) {
    Membership membership = repository.membership(stamp.id());
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.membership(membership.getId()))
            .add("type", Oparl.type("Membership"));
    if (!embedded) {
      object.add("person", urls.person(membership.getAccount().getId()));
    }
    object
        .add("organization", urls.organization(membership.getCommittee().getId()))
        .add("role", role(membership.getRole()))
        .add("votingRight", membership.getRole().votes())
        .add("startDate", Oparl.date(membership.getValidFrom()));
    if (membership.getValidTo() != null) {
      object.add("endDate", Oparl.date(membership.getValidTo()));
    }
    return stamped(object, stamp);
  }

  JsonObject meeting(Stamp stamp, boolean omitInternal) {
    Meeting meeting = repository.find(Meeting.class, stamp.id());
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.meeting(meeting.getId()))
            .add("type", Oparl.type("Meeting"))
            .add("name", meeting.getName())
            .add("meetingState", meetingState(meeting.getState()))
            .add("start", Oparl.dateTime(meeting.getStartsAt()))
            .add(
                "organization",
                Json.createArrayBuilder().add(urls.organization(meeting.getCommittee().getId())));
    if (!omitInternal) {
      List<Stamp> items = repository.children(Kind.AGENDA_ITEM, meeting.getId());
      if (!items.isEmpty()) {
        JsonArrayBuilder agenda = Json.createArrayBuilder();
        for (int order = 0; order < items.size(); order++) {
          agenda.add(agendaItem(items.get(order), order, true));
        }
        object.add("agendaItem", agenda);
      }
    }
    return stamped(object, stamp);
  }

  /** An agenda item fetched on its own or listed: its order among the meeting's public items. */
  JsonObject agendaItem(Stamp stamp) {
    AgendaItem item = repository.find(AgendaItem.class, stamp.id());
    List<Stamp> items = repository.children(Kind.AGENDA_ITEM, item.getMeeting().getId());
    int order = 0;
    while (items.get(order).id() != stamp.id()) {
      order++;
    }
    return agendaItem(stamp, order, false);
  }

  private JsonObject agendaItem(Stamp stamp, int order, boolean embedded) {
    AgendaItem item = repository.find(AgendaItem.class, stamp.id());
    long meetingId = item.getMeeting().getId();
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.agendaItem(item.getId()))
            .add("type", Oparl.type("AgendaItem"));
    if (!embedded) {
      object.add("meeting", urls.meeting(meetingId));
    }
    object
        .add("number", item.getNumber())
        .add("order", order)
        .add("name", item.getTitle())
        .add("public", true);
    Paper paper = item.getPaper();
    if (paper != null) {
      object.add("consultation", urls.consultation(paper.getId()));
      repository
          .signedDecision(paper.getId(), meetingId)
          .ifPresent(
              d -> {
                object.add("result", result(d.getOutcome()));
                resolutionText(paper, d).ifPresent(t -> object.add("resolutionText", t));
              });
    }
    return stamped(object, stamp);
  }

  JsonObject paper(Stamp stamp, boolean omitInternal) {
    Paper paper = repository.find(Paper.class, stamp.id());
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.paper(paper.getId()))
            .add("type", Oparl.type("Paper"))
            .add("body", urls.body(paper.getOrganisation().getId()))
            .add("name", paper.getTitle())
            .add("reference", paper.getReference())
            .add("paperType", "Beschlussvorlage");
    if (!omitInternal) {
      List<Stamp> files = repository.children(Kind.FILE, paper.getId());
      if (!files.isEmpty()) {
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        files.forEach(f -> attachments.add(file(f, true)));
        object.add("auxiliaryFile", attachments);
      }
    }
    repository
        .one(Kind.CONSULTATION, paper.getId())
        .ifPresent(
            c -> object.add("consultation", Json.createArrayBuilder().add(consultation(c, true))));
    return stamped(object, stamp);
  }

  JsonObject consultation(Stamp stamp, boolean embedded) {
    Paper paper = repository.find(Paper.class, stamp.id());
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.consultation(paper.getId()))
            .add("type", Oparl.type("Consultation"));
    if (!embedded) {
      object.add("paper", urls.paper(paper.getId()));
      repository
          .latestAgendaItem(paper.getId())
          .ifPresent(
              a ->
                  object
                      .add("agendaItem", urls.agendaItem(a.getId()))
                      .add("meeting", urls.meeting(a.getMeeting().getId())));
    }
    object.add(
        "organization",
        Json.createArrayBuilder().add(urls.organization(paper.getCommittee().getId())));
    Optional<CommitteeDecision> decision = repository.signedDecision(paper.getId());
    object
        .add(
            "authoritative",
            decision.filter(d -> d.getOutcome() != CommitteeDecision.Outcome.DEFERRED).isPresent())
        .add(
            "role",
            paper.getProcedure() == Paper.Procedure.CIRCULATION
                ? "Entscheidung im Umlaufverfahren"
                : "Entscheidung");
    decision.ifPresent(
        d -> {
          object.add(Oparl.VENDOR + "result", result(d.getOutcome()));
          resolutionText(paper, d).ifPresent(t -> object.add(Oparl.VENDOR + "resolutionText", t));
        });
    return stamped(object, stamp);
  }

  JsonObject file(Stamp stamp, boolean embedded) {
    PaperFile file = repository.find(PaperFile.class, stamp.id());
    String fileName = file.getName();
    int dot = fileName.lastIndexOf('.');
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("id", urls.file(file.getId()))
            .add("type", Oparl.type("File"))
            .add("name", dot > 0 ? fileName.substring(0, dot) : fileName)
            .add("fileName", fileName)
            .add("mimeType", file.getMediaType())
            .add("size", file.getSizeBytes())
            .add("accessUrl", urls.fileAccess(file.getId()))
            .add("downloadUrl", urls.fileDownload(file.getId()));
    if (!embedded) {
      object.add("paper", Json.createArrayBuilder().add(urls.paper(file.getPaper().getId())));
    }
    return stamped(object, stamp);
  }

  private static JsonObject stamped(JsonObjectBuilder object, Stamp stamp) {
    return object
        .add("created", Oparl.dateTime(stamp.created()))
        .add("modified", Oparl.dateTime(stamp.modified()))
        .build();
  }

  /** What was resolved: the amended text, or the proposal as it stood; nothing if not passed. */
  private static Optional<String> resolutionText(Paper paper, CommitteeDecision decision) {
    return switch (decision.getOutcome()) {
      case APPROVED -> Optional.of(paper.getResolution());
      case AMENDED ->
          Optional.ofNullable(decision.getAmendment()).or(() -> Optional.of(paper.getResolution()));
      case REJECTED, DEFERRED -> Optional.empty();
    };
  }

  private static String result(CommitteeDecision.Outcome outcome) {
    return switch (outcome) {
      case APPROVED -> "Unverändert beschlossen";
      case AMENDED -> "Geändert beschlossen";
      case REJECTED -> "Abgelehnt";
      case DEFERRED -> "Vertagt";
    };
  }

  private static String role(Membership.Role role) {
    return switch (role) {
      case CHAIR -> "Vorsitz";
      case DEPUTY_CHAIR -> "Stellvertretender Vorsitz";
      case MEMBER -> "Mitglied";
      case ADVISORY -> "Beratendes Mitglied";
      case SECRETARIAT -> "Geschäftsstelle";
    };
  }

  /** The states OParl recommends: scheduled, invited (until the minutes are signed), held. */
  private static String meetingState(Meeting.State state) {
    return switch (state) {
      case PLANNED -> "terminiert";
      case HELD -> "eingeladen";
      case MINUTES_SIGNED -> "durchgeführt";
    };
  }
}

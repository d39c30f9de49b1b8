package de.planungsportal.it;

import static de.planungsportal.it.OparlJson.elements;
import static de.planungsportal.it.OparlJson.json;
import static de.planungsportal.it.OparlJson.names;
import static de.planungsportal.it.OparlJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OParl's view of committee work (persons, memberships, meetings, agenda items, papers,
 * consultations, files) in an organisation of the test's own, filled by SQL: what is public is
 * there, valid and linked as the specification prescribes; what is not public, and what is private
 * to a member, is nowhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OparlCommitteeIT {

  private static final String SCHEMA = "https://schema.oparl.org/1.1/";

  /** The committee lists of a body and the type of their objects. */
  private static final Map<String, String> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("organization", "Organization");
    LISTS.put("person", "Person");
    LISTS.put("membership", "Membership");
    LISTS.put("meeting", "Meeting");
    LISTS.put("agendaItem", "AgendaItem");
    LISTS.put("paper", "Paper");
    LISTS.put("consultation", "Consultation");
    LISTS.put("file", "File");
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  @ArquillianResource ManagementClient management;

  private Fixture f;

  /** Everything a test reads, in an organisation of its own. */
  record Fixture(
      long body,
      long committee,
      long endedCommittee,
      long chair,
      long member,
      long secretary,
      long meeting,
      long publicItem,
      long hiddenItem,
      long looseItem,
      long decided,
      long onHiddenItem,
      long notPublic,
      long circulated,
      long provisional,
      long draft,
      long file,
      long hiddenFile,
      String marker) {}

  @BeforeEach
  void fill() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long body = TestOrganisations.idOf(TestOrganisations.create());
    long committee =
        insert(
            "INSERT INTO committee (organisation_id, code, name) VALUES (?, 'sa', 'Schulausschuss')",
            body);
    long ended =
        insert(
            "INSERT INTO committee (organisation_id, code, name, ended_on)"
                + " VALUES (?, 'alt', 'Ehemaliger Ausschuss', '2025-12-31')",
            body);
    long chair = account(body, "Erika Vorsitz", marker);
    long member = account(body, "Max Mitglied", marker);
    long secretary = account(body, "Sven Geschäftsstelle", marker);
    membership(committee, chair, "CHAIR", "2025-01-01", null);
    membership(ended, member, "MEMBER", "2024-01-01", "2025-12-31");
    membership(committee, member, "ADVISORY", "2026-01-01", null);
    membership(committee, secretary, "SECRETARIAT", "2025-01-01", null);
    long meeting =
        insert(
            "INSERT INTO meeting (committee_id, name, starts_at, place, state)"
                + " VALUES (?, '3. Sitzung des Schulausschusses', '2026-03-10 17:00:00',"
                + " 'Kreishaus', 'MINUTES_SIGNED')",
            committee);
    long decided = paper(body, committee, "V-1", "Schulentwicklungsplan 2027", true, "MEETING");
    // public only once on its non-public item, so never shown (and never a tombstone)
    long onHiddenItem = paper(body, committee, "V-2", "Personalsache " + marker, false, "MEETING");
    long notPublic = paper(body, committee, "V-3", "Vertraulich " + marker, false, "CIRCULATION");
    long circulated = paper(body, committee, "V-4", "Umlauf Schulbezirke", true, "CIRCULATION");
    long provisional =
        paper(body, committee, "V-5", "Umlauf Schülerbeförderung", true, "CIRCULATION");
    long draft = paper(body, committee, "V-6", "Entwurf " + marker, true, null);
    long publicItem = item(meeting, decided, "1", "Schulentwicklungsplan 2027", 1, true);
    long hiddenItem = item(meeting, onHiddenItem, "2", "Nichtöffentlich " + marker, 2, false);
    Database.update("UPDATE paper SET is_public = TRUE WHERE id = ?", onHiddenItem);
    long looseItem = item(meeting, null, "3", "Verschiedenes", 3, true);
    decision(decided, 1, meeting, "MEETING", "APPROVED", null, true);
    decision(circulated, 1, null, "CIRCULATION", "AMENDED", "Geänderter Beschluss zu V-4", true);
    decision(provisional, 1, null, "CIRCULATION", "APPROVED", null, false);
    long file = file(decided, "Anlage 1.pdf", "%PDF-1.4 public");
    long hiddenFile = file(notPublic, "Geheim.pdf", "%PDF-1.4 " + marker);
    Database.update(
        "INSERT INTO member_note (account_id, paper_id, text) VALUES (?, ?, ?)",
        member,
        decided,
        "Notiz " + marker);
    f =
        new Fixture(
            body,
            committee,
            ended,
            chair,
            member,
            secretary,
            meeting,
            publicItem,
            hiddenItem,
            looseItem,
            decided,
            onHiddenItem,
            notPublic,
            circulated,
            provisional,
            draft,
            file,
            hiddenFile,
            marker);
  }

  @Test
  void everyCommitteeObjectMatchesTheOfficialSchemasAndIsTheSameByItsOwnUrl() {
    PortalClient client = new PortalClient(base);
    JsonNode body = json(client.get(url("/oparl/v1.1/bodies/" + f.body())));

    LISTS.forEach(
        (list, type) -> {
          JsonNode page = json(client.get(body.path(list).asText()));
          assertThat(OparlSchemas.violations("ObjectList", page)).as(list).isEmpty();
          assertThat(page.path("data")).as(list).isNotEmpty();
          for (JsonNode object : elements(page.path("data"))) {
            assertThat(object.path("type").asText()).isEqualTo(SCHEMA + type);
            assertThat(OparlSchemas.officialViolations(type, object))
                .as(object.toString())
                .isEmpty();
            assertThat(json(client.get(object.path("id").asText())))
                .as("%s by its own URL", object.path("id").asText())
                .isEqualTo(object);
          }
        });
    assertThat(OparlSchemas.officialViolations("Paper", parse("{\"id\":\"x\"}")))
        .as("the official schemas do find faults")
        .isNotEmpty();
    assertThat(
            OparlSchemas.officialViolations(
                "Meeting",
                parse(
                    "{\"id\":\"https://x.example/m\",\"type\":\""
                        + SCHEMA
                        + "Meeting\","
                        + "\"created\":\"2026-01-01T00:00:00+00:00\","
                        + "\"modified\":\"2026-01-01T00:00:00+00:00\",\"agendaItem\":[{}]}")))
        .as("embedded objects are checked against their own schema")
        .isNotEmpty();
  }

  @Test
  void showsTheCommitteeWorkAndLinksItAsTheSpecificationSays() {
    PortalClient client = new PortalClient(base);
    JsonNode meeting = json(client.get(url("/oparl/v1.1/meetings/" + f.meeting())));
    assertThat(meeting.path("organization").get(0).asText())
        .isEqualTo(url("/oparl/v1.1/organizations/" + f.committee()));
    assertThat(meeting.path("meetingState").asText()).isEqualTo("durchgeführt");
    assertThat(meeting.path("start").asText()).isEqualTo("2026-03-10T17:00:00+01:00");
    List<JsonNode> agenda = elements(meeting.path("agendaItem"));
    assertThat(agenda)
        .extracting(a -> a.path("name").asText())
        .containsExactly("Schulentwicklungsplan 2027", "Verschiedenes");
    assertThat(agenda).extracting(a -> a.path("order").asInt()).containsExactly(0, 1);
    assertThat(agenda.get(0).has("meeting")).as("no back link when embedded").isFalse();
    JsonNode item = agenda.get(0);
    assertThat(item.path("result").asText()).isEqualTo("Unverändert beschlossen");
    assertThat(item.path("resolutionText").asText()).isEqualTo("Beschluss zu V-1");
    assertThat(item.path("consultation").asText())
        .isEqualTo(url("/oparl/v1.1/consultations/" + f.decided()));
    JsonNode alone = json(client.get(item.path("id").asText()));
    assertThat(alone.path("meeting").asText()).isEqualTo(meeting.path("id").asText());

    JsonNode paper = json(client.get(url("/oparl/v1.1/papers/" + f.decided())));
    assertThat(paper.path("reference").asText()).isEqualTo("V-1");
    assertThat(paper.path("body").asText()).isEqualTo(url("/oparl/v1.1/bodies/" + f.body()));
    JsonNode consultation = paper.path("consultation").get(0);
    assertThat(consultation.path("authoritative").asBoolean()).isTrue();
    assertThat(consultation.path("organization").get(0).asText())
        .isEqualTo(url("/oparl/v1.1/organizations/" + f.committee()));
    JsonNode consultationAlone = json(client.get(consultation.path("id").asText()));
    assertThat(consultationAlone.path("paper").asText()).isEqualTo(paper.path("id").asText());
    assertThat(consultationAlone.path("agendaItem").asText()).isEqualTo(item.path("id").asText());
    assertThat(consultationAlone.path("meeting").asText()).isEqualTo(meeting.path("id").asText());
    JsonNode file = paper.path("auxiliaryFile").get(0);
    assertThat(file.path("fileName").asText()).isEqualTo("Anlage 1.pdf");
    assertThat(file.path("name").asText()).isEqualTo("Anlage 1");
    assertThat(file.path("mimeType").asText()).isEqualTo("application/pdf");
    assertThat(file.path("size").asInt()).isEqualTo("%PDF-1.4 public".length());

    Page access = client.get(file.path("accessUrl").asText());
    assertThat(access.status()).isEqualTo(200);
    assertThat(access.body()).isEqualTo("%PDF-1.4 public");
    assertThat(access.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(access.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).doesNotContain("attachment"));
    Page download = client.get(file.path("downloadUrl").asText());
    assertThat(download.body()).isEqualTo("%PDF-1.4 public");
    assertThat(download.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"Anlage 1.pdf\""));

    JsonNode ended = json(client.get(url("/oparl/v1.1/organizations/" + f.endedCommittee())));
    assertThat(ended.path("endDate").asText()).isEqualTo("2025-12-31");
    assertThat(ended.has("deleted")).as("an ended committee is not deleted").isFalse();

    JsonNode member = json(client.get(url("/oparl/v1.1/persons/" + f.member())));
    assertThat(member.path("name").asText()).isEqualTo("Max Mitglied");
    assertThat(elements(member.path("membership")))
        .extracting(
            m ->
                m.path("role").asText()
                    + "/"
                    + m.path("votingRight").asBoolean()
                    + "/"
                    + m.path("startDate").asText()
                    + "/"
                    + m.path("endDate").asText(""))
        .containsExactly(
            "Mitglied/true/2024-01-01/2025-12-31", "Beratendes Mitglied/false/2026-01-01/");
    JsonNode membership = json(client.get(member.path("membership").get(0).path("id").asText()));
    assertThat(membership.path("person").asText()).isEqualTo(member.path("id").asText());
    assertThat(membership.path("organization").asText()).isEqualTo(ended.path("id").asText());
  }

  @Test
  void aSignedDecisionShowsAlsoForAWrittenCirculationAProvisionalOneDoesNot() {
    PortalClient client = new PortalClient(base);
    JsonNode circulated = json(client.get(url("/oparl/v1.1/consultations/" + f.circulated())));
    JsonNode provisional = json(client.get(url("/oparl/v1.1/consultations/" + f.provisional())));

    assertThat(circulated.path("authoritative").asBoolean()).isTrue();
    assertThat(circulated.path("role").asText()).isEqualTo("Entscheidung im Umlaufverfahren");
    assertThat(circulated.path("planungsportal:result").asText()).isEqualTo("Geändert beschlossen");
    assertThat(circulated.path("planungsportal:resolutionText").asText())
        .isEqualTo("Geänderter Beschluss zu V-4");
    assertThat(circulated.has("agendaItem")).isFalse();
    assertThat(provisional.path("authoritative").asBoolean()).isFalse();
    assertThat(provisional.has("planungsportal:result")).isFalse();
    assertThat(provisional.has("planungsportal:resolutionText")).isFalse();
  }

  @Test
  void nonPublicItemsAndPapersAndPrivateNotesAreNowhere() {
    PortalClient client = new PortalClient(base);
    String everything = crawl(client);

    assertThat(everything)
        .contains("Schulentwicklungsplan 2027", "Max Mitglied", "Erika Vorsitz")
        .doesNotContain(f.marker())
        .doesNotContain("Sven Geschäftsstelle", "@test.example", "t-" + f.marker())
        .doesNotContain("/papers/" + f.onHiddenItem() + "\"", "/papers/" + f.notPublic() + "\"")
        .doesNotContain("/papers/" + f.draft() + "\"", "/agenda-items/" + f.hiddenItem() + "\"")
        .doesNotContain("/files/" + f.hiddenFile() + "\"", "/persons/" + f.secretary() + "\"");
    for (String path :
        List.of(
            "/oparl/v1.1/papers/" + f.onHiddenItem(),
            "/oparl/v1.1/papers/" + f.notPublic(),
            "/oparl/v1.1/papers/" + f.draft(),
            "/oparl/v1.1/consultations/" + f.onHiddenItem(),
            "/oparl/v1.1/consultations/" + f.notPublic(),
            "/oparl/v1.1/agenda-items/" + f.hiddenItem(),
            "/oparl/v1.1/files/" + f.hiddenFile(),
            "/oparl/v1.1/files/" + f.hiddenFile() + "/access",
            "/oparl/v1.1/files/" + f.hiddenFile() + "/download",
            "/oparl/v1.1/persons/" + f.secretary())) {
      Page answer = client.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain(f.marker());
    }
  }

  @Test
  void pagesThroughTheNewListsAndFiltersThemByTime() {
    PortalClient client = new PortalClient(base);
    insert(
        "INSERT INTO meeting (committee_id, name, starts_at, state, created_at, modified_at)"
            + " VALUES (?, 'Alte Sitzung', '2020-02-01 17:00:00', 'HELD',"
            + " '2020-01-01 00:00:00', '2020-01-01 00:00:00')",
        f.committee());
    String list = url("/oparl/v1.1/bodies/" + f.body() + "/memberships");

    List<String> seen = new ArrayList<>();
    JsonNode page = json(client.get(list + "?limit=1"));
    assertThat(page.path("pagination").path("totalElements").asInt()).isEqualTo(3);
    assertThat(page.path("links").path("last").asText()).isEqualTo(list + "?limit=1&page=3");
    while (true) {
      elements(page.path("data")).forEach(m -> seen.add(m.path("id").asText()));
      if (!page.path("links").has("next")) {
        break;
      }
      page = json(client.get(page.path("links").path("next").asText()));
    }
    assertThat(seen).hasSize(3).doesNotHaveDuplicates();

    String meetings = url("/oparl/v1.1/bodies/" + f.body() + "/meetings");
    String until = URLEncoder.encode("2021-01-01T00:00:00+01:00", StandardCharsets.UTF_8);
    JsonNode old = json(client.get(meetings + "?modified_until=" + until + "&omit_internal=true"));
    JsonNode recent = json(client.get(meetings + "?created_since=" + until));
    assertThat(names(old)).containsExactly("Alte Sitzung");
    assertThat(old.path("links").path("self").asText())
        .isEqualTo(
            meetings + "?modified_until=2021-01-01T00%3A00%3A00%2B01%3A00&omit_internal=true");
    assertThat(names(recent)).containsExactly("3. Sitzung des Schulausschusses");
    assertThat(elements(recent.path("data")).get(0).has("agendaItem")).isTrue();
    assertThat(elements(old.path("data")).get(0).has("agendaItem"))
        .as("omit_internal leaves the embedded agenda out")
        .isFalse();
    assertThat(client.get(meetings + "?page=2").status()).isEqualTo(404);
    assertThat(client.get(meetings + "?modified_since=gestern").status()).isEqualTo(400);
  }

  @Test
  void aChangeOfAnEmbeddedObjectChangesItsParentForSyncingClients() throws Exception {
    PortalClient client = new PortalClient(base);
    Database.update(
        "UPDATE meeting SET created_at = '2020-01-01 00:00:00', modified_at = '2020-01-01 00:00:00'"
            + " WHERE id = ?",
        f.meeting());
    Database.update(
        "UPDATE agenda_item SET created_at = '2020-01-01 00:00:00', modified_at = '2020-01-01 00:00:00'"
            + " WHERE meeting_id = ?",
        f.meeting());
    Database.update(
        "UPDATE committee_decision SET modified_at = '2020-01-01 00:00:00' WHERE meeting_id = ?",
        f.meeting());
    Database.update(
        "UPDATE paper SET modified_at = '2020-01-01 00:00:00' WHERE organisation_id = ?", f.body());
    String since = time(Instant.now().minusSeconds(300), ZoneOffset.UTC);
    String meetings = url("/oparl/v1.1/bodies/" + f.body() + "/meetings?modified_since=" + since);
    assertThat(names(json(client.get(meetings)))).isEmpty();

    Database.update(
        "UPDATE agenda_item SET title = 'Schulentwicklungsplan 2027 (neu)' WHERE id = ?",
        f.publicItem());

    assertThat(names(json(client.get(meetings))))
        .containsExactly("3. Sitzung des Schulausschusses");
  }

  /**
   * OParl 1.1, deleted objects: a public agenda item the secretariat removes (MeetingService
   * deletes the row as below) and a removed attachment stay at their URLs as tombstones, are
   * listed, and change their meeting and paper, so a client syncing with modified_since learns of
   * both. A non-public item, never served, leaves nothing behind.
   */
  @Test
  void deletedObjectsStayAsTombstonesThatSyncingClientsFind() {
    PortalClient client = new PortalClient(base);
    String old = " SET created_at = '2020-01-01 00:00:00', modified_at = '2020-01-01 00:00:00'";
    String ofBody = " IN (SELECT id FROM paper WHERE organisation_id = ?)";
    Database.update("UPDATE meeting" + old + " WHERE id = ?", f.meeting());
    Database.update("UPDATE agenda_item" + old + " WHERE meeting_id = ?", f.meeting());
    Database.update("UPDATE paper" + old + " WHERE organisation_id = ?", f.body());
    Database.update("UPDATE paper_file" + old + " WHERE paper_id" + ofBody, f.body());
    Database.update("UPDATE committee_decision" + old + " WHERE paper_id" + ofBody, f.body());
    String since = "?modified_since=" + time(Instant.now().minusSeconds(300), ZoneOffset.UTC);
    String lists = "/oparl/v1.1/bodies/" + f.body() + "/";
    assertThat(names(json(client.get(url(lists + "meetings" + since))))).isEmpty();
    String itemUrl = url("/oparl/v1.1/agenda-items/" + f.looseItem());
    String fileUrl = url("/oparl/v1.1/files/" + f.file());
    assertThat(json(client.get(itemUrl)).path("name").asText()).isEqualTo("Verschiedenes");

    Instant deletion = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    Database.update("DELETE FROM agenda_item WHERE id = ?", f.looseItem());
    Database.update("DELETE FROM paper_file WHERE id = ?", f.file());
    Database.update("DELETE FROM agenda_item WHERE id = ?", f.hiddenItem());

    JsonNode item = json(client.get(itemUrl));
    assertThat(fieldNames(item))
        .containsExactlyInAnyOrder("id", "type", "order", "created", "modified", "deleted");
    assertThat(item.path("deleted").asBoolean()).isTrue();
    assertThat(item.path("created").asText()).startsWith("2020-01-01");
    assertThat(OffsetDateTime.parse(item.path("modified").asText()).toInstant())
        .isAfterOrEqualTo(deletion);
    assertThat(OparlSchemas.officialViolations("AgendaItem", item)).isEmpty();
    JsonNode file = json(client.get(fileUrl));
    assertThat(fieldNames(file))
        .containsExactlyInAnyOrder("id", "type", "accessUrl", "created", "modified", "deleted");
    assertThat(file.path("deleted").asBoolean()).isTrue();
    assertThat(OparlSchemas.officialViolations("File", file)).isEmpty();
    assertThat(client.get(file.path("accessUrl").asText()).status()).isEqualTo(404);
    assertThat(client.get(url("/oparl/v1.1/agenda-items/" + f.hiddenItem())).status())
        .isEqualTo(404);

    // the item on the paper whose file went changes with it
    assertThat(json(client.get(url(lists + "agenda-items" + since))).path("data")).contains(item);
    assertThat(json(client.get(url(lists + "files" + since))).path("data")).containsExactly(file);
    assertThat(json(client.get(url(lists + "agenda-items"))).path("data"))
        .as("listed also without a filter: OParl marks deleted objects, it does not hide them")
        .contains(item);
    JsonNode meetings = json(client.get(url(lists + "meetings" + since)));
    assertThat(names(meetings)).containsExactly("3. Sitzung des Schulausschusses");
    assertThat(elements(meetings.path("data").path(0).path("agendaItem")))
        .as("the meeting's agenda no longer embeds the deleted item")
        .extracting(i -> i.path("name").asText())
        .containsExactly("Schulentwicklungsplan 2027");
    JsonNode papers = json(client.get(url(lists + "papers" + since)));
    assertThat(names(papers)).contains("Schulentwicklungsplan 2027");
    assertThat(papers.toString()).doesNotContain("Anlage 1");
  }

  /**
   * A public paper that the secretariat withdraws from the public, or puts on a non-public agenda
   * item, goes as a deleted one would: the paper and its files become tombstones, its consultation
   * is gone with it. Made public again, it is back, its files changed for syncing clients.
   */
  @Test
  void aPaperHiddenFromThePublicLeavesTombstonesAndComesBackChanged() {
    PortalClient client = new PortalClient(base);
    String paperUrl = url("/oparl/v1.1/papers/" + f.decided());
    String fileUrl = url("/oparl/v1.1/files/" + f.file());
    Database.update(
        "UPDATE paper_file SET modified_at = '2020-01-01 00:00:00' WHERE id = ?", f.file());

    Database.update("UPDATE paper SET is_public = FALSE WHERE id = ?", f.decided());

    JsonNode paper = json(client.get(paperUrl));
    assertThat(fieldNames(paper))
        .containsExactlyInAnyOrder("id", "type", "created", "modified", "deleted");
    assertThat(OparlSchemas.officialViolations("Paper", paper)).isEmpty();
    assertThat(json(client.get(fileUrl)).path("deleted").asBoolean()).isTrue();
    assertThat(client.get(url("/oparl/v1.1/consultations/" + f.decided())).status()).isEqualTo(404);
    assertThat(client.get(paperUrl).body()).doesNotContain("Schulentwicklungsplan");

    String since = "?modified_since=" + time(Instant.now().minusSeconds(60), ZoneOffset.UTC);
    Database.update("UPDATE paper SET is_public = TRUE WHERE id = ?", f.decided());

    assertThat(json(client.get(paperUrl)).path("name").asText())
        .isEqualTo("Schulentwicklungsplan 2027");
    JsonNode files = json(client.get(url("/oparl/v1.1/bodies/" + f.body() + "/files" + since)));
    assertThat(files.path("data").path(0).path("fileName").asText()).isEqualTo("Anlage 1.pdf");

    long other = paper(f.body(), f.committee(), "V-7", "Bald nichtöffentlich", true, "MEETING");
    assertThat(client.get(url("/oparl/v1.1/papers/" + other)).status()).isEqualTo(200);
    item(f.meeting(), other, "4", "Personalsache", 4, false);
    assertThat(json(client.get(url("/oparl/v1.1/papers/" + other))).path("deleted").asBoolean())
        .isTrue();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  @Test
  void aRenamedPersonIsModified() {
    PortalClient client = new PortalClient(base);
    Database.update(
        "UPDATE committee_membership SET created_at = '2020-01-01 00:00:00',"
            + " modified_at = '2020-01-01 00:00:00' WHERE account_id IN (?, ?)",
        f.chair(),
        f.member());
    String persons =
        url("/oparl/v1.1/bodies/" + f.body() + "/persons?modified_since=")
            + time(Instant.now().minusSeconds(300), ZoneOffset.UTC);
    assertThat(names(json(client.get(persons)))).isEmpty();

    Database.update(
        // as AccountAdminService renames (AccountRenameIT)
        "UPDATE account SET display_name = 'Erika Vorsitz-Neu',"
            + " name_changed_at = CURRENT_TIMESTAMP WHERE id = ?",
        f.chair());

    assertThat(names(json(client.get(persons)))).containsExactly("Erika Vorsitz-Neu");
  }

  /**
   * The database of a real installation may run in another zone than the server (here +05:00
   * against the JVM's zone): created and modified still name the right instant, and a sync with
   * modified_since finds what changed after it. The server's connections are renewed so they take
   * up the database's new zone, as after a restart.
   */
  @Test
  void timesAreRightWhateverZoneTheDatabaseRunsIn() throws Exception {
    String original = Database.text("SELECT @@global.time_zone");
    try {
      Database.update("SET GLOBAL time_zone = '+05:00'");
      renewServerConnections();
      Instant before = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
      long committee =
          insert(
              "INSERT INTO committee (organisation_id, code, name) VALUES (?, 'tz', 'Zeitzonen')",
              f.body());
      assertThat(Database.text("SELECT @@session.time_zone")).isEqualTo("+05:00");

      JsonNode organization =
          json(new PortalClient(base).get(url("/oparl/v1.1/organizations/" + committee)));
      Instant created = OffsetDateTime.parse(organization.path("created").asText()).toInstant();
      assertThat(Duration.between(before, created).abs()).isLessThan(Duration.ofMinutes(1));

      String list = url("/oparl/v1.1/bodies/" + f.body() + "/organizations?modified_since=");
      String since = time(before, ZoneOffset.ofHours(1));
      String later = time(before.plusSeconds(120), ZoneOffset.ofHours(-3));
      assertThat(names(json(new PortalClient(base).get(list + since)))).contains("Zeitzonen");
      assertThat(names(json(new PortalClient(base).get(list + later)))).doesNotContain("Zeitzonen");
    } finally {
      Database.update("SET GLOBAL time_zone = ?", original);
      renewServerConnections();
    }
  }

  /** A filter value: the instant in the given offset, URL-encoded. */
  private static String time(Instant instant, ZoneOffset offset) {
    return URLEncoder.encode(
        instant.atOffset(offset).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")),
        StandardCharsets.UTF_8);
  }

  private void renewServerConnections() throws Exception {
    ModelNode flush = new ModelNode();
    flush.get("operation").set("flush-all-connection-in-pool");
    flush.get("address").add("subsystem", "datasources").add("data-source", "PlanungsportalDS");
    ModelNode result = management.getControllerClient().execute(flush);
    assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
  }

  /** Every list page and every object of the test's body, as one text. */
  private String crawl(PortalClient client) {
    StringBuilder all = new StringBuilder();
    JsonNode body = json(client.get(url("/oparl/v1.1/bodies/" + f.body())));
    all.append(body);
    for (String list : LISTS.keySet()) {
      JsonNode page = json(client.get(body.path(list).asText()));
      all.append(page);
      for (JsonNode object : elements(page.path("data"))) {
        all.append(client.get(object.path("id").asText()).body());
        if (object.has("accessUrl")) {
          all.append(client.get(object.path("accessUrl").asText()).body());
        }
      }
    }
    return all.toString();
  }

  private static long account(long body, String name, String marker) {
    String username = "t-" + marker + "-" + UUID.randomUUID().toString().substring(0, 4);
    return insert(
        "INSERT INTO account (organisation_id, username, display_name, email) VALUES (?, ?, ?, ?)",
        body,
        username,
        name,
        username + "@test.example");
  }

  private static void membership(
      long committee, long account, String role, String from, String to) {
    insert(
        "INSERT INTO committee_membership (committee_id, account_id, role, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?)",
        committee,
        account,
        role,
        from,
        to);
  }

  private static long paper(
      long body,
      long committee,
      String reference,
      String title,
      boolean isPublic,
      String procedure) {
    return insert(
        "INSERT INTO paper (organisation_id, committee_id, reference, title, resolution,"
            + " procedure_kind, state, is_public, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test')",
        body,
        committee,
        reference,
        title,
        "Beschluss zu " + reference,
        procedure,
        procedure == null ? "DRAFT" : "DECIDED",
        isPublic);
  }

  private static long item(
      long meeting, Long paper, String number, String title, int position, boolean isPublic) {
    return insert(
        "INSERT INTO agenda_item (meeting_id, paper_id, number, title, position, is_public)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        meeting,
        paper,
        number,
        title,
        position,
        isPublic);
  }

  private static void decision(
      long paper,
      int round,
      Long meeting,
      String procedure,
      String outcome,
      String amendment,
      boolean signed) {
    insert(
        "INSERT INTO committee_decision (paper_id, round, meeting_id, procedure_kind, outcome,"
            + " yes_votes, no_votes, abstentions, voting_members, members_present, quorum_reached,"
            + " amendment, recorded_by, recorded_at, signed_by, signed_at)"
            + " VALUES (?, ?, ?, ?, ?, 5, 1, 0, 7, 6, TRUE, ?, 'test', NOW(), ?, ?)",
        paper,
        round,
        meeting,
        procedure,
        outcome,
        amendment,
        signed ? "vorsitz" : null,
        signed ? "2026-03-11 09:00:00" : null);
  }

  private static long file(long paper, String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return insert(
        "INSERT INTO paper_file (paper_id, name, media_type, size_bytes, content)"
            + " VALUES (?, ?, 'application/pdf', ?, ?)",
        paper,
        name,
        bytes.length,
        bytes);
  }

  /** Inserts a row; its generated id. */
  private static long insert(String sql, Object... parameters) {
    try (Connection connection = Database.connect();
        PreparedStatement statement =
            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String url(String path) {
    return URI.create(base.toString()).resolve(path).toString();
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committee pages over HTTP, as their users send them: an admin gives a seat and the person
 * gets the committee role with it; the secretariat plans a meeting and puts the paper on its
 * agenda; a member keeps and removes a private note, and a forged ballot stores no vote; the
 * decision record downloads as a PDF. Each test works in a new organisation of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteePagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(OpenVoteFixture.class, CommitteeSteps.class);
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private long committee;
  private long paper;

  @BeforeEach
  void committeeWithAPaper() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO committee (organisation_id, code, name, kind) VALUES (?, 'schultraeger',"
            + " 'Schulträgerausschuss', 'SCHULTRAEGER')",
        organisationId);
    committee =
        Database.count("SELECT id FROM committee WHERE organisation_id = ?", organisationId);
    long version = TestPlans.single(organisation, 2030, 1, "SUBMITTED");
    Database.update(
        "INSERT INTO paper (organisation_id, committee_id, reference, title, version_id,"
            + " resolution, state, created_by) VALUES (?, ?, 'BV-7', 'Arbeitsplan 2030', ?,"
            + " 'Der Ausschuss beschliesst den Arbeitsplan.', 'IN_CIRCULATION', 'x')",
        organisationId,
        committee,
        version);
    paper = Database.count("SELECT id FROM paper WHERE organisation_id = ?", organisationId);
  }

  static Stream<Arguments> refusedVotes() {
    return Stream.of(
        // Mojarra words the refusal of a radio group's enum so
        Arguments.of("choice not on offer", "MAYBE", "", "in eine Aufzählung umgewandelt werden"),
        Arguments.of("overlong comment", "YES", "x".repeat(2_001), "Höchstens 2"));
  }

  /**
   * A member's ballot sent by hand with the page's own tokens: a choice other than approve, reject
   * or abstain, or a comment over 2,000 characters, is refused with a German message beside the
   * field, and no vote is stored: the sign-off stays open.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedVotes")
  void voteFormRefusesAForgedChoiceAndAnOverlongCommentAndStoresNoVote(
      String label, String choice, String comment, String reason) {
    String secretariat = TestPapers.scoped(organisation, "committee-secretariat", committee);
    TestPapers.seat(secretariat, committee, "SECRETARIAT");
    String member = TestPapers.scoped(organisation, "committee-member", committee);
    TestPapers.seat(member, committee, "MEMBER");
    long version = Database.count("SELECT version_id FROM paper WHERE id = ?", paper);
    Page opened =
        new PortalClient(base)
            .get(
                OpenVoteFixture.PATH
                    + "?organisation="
                    + organisation
                    + "&version="
                    + version
                    + "&committee=SCHULTRAEGER");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    long circulated = Long.parseLong(opened.body().trim());
    PortalClient voter = PortalClient.signedIn(base, member);
    String path = "/committee/vote.xhtml?paper=" + circulated;
    Page form = voter.get(path);
    assertThat(form.body()).as("the ballot is offered").contains("id=\"voteForm\"");

    Page answer =
        voter.ajax(
            form,
            path,
            "voteForm",
            "voteForm:castVote",
            "voteForm",
            "voteForm",
            Map.of("voteForm:choice", choice, "voteForm:comment", comment));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.unescape(answer.body()))
        .contains(reason)
        .doesNotContain("<redirect", "Fehlernummer");
    assertThat(Database.count("SELECT COUNT(*) FROM committee_vote WHERE paper_id = ?", circulated))
        .isZero();
    assertThat(voter.get(path).body()).as("the vote is still open").contains("id=\"voteForm\"");
  }

  @Test
  void anAdminGivesASeatAndThePersonReadsTheCommitteesPapers() {
    PortalClient admin = PortalClient.signedIn(base, TestAccounts.create(organisation, "admin"));
    String person = TestAccounts.create(organisation);
    String path = "/committee/committees.xhtml";
    Page members =
        admin.ajax(
            admin.get(path),
            path,
            "listForm",
            "listForm:committees:0:members",
            "listForm:committees:0:members",
            "listForm membersForm",
            Map.of());

    Page added =
        admin.ajax(
            members,
            path,
            "membersForm",
            "membersForm:add",
            "membersForm",
            "membersForm",
            Map.of(
                "membersForm:account_input",
                String.valueOf(TestAccounts.idOf(person)),
                "membersForm:role_input",
                "MEMBER",
                "membersForm:from",
                "2020-01-01",
                "membersForm:to",
                ""));

    assertThat(PageText.messages(added)).contains("Die Mitgliedschaft ist eingetragen.");
    assertThat(PageText.visible(added)).contains("Test " + person, "Mitglied");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM role_grant WHERE account_id = ? AND role = 'committee-member'"
                    + " AND committee_id = ?",
                TestAccounts.idOf(person),
                committee))
        .isEqualTo(1);
    Page read = PortalClient.signedIn(base, person).get("/committee/paper.xhtml?id=" + paper);
    assertThat(read.status()).isEqualTo(200);
    assertThat(PageText.visible(read))
        .contains("Arbeitsplan 2030", "Anteil Kinder mit Förderbedarf", "Ausgangswert", "23")
        .contains("Noch kein Befragungsergebnis verknüpft.");
  }

  @Test
  void theSecretariatPlansAMeetingAndPutsThePaperOnItsAgenda() {
    String secretariat = scoped("committee-secretariat");
    PortalClient client = PortalClient.signedIn(base, secretariat);
    String path = "/committee/meetings.xhtml";
    Page list = client.get(path);
    Page dialog =
        client.ajax(
            list, path, "listForm", "listForm:new", "listForm:new", "meetingForm", Map.of());

    Page saved =
        client.ajax(
            dialog,
            path,
            "meetingForm",
            "meetingForm:save",
            "meetingForm",
            "meetingForm listForm",
            Map.of(
                "meetingForm:name", "4. Sitzung",
                "meetingForm:startsAt", "2031-03-04T17:00",
                "meetingForm:place", "Kreishaus",
                "meetingForm:state_input", "PLANNED"));
    assertThat(PageText.messages(saved)).contains("Die Sitzung ist gespeichert.");
    Page agenda =
        client.ajax(
            saved,
            path,
            "listForm",
            "listForm:meetings:0:agenda",
            "listForm:meetings:0:agenda",
            "agendaForm",
            Map.of());
    Page item =
        client.ajax(
            agenda,
            path,
            "agendaForm",
            "agendaForm:addItem",
            "agendaForm",
            "agendaForm",
            Map.of(
                "agendaForm:number", "3",
                "agendaForm:itemTitle", "Arbeitsplan 2030",
                "agendaForm:publicItem_input", "on",
                "agendaForm:paper_input", String.valueOf(paper)));

    assertThat(PageText.messages(item)).contains("Der Tagesordnungspunkt ist eingetragen.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
                    + " WHERE m.committee_id = ? AND m.name = '4. Sitzung' AND i.paper_id = ?"
                    + " AND i.number = '3' AND i.is_public",
                committee,
                paper))
        .isEqualTo(1);
  }

  @Test
  void aMemberKeepsAndRemovesAPrivateNoteAndTheRecordDownloads() {
    String member = scoped("committee-member");
    long memberId = TestAccounts.idOf(member);
    Database.update(
        "INSERT INTO committee_decision (paper_id, round, procedure_kind, outcome, yes_votes,"
            + " no_votes, abstentions, voting_members, members_present, quorum_reached,"
            + " recorded_by, recorded_at) VALUES (?, 1, 'CIRCULATION', 'APPROVED', 3, 0, 0, 3, 3,"
            + " TRUE, 'gremienbuero', NOW())",
        paper);
    PortalClient client = PortalClient.signedIn(base, member);
    String path = "/committee/paper.xhtml?id=" + paper;
    Page page = client.get(path);
    assertThat(page.body()).contains("/committee/decision/");

    Page saved =
        client.ajax(
            page,
            path,
            "notesForm",
            "notesForm:savePaperNote",
            "notesForm:savePaperNote notesForm:paperNote",
            "notesForm",
            Map.of("notesForm:paperNote", "Nach den Kosten fragen"));
    assertThat(PageText.messages(saved)).contains("Die Notiz ist gespeichert.");
    assertThat(Database.text("SELECT text FROM member_note WHERE account_id = ?", memberId))
        .isEqualTo("Nach den Kosten fragen");
    Page reopened = client.get(path);
    assertThat(reopened.body()).contains("Nach den Kosten fragen");
    Page deleted =
        client.ajax(
            reopened,
            path,
            "notesForm",
            "notesForm:deletePaperNote",
            "notesForm:deletePaperNote",
            "notesForm",
            Map.of());
    assertThat(PageText.messages(deleted)).contains("Die Notiz ist gelöscht.");
    assertThat(Database.count("SELECT COUNT(*) FROM member_note WHERE account_id = ?", memberId))
        .isZero();

    long decision = Database.count("SELECT id FROM committee_decision WHERE paper_id = ?", paper);
    Page pdf = client.get("/committee/decision/" + decision + ".pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  /** A new account of the test's organisation with the role scoped to its committee. */
  private String scoped(String role) {
    String username = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, committee_id) VALUES (?, ?, ?)",
        TestAccounts.idOf(username),
        role,
        committee);
    return username;
  }
}

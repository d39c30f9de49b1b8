package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.FilePart;
import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A paper's attachments and the running tally of a written circulation over HTTP, as their users
 * send them: the secretariat attaches a file to a draft and removes it again, the committee's
 * members download it, nobody else finds it; bad files are refused with a message and leave nothing
 * behind; the secretariat and the chair see how a circulation stands and who has not answered,
 * members do not. Each test works in a new organisation of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaperAttachmentsIT {

  private static final String PREPARE = "/committee/prepare.xhtml";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private long committee;
  private long paper;
  private PortalClient secretariat;

  @BeforeEach
  void draftPaperOfACommittee() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    committee = TestPapers.committee(organisation, "ausschuss", "Ausschuss", "SCHULTRAEGER");
    paper = TestPapers.draft(organisation, "ausschuss");
    secretariat =
        PortalClient.signedIn(
            base, TestPapers.scoped(organisation, "committee-secretariat", committee));
  }

  @Test
  void theSecretariatAttachesAFileMembersDownloadItAndItIsRemovedAfterAsking() {
    Page form = secretariat.get(PREPARE + "?paper=" + paper);
    Page uploaded = upload(form, new FilePart("C:\\Ablage\\Bericht 2026.pdf", "text/plain", PDF));

    assertThat(uploaded.status()).isEqualTo(200);
    assertThat(PageText.messages(uploaded))
        .contains("Die Anlage „Bericht 2026.pdf“ ist hochgeladen.");
    assertThat(PageText.visible(uploaded)).contains("Bericht 2026.pdf", "PDF");
    long file = Database.count("SELECT id FROM paper_file WHERE paper_id = ?", paper);
    assertThat(Database.text("SELECT media_type FROM paper_file WHERE id = ?", file))
        .as("the type the content is, not the one the browser sent")
        .isEqualTo("application/pdf");
    assertThat(Database.count("SELECT size_bytes FROM paper_file WHERE id = ?", file))
        .isEqualTo(PDF.length);
    assertThat(audited("PAPER_FILE_ADDED")).isEqualTo(1);

    PortalClient member =
        PortalClient.signedIn(base, TestPapers.scoped(organisation, "committee-member", committee));
    Page reading = member.get("/committee/paper.xhtml?id=" + paper);
    assertThat(PageText.visible(reading)).contains("Anlagen", "Bericht 2026.pdf", "PDF");
    assertThat(reading.body()).contains("/committee/file/" + file);
    Page download = member.get("/committee/file/" + file);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).hasValue("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains("Bericht"));
    assertThat(download.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));

    Page again = secretariat.get(PREPARE + "?paper=" + paper);
    Page removed =
        secretariat.ajax(
            again,
            PREPARE,
            "filesForm",
            "filesForm:files:0:remove",
            "filesForm:files:0:remove",
            "filesForm fileMessages",
            Map.of());
    assertThat(PageText.messages(removed)).contains("Die Anlage „Bericht 2026.pdf“ ist entfernt.");
    assertThat(Database.count("SELECT COUNT(*) FROM paper_file WHERE paper_id = ?", paper))
        .isZero();
    assertThat(audited("PAPER_FILE_REMOVED")).isEqualTo(1);
    assertThat(member.get("/committee/file/" + file).status()).isEqualTo(404);
  }

  /** A member of another committee of the organisation, and one of another organisation. */
  @Test
  void nobodyOutsideThePapersCommitteeFindsItsAttachment() {
    upload(
        secretariat.get(PREPARE + "?paper=" + paper),
        new FilePart("a.pdf", "application/pdf", PDF));
    long file = Database.count("SELECT id FROM paper_file WHERE paper_id = ?", paper);
    long other = TestPapers.committee(organisation, "anderer", "Anderer", "JUGENDHILFE");
    String stranger = TestOrganisations.create();

    for (String visitor :
        List.of(
            TestPapers.scoped(organisation, "committee-member", other),
            TestPapers.scoped(organisation, "committee-secretariat", other),
            TestAccounts.create(stranger, "committee-member", "committee-secretariat"))) {
      PortalClient client = PortalClient.signedIn(base, visitor);
      Page answer = client.get("/committee/file/" + file);
      assertThat(answer.status()).as(visitor).isEqualTo(404);
      assertThat(answer.body()).as(visitor).doesNotContain("%PDF");
    }
    assertThat(
            PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"))
                .get("/committee/file/" + file)
                .status())
        .as("a planner of the organisation")
        .isEqualTo(403);
  }

  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        Arguments.of(
            "a web page named like a PDF",
            new FilePart("Bericht.pdf", "application/pdf", "<html><script>x()</script>".getBytes()),
            "ist weder PDF noch ODT, DOCX, PNG oder JPEG"),
        Arguments.of(
            "a PDF named like an image",
            new FilePart("Karte.png", "image/png", PDF),
            "passen nicht zusammen: Der Inhalt ist PDF"),
        Arguments.of(
            "an empty file",
            new FilePart("leer.pdf", "application/pdf", new byte[0]),
            "Die Datei „leer.pdf“ ist leer."),
        Arguments.of(
            "no file", new FilePart("", "application/octet-stream", new byte[0]), "Bitte wählen"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void badFilesAreRefusedWithAMessageAndNothingIsStored(
      String label, FilePart file, String reason) {
    long audited = auditEvents();

    Page answer = upload(secretariat.get(PREPARE + "?paper=" + paper), file);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("Fehlernummer");
    assertThat(Database.count("SELECT COUNT(*) FROM paper_file WHERE paper_id = ?", paper))
        .isZero();
    assertThat(auditEvents()).isEqualTo(audited);
  }

  /**
   * A file above the limit is turned away before Faces reads it; the secretariat lands on the same
   * paper's form again with a message.
   */
  @Test
  void aFileAboveTheLimitIsRefusedUnreadAndTheFormComesBack() {
    String path = PREPARE + "?paper=" + paper;
    Page form = secretariat.get(path);
    byte[] large = new byte[8 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    Map<String, String> after = new LinkedHashMap<>();
    after.put("uploadForm:upload", "");
    after.put("jakarta.faces.ViewState", form.viewState());
    form.nonce().ifPresent(n -> after.put("primefaces.nonce", n));

    Page answer =
        secretariat.multipart(
            PREPARE,
            Map.of("uploadForm", "uploadForm"),
            "uploadForm:file",
            new FilePart("gross.pdf", "application/pdf", large),
            after,
            Map.of("Origin", secretariat.origin(), "Referer", secretariat.origin() + path));

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(path + "&upload=too-large"));
    Page shown = secretariat.get(answer.location().orElseThrow());
    assertThat(PageText.messages(shown))
        .contains("Die Datei ist zu groß: Erlaubt sind höchstens 8 MB je Anlage.");
    assertThat(shown.body()).contains("id=\"uploadForm\"");
    assertThat(Database.count("SELECT COUNT(*) FROM paper_file WHERE paper_id = ?", paper))
        .isZero();
  }

  /** Once the paper is sent (here: meanwhile, by someone else), its attachments are fixed. */
  @Test
  void aSentPaperTakesNoMoreAttachments() {
    Page form = secretariat.get(PREPARE + "?paper=" + paper);
    Database.update("UPDATE paper SET state = 'IN_CIRCULATION' WHERE id = ?", paper);

    Page answer = upload(form, new FilePart("spaet.pdf", "application/pdf", PDF));

    assertThat(PageText.messages(answer))
        .contains("Diese Vorlage ist gerade nicht an diesem Schritt.");
    assertThat(Database.count("SELECT COUNT(*) FROM paper_file WHERE paper_id = ?", paper))
        .isZero();
  }

  /**
   * Chair and two members vote; the chair said no, one member yes, the other has not answered. The
   * secretariat and the chair see two of three answered, one yes and one no, and the missing
   * member's name, but not who voted how; a member is refused the page, a secretariat of another
   * committee does not see the circulation.
   */
  @Test
  void theSecretariatAndTheChairFollowACirculationMembersDoNot() {
    Database.update("UPDATE paper SET state = 'IN_CIRCULATION' WHERE id = ?", paper);
    String reference = Database.text("SELECT reference FROM paper WHERE id = ?", paper);
    String chair = TestPapers.scoped(organisation, "committee-chair", committee);
    String voted = TestPapers.scoped(organisation, "committee-member", committee);
    String silent = TestPapers.scoped(organisation, "committee-member", committee);
    TestPapers.seat(chair, committee, "CHAIR");
    TestPapers.seat(voted, committee, "MEMBER");
    TestPapers.seat(silent, committee, "MEMBER");
    vote(chair, "NO");
    vote(voted, "YES");

    for (PortalClient follower : List.of(secretariat, PortalClient.signedIn(base, chair))) {
      Page tally = follower.get("/committee/tally.xhtml");
      assertThat(tally.status()).isEqualTo(200);
      String text = PageText.visible(tally);
      assertThat(text)
          .contains(reference, "Abgestimmt 2 von 3", "Zustimmung 1", "Ablehnung 1", "Enthaltung 0");
      assertThat(text.replaceFirst(".*Noch nicht abgestimmt (.*?) Vorlage lesen.*", "$1"))
          .as("who has not answered, and no one else")
          .isEqualTo("Test " + silent);
      assertThat(text).doesNotContain("Test " + voted);
    }
    assertThat(PortalClient.signedIn(base, voted).get("/committee/tally.xhtml").status())
        .isEqualTo(403);
    long other = TestPapers.committee(organisation, "anderer", "Anderer", "JUGENDHILFE");
    Page foreign =
        PortalClient.signedIn(base, TestPapers.scoped(organisation, "committee-secretariat", other))
            .get("/committee/tally.xhtml");
    assertThat(PageText.visible(foreign))
        .contains("Zurzeit läuft in Ihren Gremien kein Umlaufverfahren.")
        .doesNotContain(reference);
  }

  private Page upload(Page form, FilePart file) {
    return secretariat.submitMultipart(
        form, PREPARE, "uploadForm", "uploadForm:upload", "uploadForm:file", file);
  }

  private void vote(String username, String choice) {
    Database.update(
        "INSERT INTO committee_vote (paper_id, round, account_id, choice, cast_at)"
            + " VALUES (?, 1, ?, ?, NOW())",
        paper,
        TestAccounts.idOf(username),
        choice);
  }

  private long audited(String action) {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ? AND action = ?"
            + " AND entity_id = ?",
        organisationId,
        action,
        String.valueOf(paper));
  }

  private long auditEvents() {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }
}

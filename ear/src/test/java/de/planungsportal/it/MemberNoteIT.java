package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.planungsportal.area.Committee;
import de.planungsportal.committee.DecisionRecordService;
import de.planungsportal.committee.MemberNoteService;
import de.planungsportal.committee.MemberNoteService.Note;
import de.planungsportal.committee.NotThereException;
import de.planungsportal.committee.PaperReading;
import de.planungsportal.committee.PaperReading.PaperPage;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.PersonalDataExport;
import de.planungsportal.planning.PlanViews.MeasureRow;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's private notes in the server: the member reads the paper with the plan and its evidence
 * and keeps notes on it; nobody else reaches them, whatever their role (secretariat, chair, admin,
 * another member, another organisation), the decision record and the admin's export leave them out,
 * the member's own export has them, and they go with the account.
 */
@ExtendWith(ArquillianExtension.class)
class MemberNoteIT {

  private static final String SECRET = "Nachfragen: Kosten der Lesepaten wirken zu niedrig";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(MemberNoteIT.class, CommitteeFixture.class);
  }

  @Inject MemberNoteService notes;
  @Inject PaperReading reading;
  @Inject DecisionRecordService records;
  @Inject PersonalDataExport export;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Account memberAccount;
  private Actor member;
  private Actor otherMember;
  private Actor chair;
  private Actor secretariat;
  private Actor admin;
  private Actor youthMember;
  private Actor foreignMember;
  private Account secretariatAccount;
  private CommitteeFixture.Plan plan;
  private CommitteeFixture.Plan foreignPlan;
  private long paperId;
  private long decisionId;

  @BeforeEach
  void paper() throws Exception {
    tx.begin();
    Organisation district = CommitteeFixture.organisation(em, "Landkreis Notizhausen");
    Organisation town = CommitteeFixture.organisation(em, "Stadt Anderswo");
    Committee schools =
        CommitteeFixture.committee(em, district, "schultraeger", "Schulträgerausschuss");
    Committee youth = CommitteeFixture.committee(em, district, "jugendhilfe", "Jugendhilfe");
    Committee townSchools = CommitteeFixture.committee(em, town, "schultraeger", "Schulausschuss");
    memberAccount = CommitteeFixture.account(em, district, "Mira Mitglied");
    member = CommitteeFixture.actor(memberAccount, Role.COMMITTEE_MEMBER, schools);
    otherMember =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Max Mitglied"), Role.COMMITTEE_MEMBER, schools);
    chair =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Volker Vorsitz"),
            Role.COMMITTEE_CHAIR,
            schools);
    secretariatAccount = CommitteeFixture.account(em, district, "Greta Gremienbüro");
    secretariat = CommitteeFixture.actor(secretariatAccount, Role.COMMITTEE_SECRETARIAT, schools);
    admin =
        CommitteeFixture.actor(CommitteeFixture.account(em, district, "Admin"), Role.ADMIN, null);
    youthMember =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Jule Jugend"), Role.COMMITTEE_MEMBER, youth);
    foreignMember =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, town, "Frieda Fremd"), Role.COMMITTEE_MEMBER, townSchools);
    plan = CommitteeFixture.plan(em, district, "Mentoring an Grundschulen");
    foreignPlan = CommitteeFixture.plan(em, district, "Anderer Plan");
    paperId = CommitteeFixture.paper(em, district, schools, plan.versionId());
    decisionId = CommitteeFixture.decision(em, paperId, null);
    tx.commit();
  }

  @Test
  void theMemberReadsThePlanWithItsEvidence() {
    PaperPage page = reading.read(member, paperId);

    assertThat(page.title()).isEqualTo("Arbeitsplan 2099");
    assertThat(page.goals()).hasSize(1);
    MeasureRow measure = page.goals().get(0).measures().get(0);
    assertThat(measure.title()).isEqualTo("Mentoring an Grundschulen");
    assertThat(measure.indicator()).isEqualTo("Quote der Abgänge ohne Abschluss");
    assertThat(measure.indicatorBaseline()).isEqualByComparingTo("8");
    assertThat(measure.indicatorTarget()).isEqualByComparingTo("5");
    assertThat(page.decisionId()).isEqualTo(decisionId);
    assertThat(reading.read(chair, paperId).measures()).isEqualTo(2);
    assertThat(reading.read(secretariat, paperId).measures()).isEqualTo(2);
  }

  @Test
  void theMemberWritesEditsAndDeletesNotesOnThePaperAndOnMeasures() {
    notes.save(member, paperId, null, "Zur Vorlage insgesamt");
    notes.save(member, paperId, plan.otherMeasureId(), SECRET);
    notes.save(member, paperId, null, "Zur Vorlage, überarbeitet");

    List<Note> mine = notes.notes(member, paperId);
    assertThat(mine)
        .extracting(Note::measureId, Note::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, "Zur Vorlage, überarbeitet"),
            org.assertj.core.groups.Tuple.tuple(plan.otherMeasureId(), SECRET));

    notes.delete(member, mine.get(0).id());
    assertThat(notes.notes(member, paperId)).extracting(Note::text).containsExactly(SECRET);
    assertThatThrownBy(() -> notes.save(member, paperId, plan.measureId(), "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.note.textRequired");
    assertThatThrownBy(() -> notes.save(member, paperId, foreignPlan.measureId(), "fremd"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.note.measureNotInPaper");
  }

  @Test
  void nobodyButTheMemberReachesTheNotes() {
    Note note = notes.save(member, paperId, plan.measureId(), SECRET);

    for (Actor other : List.of(secretariat, chair, otherMember)) {
      assertThat(notes.notes(other, paperId)).as(other.displayName()).isEmpty();
      assertThatThrownBy(() -> notes.delete(other, note.id()))
          .as(other.displayName())
          .isInstanceOf(NotThereException.class);
    }
    assertThatThrownBy(() -> notes.notes(admin, paperId)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> notes.delete(admin, note.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> notes.notes(youthMember, paperId))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> notes.notes(foreignMember, paperId))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> reading.read(foreignMember, paperId))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> notes.save(youthMember, paperId, null, "eingeschleust"))
        .isInstanceOf(NotThereException.class);

    // a secretariat writing its own note on the same measure gets its own note, not the member's
    notes.save(secretariat, paperId, plan.measureId(), "Büro-Notiz");
    assertThat(notes.notes(member, paperId)).extracting(Note::text).containsExactly(SECRET);
    assertThat(notes.notes(secretariat, paperId))
        .extracting(Note::text)
        .containsExactly("Büro-Notiz");
  }

  @Test
  void theDecisionRecordAndTheAdminsExportLeaveTheNotesOutTheMembersOwnExportHasThem()
      throws IOException {
    notes.save(member, paperId, plan.measureId(), SECRET);

    String pdf = text(records.pdf(secretariat, decisionId, Locale.GERMAN).content());
    assertThat(pdf).contains("Arbeitsplan 2099").doesNotContain("Lesepaten wirken");
    assertThat(text(records.pdf(member, decisionId, Locale.GERMAN).content()))
        .doesNotContain("Lesepaten wirken");
    assertThatThrownBy(() -> records.pdf(youthMember, decisionId, Locale.GERMAN))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> records.pdf(admin, decisionId, Locale.GERMAN))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(export.of(memberAccount.getId()).toString()).doesNotContain(SECRET);
    assertThat(export.own(secretariatAccount.getId()).toString()).doesNotContain(SECRET);
    assertThat(export.own(memberAccount.getId()).getJsonArray("committeeNotes").toString())
        .contains(SECRET, "Mentoring an Grundschulen");
  }

  @Test
  void erasingTheAccountErasesItsNotes() throws Exception {
    notes.save(member, paperId, null, "Zur Vorlage");
    notes.save(member, paperId, plan.measureId(), SECRET);
    notes.save(otherMember, paperId, null, "bleibt");

    tx.begin();
    em.remove(em.find(Account.class, memberAccount.getId()));
    tx.commit();

    assertThat(
            ((Number)
                    em.createNativeQuery("SELECT COUNT(*) FROM member_note WHERE account_id = ?")
                        .setParameter(1, memberAccount.getId())
                        .getSingleResult())
                .longValue())
        .isZero();
    assertThat(notes.notes(otherMember, paperId)).extracting(Note::text).containsExactly("bleibt");
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }
}

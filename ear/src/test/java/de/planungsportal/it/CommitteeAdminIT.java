package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.area.Committee;
import de.planungsportal.committee.AgendaItem;
import de.planungsportal.committee.AgendaItemInput;
import de.planungsportal.committee.CommitteeAdminService;
import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.MeetingInput;
import de.planungsportal.committee.MeetingService;
import de.planungsportal.committee.Membership;
import de.planungsportal.committee.MembershipInput;
import de.planungsportal.committee.NotThereException;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Committees, seats and meetings in the server: a seat brings the committee's scoped role while it
 * is held and takes it away with the last held seat, the daily sweep catches up seats that start or
 * end on a later day, bad periods are refused, committees end but stay, and only the committee's
 * own secretariat (or the organisation's admin) manages it.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeAdminIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(CommitteeAdminIT.class, CommitteeFixture.class);
  }

  @Inject CommitteeAdminService committees;
  @Inject MeetingService meetings;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;
  private Committee schools;
  private Committee youth;
  private Account person;
  private Actor admin;
  private Actor secretariat;
  private Actor youthSecretariat;
  private Actor member;
  private Actor foreignAdmin;

  @BeforeEach
  void committees() throws Exception {
    tx.begin();
    district = CommitteeFixture.organisation(em, "Landkreis Gremienhausen");
    Organisation town = CommitteeFixture.organisation(em, "Stadt Nebenan");
    schools = CommitteeFixture.committee(em, district, "schultraeger", "Schulträgerausschuss");
    youth = CommitteeFixture.committee(em, district, "jugendhilfe", "Jugendhilfeausschuss");
    person = CommitteeFixture.account(em, district, "Paula Person");
    admin =
        CommitteeFixture.actor(CommitteeFixture.account(em, district, "Admin"), Role.ADMIN, null);
    secretariat =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Büro"), Role.COMMITTEE_SECRETARIAT, schools);
    youthSecretariat =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Jugendbüro"),
            Role.COMMITTEE_SECRETARIAT,
            youth);
    member =
        CommitteeFixture.actor(
            CommitteeFixture.account(em, district, "Mitglied"), Role.COMMITTEE_MEMBER, schools);
    foreignAdmin =
        CommitteeFixture.actor(CommitteeFixture.account(em, town, "Fremd"), Role.ADMIN, null);
    tx.commit();
  }

  @Test
  void aSeatGrantsTheCommitteeRoleScopedToItsCommittee() {
    committees.addMembership(
        secretariat, schools.getId(), seat(person, Membership.Role.CHAIR, daysAgo(30), null));

    assertThat(grants(person)).containsExactly("committee-chair#" + schools.getId());
    assertThat(committees.memberships(secretariat, schools.getId()))
        .extracting(m -> m.getAccount().getId(), Membership::getRole)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(person.getId(), Membership.Role.CHAIR));
    assertThat(auditActions(secretariat.username())).contains("MEMBERSHIP_ADDED", "GRANTED");
  }

  @Test
  void aSeatStartingLaterGrantsNothingYet() {
    committees.addMembership(
        secretariat,
        schools.getId(),
        seat(person, Membership.Role.MEMBER, LocalDate.now().plusDays(1), null));

    assertThat(grants(person)).as("not before the seat's first day").isEmpty();
    assertThat(auditActions(secretariat.username()))
        .contains("MEMBERSHIP_ADDED")
        .doesNotContain("GRANTED");
  }

  @Test
  void endingTheLastHeldSeatRevokesTheRoleButNotWhileAnotherSeatNeedsIt() {
    Membership first =
        committees.addMembership(
            secretariat,
            schools.getId(),
            seat(person, Membership.Role.MEMBER, daysAgo(100), LocalDate.now().plusDays(30)));
    Membership later =
        committees.addMembership(
            secretariat,
            schools.getId(),
            seat(person, Membership.Role.ADVISORY, LocalDate.now().plusDays(60), null));
    assertThat(grants(person)).containsExactly("committee-member#" + schools.getId());

    assertThatThrownBy(
            () ->
                committees.addMembership(
                    secretariat,
                    schools.getId(),
                    seat(person, Membership.Role.MEMBER, daysAgo(10), daysAgo(5))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.overlap");

    committees.endMembership(secretariat, first.getId(), daysAgo(1));
    assertThat(grants(person))
        .as("the advisory seat starts in two months: no role until then")
        .isEmpty();

    committees.addMembership(
        secretariat,
        schools.getId(),
        seat(person, Membership.Role.MEMBER, LocalDate.now(), LocalDate.now().plusDays(30)));
    assertThat(grants(person)).containsExactly("committee-member#" + schools.getId());
    committees.endMembership(secretariat, first.getId(), daysAgo(2));
    assertThat(grants(person))
        .as("the seat held today still needs the role")
        .containsExactly("committee-member#" + schools.getId());

    committees.endMembership(secretariat, later.getId(), LocalDate.now().plusDays(60));
    assertThat(grants(person)).as("held until its end in a month").hasSize(1);

    Account other = newAccount("Otto Ohne");
    Membership only =
        committees.addMembership(
            secretariat, schools.getId(), seat(other, Membership.Role.MEMBER, daysAgo(20), null));
    committees.endMembership(secretariat, only.getId(), daysAgo(1));
    assertThat(grants(other)).isEmpty();
  }

  @Test
  void theDailySweepGrantsSeatsThatStartedAndRevokesSeatsThatEnded() {
    LocalDate first = LocalDate.now().plusDays(10);
    LocalDate last = first.plusDays(30);
    committees.addMembership(
        secretariat, schools.getId(), seat(person, Membership.Role.MEMBER, first, last));
    Membership chair =
        committees.addMembership(
            admin, youth.getId(), seat(person, Membership.Role.CHAIR, daysAgo(30), null));
    committees.endMembership(admin, chair.getId(), first);
    assertThat(grants(person))
        .as("given today: the seat held today counts, the later one not yet")
        .containsExactly("committee-chair#" + youth.getId());

    try {
      committees.applySeats(first.minusDays(1));
      assertThat(grants(person)).containsExactly("committee-chair#" + youth.getId());

      committees.applySeats(first);
      assertThat(grants(person))
          .as("first day of the member seat, last day of the chair seat")
          .containsExactlyInAnyOrder(
              "committee-chair#" + youth.getId(), "committee-member#" + schools.getId());

      committees.applySeats(first.plusDays(1));
      committees.applySeats(first.plusDays(1));
      assertThat(grants(person)).containsExactly("committee-member#" + schools.getId());

      committees.applySeats(last);
      assertThat(grants(person)).hasSize(1);
      committees.applySeats(last.plusDays(1));
      assertThat(grants(person)).isEmpty();

      assertThat(sweepAudit(person))
          .as("each change once, by the sweep, in the person's organisation")
          .containsExactly(
              "GRANTED committee-member", "REVOKED committee-chair", "REVOKED committee-member");
    } finally {
      // the sweep covers every organisation: leave the others' grants as of today
      committees.applySeats(LocalDate.now());
    }
  }

  @Test
  void refusesPeriodsThatEndBeforeTheyStartAndAccountsOfOtherOrganisations() {
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    secretariat,
                    schools.getId(),
                    seat(person, Membership.Role.MEMBER, daysAgo(1), daysAgo(2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.toBeforeFrom");
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    secretariat,
                    schools.getId(),
                    new MembershipInput(
                        foreignAdmin.accountId(), Membership.Role.MEMBER, daysAgo(1), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.accountRequired");
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    secretariat, schools.getId(), seat(person, null, daysAgo(1), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.roleRequired");

    assertThat(committees.memberships(secretariat, schools.getId())).isEmpty();
    assertThat(grants(person)).isEmpty();
  }

  @Test
  void onlyTheCommitteesOwnSecretariatAndTheOrganisationsAdminsManageIt() {
    assertThat(committees.committees(secretariat))
        .extracting(Committee::getId)
        .containsExactly(schools.getId());
    assertThat(committees.committees(admin))
        .extracting(Committee::getId)
        .containsExactlyInAnyOrder(schools.getId(), youth.getId());
    assertThat(committees.committees(foreignAdmin))
        .extracting(Committee::getId)
        .doesNotContain(schools.getId(), youth.getId());

    assertThatThrownBy(() -> committees.memberships(youthSecretariat, schools.getId()))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> committees.memberships(foreignAdmin, schools.getId()))
        .isInstanceOf(NotThereException.class);
    assertThatThrownBy(() -> committees.memberships(member, schools.getId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    youthSecretariat,
                    schools.getId(),
                    seat(person, Membership.Role.MEMBER, daysAgo(1), null)))
        .isInstanceOf(NotThereException.class);
    assertThat(grants(person)).isEmpty();
  }

  @Test
  void aSecretariatDoesNotSeatItselfAnAdminMay() {
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    secretariat,
                    schools.getId(),
                    new MembershipInput(
                        secretariat.accountId(), Membership.Role.CHAIR, daysAgo(1), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.notSelf");
    assertThat(committees.memberships(secretariat, schools.getId())).isEmpty();

    committees.addMembership(
        admin,
        schools.getId(),
        new MembershipInput(
            secretariat.accountId(), Membership.Role.SECRETARIAT, daysAgo(1), null));
    Membership own = committees.memberships(admin, schools.getId()).get(0);
    assertThatThrownBy(() -> committees.endMembership(secretariat, own.getId(), LocalDate.now()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.notSelf");
  }

  @Test
  void anEndedCommitteeStaysWithItsHistoryAndItsOpenSeatsEndWithIt() {
    Membership seat =
        committees.addMembership(
            admin, youth.getId(), seat(person, Membership.Role.MEMBER, daysAgo(300), null));

    assertThatThrownBy(() -> committees.endCommittee(youthSecretariat, youth.getId(), daysAgo(1)))
        .isInstanceOf(AccessDeniedException.class);
    committees.endCommittee(admin, youth.getId(), daysAgo(1));

    Committee ended = em.find(Committee.class, youth.getId());
    assertThat(ended.getEndedOn()).isEqualTo(daysAgo(1));
    assertThat(committees.committees(admin)).extracting(Committee::getId).contains(youth.getId());
    Membership after = em.find(Membership.class, seat.getId());
    assertThat(after.getValidTo()).isEqualTo(daysAgo(1));
    assertThat(grants(person)).isEmpty();
    assertThatThrownBy(() -> committees.endCommittee(admin, youth.getId(), daysAgo(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.end.already");
    assertThatThrownBy(
            () ->
                committees.addMembership(
                    admin,
                    youth.getId(),
                    seat(person, Membership.Role.MEMBER, LocalDate.now(), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.membership.committeeEnded");
  }

  @Test
  void meetingsMoveForwardAndTheirAgendaNamesOnlyTheCommitteesOwnPapers() throws Exception {
    tx.begin();
    long ownPaper =
        CommitteeFixture.paper(em, district, em.find(Committee.class, schools.getId()), null);
    long youthPaper =
        CommitteeFixture.paper(em, district, em.find(Committee.class, youth.getId()), null);
    tx.commit();
    LocalDateTime at = LocalDateTime.now().plusDays(14).withNano(0).withSecond(0);
    Meeting meeting =
        meetings.saveMeeting(
            secretariat,
            schools.getId(),
            new MeetingInput(null, "3. Sitzung", at, "Kreishaus, Raum 2", null));

    assertThatThrownBy(
            () ->
                meetings.saveMeeting(
                    secretariat, schools.getId(), new MeetingInput(null, " ", at, null, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.meeting.nameRequired");
    assertThatThrownBy(
            () ->
                meetings.saveMeeting(
                    youthSecretariat, schools.getId(), new MeetingInput(null, "x", at, null, null)))
        .isInstanceOf(NotThereException.class);

    meetings.addItem(
        secretariat, meeting.getId(), new AgendaItemInput("1", "Eröffnung", true, null));
    meetings.addItem(
        secretariat, meeting.getId(), new AgendaItemInput("2", "Arbeitsplan", true, ownPaper));
    assertThatThrownBy(
            () ->
                meetings.addItem(
                    secretariat,
                    meeting.getId(),
                    new AgendaItemInput("3", "Fremde Vorlage", false, youthPaper)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.agenda.paperOfOtherCommittee");
    assertThatThrownBy(
            () ->
                meetings.addItem(
                    secretariat, meeting.getId(), new AgendaItemInput("1", "Doppelt", true, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.agenda.numberTaken");
    assertThat(meetings.papers(secretariat, meeting.getId()))
        .extracting(p -> p.getId())
        .containsExactly(ownPaper);

    AgendaItem second = meetings.agenda(secretariat, meeting.getId()).get(1);
    meetings.move(secretariat, second.getId(), true);
    assertThat(meetings.agenda(secretariat, meeting.getId()))
        .extracting(AgendaItem::getNumber)
        .containsExactly("2", "1");

    meetings.saveMeeting(
        secretariat,
        schools.getId(),
        new MeetingInput(meeting.getId(), "3. Sitzung", at, "Kreishaus", Meeting.State.HELD));
    assertThatThrownBy(
            () ->
                meetings.saveMeeting(
                    secretariat,
                    schools.getId(),
                    new MeetingInput(
                        meeting.getId(), "3. Sitzung", at, null, Meeting.State.PLANNED)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.meeting.stateOrder");
    assertThatThrownBy(
            () ->
                meetings.addItem(
                    secretariat, meeting.getId(), new AgendaItemInput("9", "Nachtrag", true, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("committee.agenda.meetingNotPlanned");
    assertThat(meetings.meetings(secretariat, schools.getId()))
        .extracting(Meeting::getName, Meeting::getState, Meeting::getPlace)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3. Sitzung", Meeting.State.HELD, "Kreishaus"));
    assertThatThrownBy(() -> meetings.meetings(member, schools.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private Account newAccount(String name) {
    try {
      tx.begin();
      Account account =
          CommitteeFixture.account(em, em.find(Organisation.class, district.getId()), name);
      tx.commit();
      return account;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static MembershipInput seat(
      Account account, Membership.Role role, LocalDate from, LocalDate to) {
    return new MembershipInput(account.getId(), role, from, to);
  }

  private static LocalDate daysAgo(int days) {
    return LocalDate.now().minusDays(days);
  }

  /** The account's grants as role#committee, read from the table. */
  @SuppressWarnings("unchecked")
  private List<String> grants(Account account) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT role, committee_id FROM role_grant WHERE account_id = ? ORDER BY id")
                .setParameter(1, account.getId())
                .getResultList())
        .stream().map(r -> r[0] + "#" + r[1]).toList();
  }

  /** The sweep's audit events on the account: action and role. */
  @SuppressWarnings("unchecked")
  private List<String> sweepAudit(Account account) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT action, summary FROM audit_event WHERE actor = 'system'"
                        + " AND entity_type = 'Account' AND entity_id = ? AND organisation_id = ?"
                        + " ORDER BY id")
                .setParameter(1, account.getId().toString())
                .setParameter(2, district.getId())
                .getResultList())
        .stream().map(r -> r[0] + " " + r[1].toString().split(" ")[1]).toList();
  }

  @SuppressWarnings("unchecked")
  private List<String> auditActions(String actor) {
    return em.createNativeQuery("SELECT action FROM audit_event WHERE actor = ? ORDER BY id")
        .setParameter(1, actor)
        .getResultList();
  }
}

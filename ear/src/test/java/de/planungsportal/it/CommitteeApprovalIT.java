package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.area.Committee;
import de.planungsportal.area.Department;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.committee.CommitteeDecision;
import de.planungsportal.committee.CommitteeVote;
import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.MeetingVote;
import de.planungsportal.committee.OpenVote;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperDraft;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.RunningCirculation;
import de.planungsportal.committee.SignatureService;
import de.planungsportal.committee.Tally;
import de.planungsportal.committee.VotingService;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.RateLimiter;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.SignInService;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanDecision;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committee approval through its services, on the embedded engine and MariaDB: a planning cycle
 * reaches approval, the Schulträgerausschuss's paper is prepared, voted on and signed, and the
 * cycle goes on to publication (or back to consolidation with an amendment). Each step checks its
 * actor (organisation, committee, role) and writes the audit log, whose chain stays intact.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeApprovalIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(
        CommitteeApprovalIT.class, CommitteeSteps.class, PlanningSteps.class);
  }

  @Inject DecisionService decisions;
  @Inject PaperService papers;
  @Inject VotingService voting;
  @Inject SignatureService signatures;
  @Inject CommitteeSteps committees;
  @Inject PlanningSteps planning;
  @Inject AuditLog auditLog;
  @Inject TaskService taskService;
  @Inject ProcessEngine engine;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;
  @Inject SignInService signIn;
  @Inject RateLimiter limiter;

  private Organisation district;
  private Organisation other;
  private Department schools;
  private PlanningCycle cycle;
  private WorkPlanVersion version;
  private Paper paper;

  @BeforeEach
  void cycleWaitingForTheSchoolCommittee() throws Exception {
    tx.begin();
    district = new Organisation(code(), "Landkreis Gremienhausen", Organisation.Kind.DISTRICT);
    other = new Organisation(code(), "Landkreis Anderswo", Organisation.Kind.DISTRICT);
    em.persist(district);
    em.persist(other);
    schools = new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
    em.persist(schools);
    tx.commit();
    committees.seat(district.getId());
    committees.seat(other.getId());

    PlanningSteps.Submitted submitted = planning.submittedDraft(district, schools, YEAR);
    cycle = submitted.cycle();
    version = submitted.version();
    decisions.approve(actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null), version.getId());
    List<Paper> drafts = committees.drafts(cycle.getId());
    assertThat(drafts).hasSize(1);
    paper = drafts.get(0);
  }

  @Test
  void circulationVotedAndSignedPublishesThePlanWithAnAuditTrail() {
    assertThat(paper.getCommittee().getKind()).isEqualTo("SCHULTRAEGER");
    assertThat(paper.getReference()).isEqualTo("BV-" + YEAR + "-1");
    assertThat(paper.getTitle()).isEqualTo("Jahresarbeitsplan " + YEAR + " (Version 1)");
    assertThat(paper.getState()).isEqualTo(Paper.State.DRAFT);
    Actor secretariat = committees.secretariat(paper.getId());
    Actor chair = committees.chair(paper.getId());
    List<Actor> voters = committees.voters(paper.getId());
    assertThat(voters).hasSize(3);

    committees.circulate(paper.getId());

    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.IN_CIRCULATION);
    Actor member = voters.get(1);
    List<OpenVote> open = voting.openVotes(member);
    assertThat(open)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.paperId()).isEqualTo(paper.getId());
              assertThat(v.reference()).isEqualTo(paper.getReference());
              assertThat(v.due().toLocalDate()).isEqualTo(LocalDate.now().plusWeeks(2));
            });
    assertThat(voting.tally(secretariat, paper.getId())).isEqualTo(new Tally(1, 3, 0, 0, 0, 3));

    voting.castVote(voters.get(0), paper.getId(), CommitteeVote.Choice.YES, null);
    voting.castVote(member, paper.getId(), CommitteeVote.Choice.NO, "Zu teuer");
    assertThat(voting.openVotes(member)).isEmpty();
    assertThat(
            message(() -> voting.castVote(member, paper.getId(), CommitteeVote.Choice.YES, null)))
        .isEqualTo("committee.noOpenVote");
    assertThat(voting.tally(chair, paper.getId())).isEqualTo(new Tally(1, 3, 1, 1, 0, 1));
    // the running tally reads the voters and the due date from the live process
    String stillToVote = em.find(Account.class, voters.get(2).accountId()).getDisplayName();
    assertThat(voting.runningCirculations(secretariat))
        .filteredOn(c -> c.paperId() == paper.getId())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.answered()).isEqualTo(2);
              assertThat(c.waitingFor()).containsExactly(stillToVote);
              assertThat(c.due().toLocalDate()).isEqualTo(LocalDate.now().plusWeeks(2));
            });
    assertThat(voting.runningCirculations(chair))
        .extracting(RunningCirculation::paperId)
        .contains(paper.getId());
    Actor plainMember =
        voters.stream()
            .filter(v -> v.grants().stream().allMatch(g -> g.role() == Role.COMMITTEE_MEMBER))
            .findFirst()
            .orElseThrow();
    assertThat(voting.runningCirculations(plainMember)).isEmpty();
    voting.castVote(voters.get(2), paper.getId(), CommitteeVote.Choice.YES, "");
    assertThat(voting.runningCirculations(secretariat))
        .extracting(RunningCirculation::paperId)
        .doesNotContain(paper.getId());

    CommitteeDecision pending = signatures.pending(chair, paper.getId());
    assertThat(pending.getOutcome()).isEqualTo(CommitteeDecision.Outcome.APPROVED);
    assertThat(pending.getYesVotes()).isEqualTo(2);
    assertThat(pending.getNoVotes()).isEqualTo(1);
    assertThat(pending.isQuorumReached()).isTrue();
    assertThat(pending.isSigned()).isFalse();
    assertThat(voting.myVotes(member))
        .singleElement()
        .satisfies(v -> assertThat(v.getComment()).isEqualTo("Zu teuer"));
    assertThat(cycleStatus()).isEqualTo(PlanningCycle.Status.RUNNING);

    assertThat(message(() -> signatures.sign(chair, paper.getId(), "falsch")))
        .isEqualTo("committee.sign.passwordWrong");
    assertThat(signatures.pending(chair, paper.getId()).isSigned()).isFalse();

    signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD);
    runDueJobs();

    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.SIGNED);
    CommitteeDecision signed =
        em.createQuery(
                "select d from CommitteeDecision d where d.paper.id = :p", CommitteeDecision.class)
            .setParameter("p", paper.getId())
            .getSingleResult();
    assertThat(signed.getSignedBy()).isEqualTo(chair.username());
    assertThat(cycleStatus()).isEqualTo(PlanningCycle.Status.PUBLISHED);
    assertThat(workPlanDecisions()).contains("COMMITTEE SCHULTRAEGER APPROVED " + chair.username());
    assertThat(auditLog.page(district.getId(), 0, 100))
        .extracting(e -> e.getAction() + " " + e.getActor())
        .contains(
            "PAPER_CREATED landrat",
            "PAPER_PREPARED " + secretariat.username(),
            "VOTE_CAST " + member.username(),
            "COMMITTEE_OUTCOME " + voters.get(2).username(),
            "DECISION_SIGNED " + chair.username(),
            "WORK_PLAN_COMMITTEE_APPROVED " + chair.username(),
            "WORK_PLAN_PUBLISHED system");
    assertThat(
            auditLog.page(district.getId(), 0, 100).stream()
                .filter(e -> e.getAction().equals("VOTE_CAST"))
                .count())
        .isEqualTo(3);
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void wrongPasswordsAtSigningCountLikeWrongSignIns() {
    committees.circulate(paper.getId());
    for (Actor voter : committees.voters(paper.getId())) {
      voting.castVote(voter, paper.getId(), CommitteeVote.Choice.YES, null);
    }
    Actor chair = committees.chair(paper.getId());
    String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    String elsewhere = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

    for (int i = 0; i < 5; i++) {
      String wrong = "falsch-" + i;
      assertThat(message(() -> signatures.sign(chair, paper.getId(), wrong, address)))
          .isEqualTo("committee.sign.passwordWrong");
    }
    assertThat(
            message(() -> signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD, address)))
        .as("the fifth wrong password locked the account, as five wrong sign-ins do")
        .isEqualTo("committee.sign.locked");
    assertThat(
            message(
                () -> signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD, elsewhere)))
        .as("the lock is the account's, from any address")
        .isEqualTo("committee.sign.locked");
    assertThat(signIn.refusal(chair.username(), elsewhere))
        .as("and the sign-in page refuses it too")
        .contains(SignInService.Refusal.ACCOUNT_LOCKED);
    assertThat(signatures.pending(chair, paper.getId()).isSigned()).isFalse();
    assertThat(signInFailures(address)).as("counted per address like sign-ins").isEqualTo(5);

    // the lock has run out; the address is at the sign-in's limit for it
    unlock(chair);
    while (signInFailures(address) < 30) {
      limiter.hit("sign-in-failures:" + address, Duration.ofMinutes(10));
    }
    assertThat(
            message(() -> signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD, address)))
        .isEqualTo("committee.sign.tooManyAttempts");
    assertThat(signatures.pending(chair, paper.getId()).isSigned()).isFalse();

    assertThat(message(() -> signatures.sign(chair, paper.getId(), "falsch", elsewhere)))
        .isEqualTo("committee.sign.passwordWrong");
    assertThat(failedLogins(chair)).isEqualTo(1);
    signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD, elsewhere);
    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.SIGNED);
    assertThat(failedLogins(chair))
        .as("a right password resets the count, as a sign-in does")
        .isZero();
    assertThat(auditLog.page(district.getId(), 0, 100))
        .filteredOn(e -> e.getAction().equals("DECISION_SIGNED"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getSummary()).endsWith("(Bestätigung: Passwort erneut eingegeben)"));
  }

  private int failedLogins(Actor account) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.createQuery("select a.failedLogins from Account a where a.id = :id", Integer.class)
        .setParameter("id", account.accountId())
        .getSingleResult();
  }

  private int signInFailures(String address) {
    return limiter
        .hits(List.of("sign-in-failures:" + address), Duration.ofMinutes(10))
        .getOrDefault("sign-in-failures:" + address, 0);
  }

  private void unlock(Actor account) {
    try {
      tx.begin();
      em.createQuery("update Account a set a.lockedUntil = null where a.id = :id")
          .setParameter("id", account.accountId())
          .executeUpdate();
      tx.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    em.getEntityManagerFactory().getCache().evictAll();
  }

  @Test
  void meetingApprovalWithAnAmendmentSendsThePlanBackToConsolidation() throws Exception {
    Actor secretariat = committees.secretariat(paper.getId());
    Actor chair = committees.chair(paper.getId());
    tx.begin();
    Meeting meeting =
        new Meeting(
            em.find(Committee.class, paper.getCommittee().getId()),
            "3. Sitzung",
            LocalDateTime.now().plusDays(10),
            "Kreishaus, Saal 2",
            Meeting.State.PLANNED);
    em.persist(meeting);
    em.persist(
        new Meeting(
            em.find(Committee.class, paper.getCommittee().getId()),
            "2. Sitzung",
            LocalDateTime.now().minusDays(10),
            "Kreishaus",
            Meeting.State.HELD));
    tx.commit();
    assertThat(papers.plannedMeetings(secretariat, paper.getId()))
        .extracting(Meeting::getName)
        .containsExactly("3. Sitzung");

    papers.prepare(
        secretariat,
        paper.getId(),
        new PaperDraft(
            "BV-" + YEAR + "-7",
            "Jahresarbeitsplan " + YEAR,
            "Der Ausschuss stimmt zu.",
            false,
            Paper.Procedure.MEETING,
            meeting.getId(),
            null));
    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.ON_AGENDA);
    assertThat(reloadPaper().getReference()).isEqualTo("BV-" + YEAR + "-7");
    assertThat(
            em.createQuery(
                    "select count(a) from AgendaItem a where a.paper.id = :p and a.meeting.id = :m",
                    Long.class)
                .setParameter("p", paper.getId())
                .setParameter("m", meeting.getId())
                .getSingleResult())
        .isEqualTo(1);
    assertThat(
            message(
                () ->
                    voting.recordMeetingVote(
                        secretariat,
                        paper.getId(),
                        new MeetingVote(3, 1, 0, 3, false, null, null))))
        .isEqualTo("committee.meetingVote.moreVotesThanPresent");

    voting.recordMeetingVote(
        secretariat,
        paper.getId(),
        new MeetingVote(2, 1, 0, 3, false, "Schulbus Süd ergänzen", "Mehrheit für Änderung"));
    signatures.sign(chair, paper.getId(), CommitteeSteps.PASSWORD);

    assertThat(reloadVersion().getStatus()).isEqualTo(WorkPlanVersion.Status.RETURNED);
    assertThat(workPlanDecisions()).contains("COMMITTEE SCHULTRAEGER AMENDED " + chair.username());
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(cycle.getProcessInstanceId())
                .taskDefinitionKey("Task_Consolidate")
                .count())
        .isEqualTo(1);
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(cycle.getProcessInstanceId(), "returnReasons")
                .toString())
        .startsWith("Schulbus Süd ergänzen");
  }

  @Test
  void deferredMeetingStartsTheNextRoundAtPreparation() throws Exception {
    Actor secretariat = committees.secretariat(paper.getId());
    tx.begin();
    Meeting meeting =
        new Meeting(
            em.find(Committee.class, paper.getCommittee().getId()),
            "4. Sitzung",
            LocalDateTime.now().plusDays(3),
            null,
            Meeting.State.PLANNED);
    em.persist(meeting);
    tx.commit();
    Paper current = reloadPaper();
    PaperDraft draft =
        new PaperDraft(
            current.getReference(),
            current.getTitle(),
            current.getResolution(),
            true,
            Paper.Procedure.MEETING,
            meeting.getId(),
            null);
    papers.prepare(secretariat, paper.getId(), draft);

    voting.recordMeetingVote(
        secretariat, paper.getId(), new MeetingVote(0, 0, 0, 3, true, null, "Beratungsbedarf"));

    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.DRAFT);
    assertThat(voting.tally(secretariat, paper.getId()).round()).isEqualTo(2);
    committees.approve(paper.getId(), CommitteeSteps.PASSWORD);
    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.SIGNED);
    assertThat(
            em
                .createQuery(
                    "select d from CommitteeDecision d where d.paper.id = :p order by d.round",
                    CommitteeDecision.class)
                .setParameter("p", paper.getId())
                .getResultList()
                .stream()
                .map(d -> d.getRound() + " " + d.getOutcome() + " " + d.isQuorumReached()))
        .containsExactly("1 DEFERRED true", "2 APPROVED true");
  }

  @Test
  void circulationWithoutAnswersMissesTheQuorumAtItsDeadline() {
    Actor secretariat = committees.secretariat(paper.getId());
    committees.circulate(paper.getId());
    voting.castVote(
        committees.voters(paper.getId()).get(0), paper.getId(), CommitteeVote.Choice.YES, null);
    ManagementService management = engine.getManagementService();
    Job deadline =
        management
            .createJobQuery()
            .processInstanceId(reloadPaper().getProcessInstanceId())
            .activityId("Timer_CirculationDue")
            .singleResult();

    management.executeJob(deadline.getId());

    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.DRAFT);
    CommitteeDecision missed =
        em.createQuery(
                "select d from CommitteeDecision d where d.paper.id = :p", CommitteeDecision.class)
            .setParameter("p", paper.getId())
            .getSingleResult();
    assertThat(missed.getOutcome()).isEqualTo(CommitteeDecision.Outcome.DEFERRED);
    assertThat(missed.isQuorumReached()).isFalse();
    assertThat(missed.getMembersPresent()).isEqualTo(1);
    assertThat(missed.getReasons()).contains("Nicht beschlussfähig: 1 von 3");
    assertThat(voting.tally(secretariat, paper.getId())).isEqualTo(new Tally(2, 3, 0, 0, 0, 3));
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(paper.getProcessInstanceId())
                .taskDefinitionKey("Task_PreparePaper")
                .count())
        .isEqualTo(1);
  }

  @Test
  void othersAreRefusedAndBadInputIsNamed() {
    Actor secretariat = committees.secretariat(paper.getId());
    Actor member = committees.voters(paper.getId()).get(1);
    Paper foreignPaper = paperOfOtherCommittee();
    Actor otherCommitteesMember = committees.voters(foreignPaper.getId()).get(1);
    Actor otherOrganisationsSecretariat =
        actor(other, "fremd.buero", Role.COMMITTEE_SECRETARIAT, null);

    assertThat(catchThrowable(() -> papers.paper(otherCommitteesMember, paper.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catchThrowable(() -> papers.paper(otherOrganisationsSecretariat, paper.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            catchThrowable(
                () ->
                    papers.prepare(
                        otherOrganisationsSecretariat,
                        paper.getId(),
                        circulation(LocalDate.now().plusDays(5)))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            catchThrowable(
                () ->
                    papers.prepare(
                        member, paper.getId(), circulation(LocalDate.now().plusDays(5)))))
        .as("a member does not prepare")
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catchThrowable(() -> signatures.pending(secretariat, paper.getId())))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(
            message(() -> papers.prepare(secretariat, paper.getId(), circulation(LocalDate.now()))))
        .isEqualTo("committee.paper.circulationDue");
    assertThat(
            message(
                () ->
                    papers.prepare(
                        secretariat,
                        paper.getId(),
                        new PaperDraft(
                            " ", "T", "R", true, Paper.Procedure.CIRCULATION, null, null))))
        .isEqualTo("committee.paper.referenceRequired");
    assertThat(
            message(
                () ->
                    papers.prepare(
                        secretariat,
                        paper.getId(),
                        new PaperDraft("X", "T", "R", true, Paper.Procedure.MEETING, null, null))))
        .isEqualTo("committee.paper.meetingRequired");
    assertThat(message(() -> signatures.sign(committees.chair(paper.getId()), paper.getId(), "x")))
        .isEqualTo("committee.notAtStep");
    assertThat(reloadPaper().getState()).isEqualTo(Paper.State.DRAFT);

    committees.circulate(paper.getId());
    assertThat(
            catchThrowable(
                () ->
                    voting.castVote(
                        otherCommitteesMember, paper.getId(), CommitteeVote.Choice.YES, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(voting.openVotes(otherCommitteesMember))
        .extracting(OpenVote::paperId)
        .doesNotContain(paper.getId());
    assertThat(message(() -> voting.castVote(member, paper.getId(), null, null)))
        .isEqualTo("committee.vote.choiceRequired");
  }

  private PaperDraft circulation(LocalDate due) {
    return new PaperDraft(
        paper.getReference(),
        paper.getTitle(),
        paper.getResolution(),
        true,
        Paper.Procedure.CIRCULATION,
        null,
        due);
  }

  /** A paper of the Jugendhilfeausschuss, created as the process would, for refusals. */
  private Paper paperOfOtherCommittee() {
    try {
      tx.begin();
      Committee youth =
          em.createQuery(
                  "select c from Committee c where c.organisation.id = :o and c.kind = 'JUGENDHILFE'",
                  Committee.class)
              .setParameter("o", district.getId())
              .getSingleResult();
      Paper foreign =
          new Paper(
              em.find(Organisation.class, district.getId()),
              youth,
              "BV-X-" + UUID.randomUUID().toString().substring(0, 6),
              "Andere Vorlage",
              null,
              "Text",
              "test");
      em.persist(foreign);
      tx.commit();
      return foreign;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> workPlanDecisions() {
    return em
        .createQuery(
            "select d from WorkPlanDecision d where d.workPlanVersion.id = :v",
            WorkPlanDecision.class)
        .setParameter("v", version.getId())
        .getResultList()
        .stream()
        .map(
            d ->
                d.getStep()
                    + " "
                    + d.getCommittee()
                    + " "
                    + d.getOutcome()
                    + " "
                    + d.getDecidedBy())
        .toList();
  }

  private Paper reloadPaper() {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(Paper.class, paper.getId());
  }

  private WorkPlanVersion reloadVersion() {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(WorkPlanVersion.class, version.getId());
  }

  private PlanningCycle.Status cycleStatus() {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(PlanningCycle.class, cycle.getId()).getStatus();
  }

  /** Publication runs as a job: waits for the executor, or runs it here. */
  private void runDueJobs() {
    ManagementService management = engine.getManagementService();
    String instance = cycle.getProcessInstanceId();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!management.createJobQuery().processInstanceId(instance).executable().list().isEmpty()
        && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException raceWithTheExecutor) {
        // taken meanwhile
      }
    }
  }

  private static String message(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).messageKey();
  }

  private static String code() {
    return "ca-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

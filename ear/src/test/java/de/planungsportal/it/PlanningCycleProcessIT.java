package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.area.Department;
import de.planungsportal.audit.AuditEvent;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import de.planungsportal.identity.Account;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.CycleConflictException;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.FollowUpService;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureInput;
import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.planning.PlanFrozenException;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.ProgressInput;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.planning.WorkPlanDecision;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning cycle's use cases on the embedded engine and MariaDB: each service call moves the
 * process and the domain together, checks its actor, and never changes a submitted version.
 * Asynchronous steps (publication, mails) run on the server's job executor; timers are fired by
 * executing their jobs.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningCycleProcessIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(
        PlanningCycleProcessIT.class, MailSink.class, MailSink.Mail.class, CommitteeSteps.class);
  }

  @Inject PlanningCycleService cycles;
  @Inject ContributionService contributions;
  @Inject ConsolidationService consolidation;
  @Inject DecisionService decisions;
  @Inject CommitteeSteps committees;
  @Inject FollowUpService followUp;
  @Inject AuditLog auditLog;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject ProcessEngine engine;
  ManagementService managementService;
  @Inject RuntimeService runtimeService;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;
  private Department schools;
  private Department youth;
  private Actor planner;
  private Actor head;
  private Actor schoolContributor;
  private Actor youthContributor;
  private Actor otherPlanner;
  private Actor otherHead;

  @BeforeEach
  void createDistrict() throws Exception {
    managementService = engine.getManagementService();
    tx.begin();
    district = new Organisation(code(), "Landkreis Testhausen", Organisation.Kind.DISTRICT);
    Organisation other = new Organisation(code(), "Landkreis Anderswo", Organisation.Kind.DISTRICT);
    em.persist(district);
    em.persist(other);
    schools = new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
    youth = new Department(district, "jugend", "Jugendamt", Department.Kind.YOUTH_WELFARE);
    em.persist(schools);
    em.persist(youth);
    tx.commit();
    committees.seat(district.getId());
    planner = actor(district, "planer", Role.PLANNER, null);
    head = actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null);
    schoolContributor = actor(district, "schulamt", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());
    youthContributor = actor(district, "jugendamt", Role.DEPARTMENT_CONTRIBUTOR, youth.getId());
    otherPlanner = actor(other, "fremd.planer", Role.PLANNER, null);
    otherHead = actor(other, "fremd.landrat", Role.ADMINISTRATIVE_HEAD, null);
  }

  @Test
  void cycleRunsFromContributionsThroughReturnAndApprovalToYearEnd() {
    PlanningCycle cycle = start(YEAR, false);

    List<Task> contributionTasks = tasks(cycle, "Task_Contribute");
    assertThat(contributionTasks).hasSize(2);
    assertThat(contributionTasks).extracting(Task::getTenantId).containsOnly(district.getCode());
    assertThat(taskService.getIdentityLinksForTask(contributionTasks.get(0).getId()))
        .extracting(l -> l.getGroupId())
        .containsAnyOf(
            "department-contributor#department-" + schools.getId(),
            "department-contributor#department-" + youth.getId());

    Measure bus = propose(schoolContributor, cycle, "Schulbus Nord", schools, 30_000);
    Measure hall = propose(schoolContributor, cycle, "Turnhalle Süd", schools, 900_000);
    submitContribution(schoolContributor, cycle);
    Measure club = propose(youthContributor, cycle, "Jugendtreff Mitte", youth, 20_000);
    submitContribution(youthContributor, cycle);
    assertThat(tasks(cycle, "Task_Contribute")).isEmpty();
    assertThat(tasks(cycle, "Task_Consolidate")).hasSize(1);

    WorkPlanVersion first = consolidation.createDraft(planner, cycle.getId());
    consolidation.accept(planner, first.getId(), bus.getId(), null, null);
    consolidation.accept(planner, first.getId(), club.getId(), null, null);
    assertThat(message(() -> consolidation.reject(planner, hall.getId(), " ")))
        .isEqualTo("planning.proposal.reasonRequired");
    consolidation.reject(planner, hall.getId(), "Kein Haushaltsansatz");
    consolidation.submit(planner, first.getId(), reload(first).getVersion());

    assertThat(reload(first).getStatus()).isEqualTo(WorkPlanVersion.Status.SUBMITTED);
    assertThat(reloadMeasure(hall).getProposalDecision())
        .isEqualTo(Measure.ProposalDecision.REJECTED);
    assertThat(reloadMeasure(hall).getProposalReason()).isEqualTo("Kein Haushaltsansatz");
    assertThat(reloadMeasure(bus).getProposalDecision())
        .isEqualTo(Measure.ProposalDecision.ACCEPTED);
    assertThat(message(() -> decisions.returnToConsolidation(head, first.getId(), "")))
        .isEqualTo("planning.decision.reasonsRequired");

    decisions.returnToConsolidation(head, first.getId(), "Budget Schulbus begründen");

    assertThat(reload(first).getStatus()).isEqualTo(WorkPlanVersion.Status.RETURNED);
    assertThat(tasks(cycle, "Task_Consolidate")).hasSize(1);
    ConsolidationService.ReturnInfo returned =
        consolidation.returnInfo(planner, cycle.getId()).orElseThrow();
    assertThat(returned.returnedBy()).isEqualTo("administrative-head");
    assertThat(returned.reasons()).isEqualTo("Budget Schulbus begründen");

    WorkPlanVersion second = consolidation.createDraft(planner, cycle.getId());
    assertThat(second.getNumber()).isEqualTo(2);
    Measure busCopy = measures(second).get(0);
    assertThat(measures(second)).hasSize(2);
    consolidation.editMeasure(
        planner,
        busCopy.getId(),
        busCopy.getVersion(),
        MeasureInput.of(
            "Schulbus Nord (Linie 12)",
            schools.getId(),
            new BigDecimal("28000"),
            LocalDate.of(YEAR, 9, 1)));
    consolidation.submit(planner, second.getId(), reload(second).getVersion());
    assertThat(reload(first).getStatus())
        .as("a returned version stays as it was")
        .isEqualTo(WorkPlanVersion.Status.RETURNED);
    assertThat(measures(reload(first))).extracting(Measure::getTitle).contains("Schulbus Nord");

    decisions.approve(head, second.getId());

    assertThat(reload(second).getStatus()).isEqualTo(WorkPlanVersion.Status.APPROVED);
    assertThat(committees.drafts(cycle.getId()))
        .extracting(p -> p.getCommittee().getKind())
        .containsExactlyInAnyOrder("SCHULTRAEGER", "JUGENDHILFE");
    committees.approveAll(cycle.getId(), CommitteeSteps.PASSWORD);
    runDueJobs(cycle);

    assertThat(reloadCycle(cycle).getStatus()).isEqualTo(PlanningCycle.Status.PUBLISHED);
    assertThat(reload(second).getStatus()).isEqualTo(WorkPlanVersion.Status.PUBLISHED);
    assertThat(decisionsOn(first))
        .extracting(d -> d.getStep() + " " + d.getOutcome())
        .containsExactly("SUBMITTED SUBMITTED", "HEAD_SIGN_OFF RETURNED");
    assertThat(decisionsOn(second))
        .extracting(d -> d.getStep() + " " + d.getOutcome() + " " + d.getDecidedBy())
        .containsExactlyInAnyOrder(
            "SUBMITTED SUBMITTED planer",
            "HEAD_SIGN_OFF APPROVED landrat",
            "COMMITTEE APPROVED " + district.getCode() + ".schultraeger.vorsitz",
            "COMMITTEE APPROVED " + district.getCode() + ".jugendhilfe.vorsitz",
            "PUBLISHED PUBLISHED system");
    assertThat(audit())
        .extracting(e -> e.getAction() + " " + e.getActor())
        .contains(
            "WORK_PLAN_RETURNED landrat",
            "WORK_PLAN_SIGNED_OFF landrat",
            "PAPER_CREATED landrat",
            "PAPER_PREPARED " + district.getCode() + ".schultraeger.buero",
            "DECISION_SIGNED " + district.getCode() + ".schultraeger.vorsitz",
            "WORK_PLAN_COMMITTEE_APPROVED " + district.getCode() + ".jugendhilfe.vorsitz",
            "WORK_PLAN_PUBLISHED system");
    assertThat(audit())
        .extracting(AuditEvent::getAction)
        .filteredOn(a -> a.equals("VOTE_CAST") || a.equals("COMMITTEE_OUTCOME"))
        .as("three votes and one outcome in each of two committees")
        .hasSize(8);
    assertThat(audit())
        .filteredOn(e -> e.getAction().equals("WORK_PLAN_RETURNED"))
        .extracting(AuditEvent::getSummary)
        .singleElement()
        .asString()
        .contains("Budget Schulbus begründen");

    fireTimer(cycle, "Timer_FollowUpRound");
    runDueJobs(cycle);
    List<Task> reports = tasks(cycle, "Task_ReportProgress");
    assertThat(reports).hasSize(2);
    Task schoolReport =
        reports.stream()
            .filter(
                t ->
                    schools
                        .getId()
                        .equals(taskService.getVariable(t.getId(), ProcessVariables.DEPARTMENT)))
            .findFirst()
            .orElseThrow();
    List<Measure> toReport =
        followUp.measuresToReport(schoolContributor, cycle.getId(), schoolReport.getId());
    assertThat(toReport).extracting(Measure::getTitle).containsExactly("Schulbus Nord (Linie 12)");
    assertThat(
            catchThrowable(
                () ->
                    followUp.reportProgress(
                        youthContributor, cycle.getId(), schoolReport.getId(), List.of())))
        .isInstanceOf(AccessDeniedException.class);

    followUp.reportProgress(
        schoolContributor,
        cycle.getId(),
        schoolReport.getId(),
        List.of(
            new ProgressInput(
                toReport.get(0).getId(),
                LocalDate.now(),
                MeasureStatus.IN_PROGRESS,
                40,
                "Ausschreibung läuft")));

    assertThat(
            count(
                "SELECT COUNT(*) FROM progress_report WHERE measure_id = ?1 AND percent_done = 40"
                    + " AND author = 'schulamt'",
                toReport.get(0).getId()))
        .isEqualTo(1);
    assertThat(tasks(cycle, "Task_ReportProgress")).hasSize(1);

    fireTimer(cycle, "Timer_YearEnd");
    assertThat(tasks(cycle, "Task_ReportProgress")).as("withdrawn at year end").isEmpty();
    assertThat(message(() -> followUp.closeYear(planner, cycle.getId(), "")))
        .isEqualTo("planning.yearEnd.reportRequired");
    followUp.closeYear(planner, cycle.getId(), "Schulbus in Betrieb, Jugendtreff verschoben.");

    assertThat(reloadCycle(cycle).getStatus()).isEqualTo(PlanningCycle.Status.CLOSED);
    assertThat(reloadCycle(cycle).getYearEndReport())
        .isEqualTo("Schulbus in Betrieb, Jugendtreff verschoben.");
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId())
                .singleResult()
                .getEndTime())
        .isNotNull();
  }

  @Test
  void submittedVersionAndContributionRefuseEveryChange() {
    PlanningCycle cycle = start(YEAR, false);
    Measure bus = propose(schoolContributor, cycle, "Schulbus Nord", schools, 30_000);
    Contribution submitted = submitContribution(schoolContributor, cycle);
    Measure club = propose(youthContributor, cycle, "Jugendtreff Mitte", youth, 20_000);
    submitContribution(youthContributor, cycle);
    WorkPlanVersion version = consolidation.createDraft(planner, cycle.getId());
    consolidation.accept(planner, version.getId(), bus.getId(), null, null);
    consolidation.submit(planner, version.getId(), reload(version).getVersion());
    WorkPlanVersion frozen = reload(version);
    Goal goal = frozen.getGoals().get(0);
    Measure measure = goal.getMeasures().get(0);
    Measure proposed = reloadMeasure(bus);
    Goal proposedGoal = proposed.getGoal();
    MeasureInput change =
        MeasureInput.of("geändert", schools.getId(), BigDecimal.ONE, LocalDate.of(YEAR, 5, 1));
    List<Object> before = planRows(cycle);

    List<ThrowingCallable> attempts =
        List.of(
            () -> consolidation.setNote(planner, frozen.getId(), frozen.getVersion(), "x"),
            () -> consolidation.addGoal(planner, frozen.getId(), "Bildung", "neu", null),
            () -> consolidation.editGoal(planner, goal.getId(), goal.getVersion(), "B", "t", null),
            () -> consolidation.removeGoal(planner, goal.getId(), goal.getVersion()),
            () -> consolidation.addMeasure(planner, goal.getId(), change),
            () -> consolidation.editMeasure(planner, measure.getId(), measure.getVersion(), change),
            () -> consolidation.removeMeasure(planner, measure.getId(), measure.getVersion()),
            () -> consolidation.accept(planner, frozen.getId(), club.getId(), null, null),
            () ->
                consolidation.merge(
                    planner, club.getId(), measure.getId(), measure.getVersion(), change, "m"),
            () -> consolidation.submit(planner, frozen.getId(), frozen.getVersion()),
            () ->
                contributions.setNote(
                    schoolContributor, submitted.getId(), submitted.getVersion(), "x"),
            () -> contributions.addGoal(schoolContributor, submitted.getId(), "B", "neu", null),
            () ->
                contributions.editGoal(
                    schoolContributor,
                    proposedGoal.getId(),
                    proposedGoal.getVersion(),
                    "B",
                    "t",
                    null),
            () ->
                contributions.removeGoal(
                    schoolContributor, proposedGoal.getId(), proposedGoal.getVersion()),
            () -> contributions.addMeasure(schoolContributor, proposedGoal.getId(), change),
            () ->
                contributions.editMeasure(
                    schoolContributor, proposed.getId(), proposed.getVersion(), change),
            () ->
                contributions.removeMeasure(
                    schoolContributor, proposed.getId(), proposed.getVersion()),
            () ->
                contributions.submit(schoolContributor, submitted.getId(), submitted.getVersion()));

    for (int i = 0; i < attempts.size(); i++) {
      Throwable refused = catchThrowable(attempts.get(i));
      assertThat(refused)
          .as("attempt %d", i)
          .satisfiesAnyOf(
              t -> assertThat(t).isInstanceOf(PlanFrozenException.class),
              t ->
                  assertThat(t)
                      .isInstanceOf(InvalidInputException.class)
                      .extracting(e -> translated((InvalidInputException) e))
                      .asString()
                      .doesNotStartWith("planning."));
    }
    assertThat(planRows(cycle)).isEqualTo(before);
    assertThat(reload(frozen).getStatus()).isEqualTo(WorkPlanVersion.Status.SUBMITTED);
  }

  @Test
  void staleEditIsRefusedWithConflictAndOverwritesNothing() {
    PlanningCycle cycle = start(YEAR, false);
    Measure bus = propose(schoolContributor, cycle, "Schulbus Nord", schools, 30_000);
    Measure loadedByA = reloadMeasure(bus);
    Measure loadedByB = reloadMeasure(bus);

    contributions.editMeasure(
        schoolContributor,
        loadedByA.getId(),
        loadedByA.getVersion(),
        MeasureInput.of("Schulbus Nord A", schools.getId(), BigDecimal.TEN, null));
    Throwable conflict =
        catchThrowable(
            () ->
                contributions.editMeasure(
                    schoolContributor,
                    loadedByB.getId(),
                    loadedByB.getVersion(),
                    MeasureInput.of("Schulbus Nord B", schools.getId(), BigDecimal.ONE, null)));

    assertThat(conflict).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) conflict).messageKey()).isEqualTo("planning.conflict");
    assertThat(translated((InvalidInputException) conflict)).contains("nicht übernommen");
    assertThat(reloadMeasure(bus).getTitle()).isEqualTo("Schulbus Nord A");
  }

  @Test
  void otherOrganisationsAndOtherDepartmentsAreRefused() {
    PlanningCycle cycle = start(YEAR, false);
    Measure bus = propose(schoolContributor, cycle, "Schulbus Nord", schools, 30_000);
    Contribution schoolContribution = contributions.mine(schoolContributor, cycle.getId()).get(0);

    assertThat(contributions.mine(youthContributor, cycle.getId()))
        .extracting(c -> c.getDepartment().getId())
        .containsExactly(youth.getId());
    List<ThrowingCallable> attempts =
        List.of(
            () -> cycles.find(otherPlanner, cycle.getId()),
            () -> consolidation.createDraft(otherPlanner, cycle.getId()),
            () -> consolidation.createDraft(schoolContributor, cycle.getId()),
            () -> consolidation.reject(otherPlanner, bus.getId(), "fremd"),
            () ->
                contributions.addGoal(youthContributor, schoolContribution.getId(), "B", "t", null),
            () ->
                contributions.editMeasure(
                    youthContributor,
                    bus.getId(),
                    reloadMeasure(bus).getVersion(),
                    MeasureInput.of("fremd", schools.getId(), BigDecimal.ONE, null)),
            () -> contributions.submit(otherPlanner, schoolContribution.getId(), 0),
            () -> decisions.awaitingSignOff(otherHead, cycle.getId()),
            () -> followUp.closeYear(otherPlanner, cycle.getId(), "fremd"));
    for (int i = 0; i < attempts.size(); i++) {
      assertThat(catchThrowable(attempts.get(i)))
          .as("attempt %d", i)
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(count("SELECT COUNT(*) FROM work_plan_version WHERE cycle_id = ?1", cycle.getId()))
        .isZero();
    assertThat(reloadMeasure(bus).getTitle()).isEqualTo("Schulbus Nord");
    assertThat(reloadMeasure(bus).getProposalDecision()).isNull();
  }

  @Test
  void secondRunningCycleOfTheSameYearIsRefused() {
    start(YEAR, false);

    Throwable conflict = catchThrowable(() -> start(YEAR, false));
    assertThat(conflict).isInstanceOf(CycleConflictException.class);
    assertThat(translated((InvalidInputException) conflict))
        .isEqualTo(
            "Für das Jahr " + YEAR + " läuft in Ihrer Organisation bereits ein Planungszyklus.");
    assertThat(
            count(
                "SELECT COUNT(*) FROM planning_cycle WHERE organisation_id = ?1", district.getId()))
        .isEqualTo(1);
  }

  @Test
  void newCycleCarriesOverTheOpenMeasuresOfTheLastPublishedPlan() {
    PlanningCycle last = start(YEAR, false);
    Measure bus = propose(schoolContributor, last, "Schulbus Nord", schools, 30_000);
    submitContribution(schoolContributor, last);
    Measure club = propose(youthContributor, last, "Jugendtreff Mitte", youth, 20_000);
    submitContribution(youthContributor, last);
    WorkPlanVersion plan = consolidation.createDraft(planner, last.getId());
    consolidation.accept(planner, plan.getId(), bus.getId(), null, null);
    consolidation.accept(planner, plan.getId(), club.getId(), null, null);
    consolidation.submit(planner, plan.getId(), reload(plan).getVersion());
    decisions.approve(head, plan.getId());
    committees.approveAll(last.getId(), CommitteeSteps.PASSWORD);
    runDueJobs(last);
    assertThat(reloadCycle(last).getStatus()).isEqualTo(PlanningCycle.Status.PUBLISHED);
    fireTimer(last, "Timer_FollowUpRound");
    runDueJobs(last);
    Task schoolReport =
        tasks(last, "Task_ReportProgress").stream()
            .filter(t -> schools.getId().equals(taskService.getVariable(t.getId(), "department")))
            .findFirst()
            .orElseThrow();
    Measure publishedBus =
        followUp.measuresToReport(schoolContributor, last.getId(), schoolReport.getId()).get(0);
    followUp.reportProgress(
        schoolContributor,
        last.getId(),
        schoolReport.getId(),
        List.of(
            new ProgressInput(publishedBus.getId(), LocalDate.now(), MeasureStatus.DONE, 100, "")));

    PlanningCycle next = start(YEAR + 1, true);

    WorkPlanVersion draft = consolidation.draft(planner, next.getId()).orElseThrow();
    assertThat(draft.getNumber()).isEqualTo(1);
    List<Measure> carried = measures(draft);
    assertThat(carried).extracting(Measure::getTitle).containsExactly("Jugendtreff Mitte");
    assertThat(carried.get(0).isCarriedOver()).isTrue();
    assertThat(carried.get(0).getCarriedOverFrom().getGoal().getWorkPlanVersion().getId())
        .isEqualTo(plan.getId());
    assertThat(reloadCycle(next).getPreviousCycle().getId()).isEqualTo(last.getId());
  }

  @Test
  void reminderAndEscalationTimersRunTheirDelegates() throws Exception {
    String youthMail = mailAccount("jugendamt", Role.DEPARTMENT_CONTRIBUTOR, youth);
    String schoolMail = mailAccount("schulamt", Role.DEPARTMENT_CONTRIBUTOR, schools);
    String plannerMail = mailAccount("planung", Role.PLANNER, null);
    PlanningCycle cycle = start(YEAR, false);
    submitContribution(schoolContributor, cycle);

    fireTimer(cycle, "Timer_ContributionReminder");
    runDueJobs(cycle);
    fireTimer(cycle, "Timer_ContributionDue");
    runDueJobs(cycle);

    assertThat(finished(cycle, "Task_RemindContributors")).hasSize(1);
    assertThat(finished(cycle, "Task_EscalateContributions")).hasSize(1);
    assertThat(tasks(cycle, "Task_Contribute")).as("the youth contribution stays open").hasSize(1);
    assertThat(
            runtimeService
                .createIncidentQuery()
                .processInstanceId(cycle.getProcessInstanceId())
                .count())
        .isZero();

    MailSink.Mail reminder = MailSink.awaitMail(youthMail, "Erinnerung");
    assertThat(reminder.subject()).contains("Jugendamt", "Jahresarbeitsplan " + YEAR);
    assertThat(reminder.body()).contains("/workflow/tasks.xhtml");
    assertThat(MailSink.awaitMail(plannerMail, "Überfällig").body())
        .as("the planner learns which department is missing")
        .contains("Jugendamt");
    assertThat(MailSink.mailsOf(schoolMail))
        .as("a department that contributed is not reminded")
        .isEmpty();
  }

  /** An account of the district with a mail address and one grant; returns the address. */
  private String mailAccount(String name, Role role, Department department) throws Exception {
    tx.begin();
    Account account = new Account(em.merge(district), name + "-" + district.getCode(), name);
    account.setEmail(name + "-" + district.getCode() + "@musterland.example");
    account.grant(role, department == null ? null : department.getId(), null, null);
    em.persist(account);
    tx.commit();
    return account.getEmail();
  }

  // --- helpers

  private PlanningCycle start(int year, boolean fromPrevious) {
    return cycles.start(
        planner,
        new StartCycle(
            year,
            "Jahresarbeitsplan " + year,
            List.of(schools.getId(), youth.getId()),
            LocalDate.now().plusDays(20),
            "P3M",
            fromPrevious));
  }

  private Measure propose(
      Actor contributor, PlanningCycle cycle, String title, Department department, int budget) {
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    Goal goal =
        contribution.getGoals().isEmpty()
            ? contributions.addGoal(
                contributor, contribution.getId(), "Bildung und Teilhabe", "Wege sichern", null)
            : contribution.getGoals().get(0);
    return contributions.addMeasure(
        contributor,
        goal.getId(),
        MeasureInput.of(
            title, department.getId(), BigDecimal.valueOf(budget), LocalDate.of(YEAR, 9, 1)));
  }

  private Contribution submitContribution(Actor contributor, PlanningCycle cycle) {
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    contributions.submit(contributor, contribution.getId(), contribution.getVersion());
    em.getEntityManagerFactory().getCache().evictAll();
    return contributions.mine(contributor, cycle.getId()).get(0);
  }

  private List<Task> tasks(PlanningCycle cycle, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(reloadCycle(cycle).getProcessInstanceId())
        .taskDefinitionKey(key)
        .list();
  }

  private List<HistoricActivityInstance> finished(PlanningCycle cycle, String activityId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(cycle.getProcessInstanceId())
        .activityId(activityId)
        .finished()
        .list();
  }

  private void fireTimer(PlanningCycle cycle, String timerId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(reloadCycle(cycle).getProcessInstanceId())
            .activityId(timerId)
            .singleResult();
    assertThat(timer).as(timerId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  /**
   * Waits for the job executor to run the instance's due asynchronous steps; runs what it has not
   * taken after a while itself. Fails with the job's stack trace when a step failed.
   */
  private void runDueJobs(PlanningCycle cycle) {
    String instance = reloadCycle(cycle).getProcessInstanceId();
    Supplier<List<Job>> due =
        () -> managementService.createJobQuery().processInstanceId(instance).executable().list();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!due.get().isEmpty() && System.currentTimeMillis() < deadline) {
      pause();
    }
    for (Job job : due.get()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException raceWithTheExecutor) {
        pause();
      }
    }
    List<Job> failed =
        managementService.createJobQuery().processInstanceId(instance).withException().list();
    assertThat(failed)
        .as(
            () ->
                failed.isEmpty()
                    ? ""
                    : managementService.getJobExceptionStacktrace(failed.get(0).getId()))
        .isEmpty();
    assertThat(due.get()).isEmpty();
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String message(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).messageKey();
  }

  private static String translated(InvalidInputException e) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("de.planungsportal.i18n.messages", Locale.GERMAN);
    return Translatable.format(bundle, Locale.GERMAN, e.messageKey(), e.arguments());
  }

  /** Everything a change of plan or contribution would touch, as plain values. */
  private List<Object> planRows(PlanningCycle cycle) {
    List<Object> rows = new ArrayList<>();
    rows.addAll(
        em.createNativeQuery(
                "SELECT v.id, v.status, v.note, v.version FROM work_plan_version v"
                    + " WHERE v.cycle_id = ?1 ORDER BY v.id")
            .setParameter(1, cycle.getId())
            .getResultList());
    rows.addAll(
        em.createNativeQuery(
                "SELECT g.id, g.title, g.focus_area, g.version, g.position FROM goal g"
                    + " LEFT JOIN work_plan_version v ON v.id = g.version_id"
                    + " LEFT JOIN contribution c ON c.id = g.contribution_id"
                    + " WHERE v.cycle_id = ?1 OR c.cycle_id = ?1 ORDER BY g.id")
            .setParameter(1, cycle.getId())
            .getResultList());
    rows.addAll(
        em.createNativeQuery(
                "SELECT m.id, m.title, m.budget_eur, m.version, m.proposal_decision FROM measure m"
                    + " JOIN goal g ON g.id = m.goal_id"
                    + " LEFT JOIN work_plan_version v ON v.id = g.version_id"
                    + " LEFT JOIN contribution c ON c.id = g.contribution_id"
                    + " WHERE v.cycle_id = ?1 OR c.cycle_id = ?1 ORDER BY m.id")
            .setParameter(1, cycle.getId())
            .getResultList());
    rows.addAll(
        em.createNativeQuery(
                "SELECT c.id, c.status, c.note, c.version FROM contribution c"
                    + " WHERE c.cycle_id = ?1 ORDER BY c.id")
            .setParameter(1, cycle.getId())
            .getResultList());
    return rows.stream()
        .map(r -> r instanceof Object[] a ? java.util.Arrays.toString(a) : r)
        .toList();
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }

  private List<WorkPlanDecision> decisionsOn(WorkPlanVersion version) {
    return em.createQuery(
            "select d from WorkPlanDecision d where d.workPlanVersion.id = :v order by d.id",
            WorkPlanDecision.class)
        .setParameter("v", version.getId())
        .getResultList();
  }

  private List<AuditEvent> audit() {
    return auditLog.page(district.getId(), 0, 100);
  }

  private List<Measure> measures(WorkPlanVersion version) {
    return reload(version).measures();
  }

  private WorkPlanVersion reload(WorkPlanVersion version) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(WorkPlanVersion.class, version.getId());
  }

  private Measure reloadMeasure(Measure measure) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(Measure.class, measure.getId());
  }

  private PlanningCycle reloadCycle(PlanningCycle cycle) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(PlanningCycle.class, cycle.getId());
  }

  private static String code() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

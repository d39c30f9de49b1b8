package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(
    resources = {
      "bpmn/planning-cycle.bpmn",
      "dmn/approval-route.dmn",
      "bpmn/committee-approval.bpmn",
      "dmn/committee-vote.dmn"
    })
class PlanningCycleTest {

  private static final long CYCLE_ID = 42L;
  private static final long SCHOOLS = 12L;
  private static final long YOUTH = 15L;
  private static final Date NOW = at(2027, 1, 11, 9);
  private static final Date REMINDER = at(2027, 2, 22, 8);
  private static final Date DUE = at(2027, 3, 1, 8);
  private static final Date YEAR_END = at(2027, 12, 31, 23);

  ProcessEngine processEngine;

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(NOW);
    register("contributionReminder");
    register("contributionEscalation");
    register("flagOverdueMeasures");
    Mocks.register(
        "publishWorkPlan",
        (JavaDelegate)
            execution -> {
              calls.add(
                  "publishWorkPlan " + execution.getVariable(ProcessVariables.PLANNING_CYCLE_ID));
              execution.setVariable(
                  ProcessVariables.REPORTING_DEPARTMENTS, new ArrayList<>(List.of(SCHOOLS, YOUTH)));
            });
    CommitteeStandIns.register(calls);
    Mocks.register(
        "committeeDecisionReturned",
        (ExecutionListener)
            execution -> {
              if (!execution.isCanceled()) {
                calls.add(
                    "committeeDecisionReturned "
                        + execution.getVariable(ProcessVariables.COMMITTEE)
                        + " "
                        + execution.getVariable(ProcessVariables.COMMITTEE_OUTCOME));
              }
            });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void eachDepartmentGetsAContributionTaskDueAtTheDueDate() {
    ProcessInstance cycle = start();

    List<Task> contributions = tasks(cycle, "Task_Contribute");
    assertThat(contributions).hasSize(2);
    assertThat(contributions)
        .flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder(
            "department-contributor#department-12", "department-contributor#department-15");
    assertThat(contributions).extracting(Task::getDueDate).containsOnly(DUE);
  }

  @Test
  void allApprovedWithCommitteesIsPublishedAndFollowedUp() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("school", "youth"), 40_000);
    signOff(cycle, ProcessVariables.APPROVED, null);

    assertThat(variable(cycle, ProcessVariables.REQUIRED_COMMITTEES))
        .asList()
        .containsExactlyInAnyOrder("SCHULTRAEGER", "JUGENDHILFE");
    List<ProcessInstance> approvals = approvals(cycle);
    assertThat(approvals)
        .extracting(a -> runtimeService().getVariable(a.getId(), ProcessVariables.COMMITTEE))
        .containsExactlyInAnyOrder("SCHULTRAEGER", "JUGENDHILFE");
    assertThat(approvals)
        .extracting(
            a -> runtimeService().getVariable(a.getId(), ProcessVariables.WORK_PLAN_VERSION_ID))
        .containsOnly(7L);

    decide(approval(cycle, "SCHULTRAEGER"), ProcessVariables.APPROVED, null);
    BpmnAwareTests.assertThat(cycle).isWaitingAt("CallActivity_CommitteeApproval");
    decide(approval(cycle, "JUGENDHILFE"), ProcessVariables.APPROVED, null);
    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Publish");
    assertThat(calls)
        .contains(
            "committeeDecisionReturned SCHULTRAEGER approved",
            "committeeDecisionReturned JUGENDHILFE approved")
        .doesNotContain("publishWorkPlan 42");

    execute(job(cycle, "Task_Publish"));

    assertThat(calls).endsWith("publishWorkPlan 42");
    BpmnAwareTests.assertThat(cycle)
        .hasPassed("Task_Publish")
        .isWaitingAt("Timer_FollowUpRound")
        .isNotEnded();
  }

  @Test
  void noCommitteeNeededGoesStraightToPublication() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("culture"), 20_000);
    signOff(cycle, ProcessVariables.APPROVED, null);

    assertThat(variable(cycle, ProcessVariables.REQUIRED_COMMITTEES)).asList().isEmpty();
    BpmnAwareTests.assertThat(cycle)
        .hasPassed("Task_DetermineApprovalRoute")
        .hasNotPassed("CallActivity_CommitteeApproval")
        .isWaitingAt("Task_Publish");
  }

  @Test
  void headReturnsOnceWithReasonsThenSignsOff() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("culture"), 20_000);

    signOff(cycle, ProcessVariables.RETURNED, "Maßnahme 3 ohne Budget");

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Consolidate");
    assertThat(BpmnAwareTests.task(cycle))
        .extracting(this::candidateGroups)
        .asList()
        .containsExactly("planner");
    assertThat(variable(cycle, ProcessVariables.RETURNED_BY)).isEqualTo("administrative-head");
    assertThat(variable(cycle, ProcessVariables.RETURN_REASONS))
        .isEqualTo("Maßnahme 3 ohne Budget");

    consolidate(cycle, List.of("culture"), 25_000);
    signOff(cycle, ProcessVariables.APPROVED, null);

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Publish");
    assertThat(
            processEngine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(cycle.getId())
                .taskDefinitionKey("Task_HeadSignOff")
                .count())
        .isEqualTo(2);
  }

  @Test
  void signOffWithoutDecisionOrReturnWithoutReasonsIsRefused() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("culture"), 20_000);
    Task signOff = BpmnAwareTests.task("Task_HeadSignOff", cycle);

    assertThatThrownBy(() -> taskService().complete(signOff.getId()))
        .hasMessageContaining("signOffOutcome");
    assertThatThrownBy(
            () ->
                complete(
                    signOff,
                    withVariables(ProcessVariables.SIGN_OFF_OUTCOME, ProcessVariables.RETURNED)))
        .hasMessageContaining("signOffReasons");

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_HeadSignOff");
  }

  @Test
  void committeeRejectionReturnsToConsolidationWithItsReasons() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("school"), 150_000);
    signOff(cycle, ProcessVariables.APPROVED, null);
    assertThat(approvals(cycle)).hasSize(2);

    decide(approval(cycle, "SCHULTRAEGER"), ProcessVariables.APPROVED, null);
    decide(
        approval(cycle, "KREISAUSSCHUSS"),
        ProcessVariables.REJECTED,
        "Haushaltsmittel 2027 nicht gedeckt");

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Consolidate").hasNotPassed("Task_Publish");
    assertThat(variable(cycle, ProcessVariables.RETURNED_BY)).isEqualTo("KREISAUSSCHUSS");
    assertThat(variable(cycle, ProcessVariables.RETURN_REASONS))
        .isEqualTo("Haushaltsmittel 2027 nicht gedeckt");
    assertThat(calls)
        .contains("committeeDecisionReturned KREISAUSSCHUSS rejected")
        .doesNotContain("publishWorkPlan 42");

    consolidate(cycle, List.of("school"), 90_000);
    signOff(cycle, ProcessVariables.APPROVED, null);
    assertThat(approvals(cycle)).hasSize(1);
    decide(approval(cycle, "SCHULTRAEGER"), ProcessVariables.APPROVED, null);

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Publish");
  }

  @Test
  void firstAmendmentWithdrawsTheOtherOpenCommitteeDecisions() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("school", "daycare"), 150_000);
    signOff(cycle, ProcessVariables.APPROVED, null);
    assertThat(approvals(cycle)).hasSize(3);

    decide(approval(cycle, "JUGENDHILFE"), ProcessVariables.AMENDED, "Kita-Plätze ergänzen");

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Consolidate");
    assertThat(approvals(cycle)).as("the other approvals are withdrawn").isEmpty();
    assertThat(calls)
        .contains(
            "committeeDecisionReturned JUGENDHILFE amended",
            "closePaper SCHULTRAEGER",
            "closePaper KREISAUSSCHUSS")
        .filteredOn(c -> c.startsWith("committeeDecisionReturned"))
        .as("withdrawn approvals record no decision")
        .containsExactly("committeeDecisionReturned JUGENDHILFE amended");
    assertThat(variable(cycle, ProcessVariables.RETURNED_BY)).isEqualTo("JUGENDHILFE");
    assertThat(variable(cycle, ProcessVariables.RETURN_REASONS)).isEqualTo("Kita-Plätze ergänzen");
  }

  @Test
  void deferredCommitteeKeepsTheCycleWaitingUntilItDecides() {
    ProcessInstance cycle = start();
    contributeAll(cycle);
    consolidate(cycle, List.of("school"), 20_000);
    signOff(cycle, ProcessVariables.APPROVED, null);
    ProcessInstance approval = approval(cycle, "SCHULTRAEGER");

    complete(
        BpmnAwareTests.task("Task_PreparePaper", approval),
        withVariables(ProcessVariables.PROCEDURE, "MEETING"));
    recordMeeting(approval, 0, 0, true, null, "Beratungsbedarf");

    BpmnAwareTests.assertThat(approval).isWaitingAt("Task_PreparePaper");
    BpmnAwareTests.assertThat(cycle).isWaitingAt("CallActivity_CommitteeApproval");
    assertThat(calls).noneMatch(c -> c.startsWith("committeeDecisionReturned"));

    decide(approval, ProcessVariables.APPROVED, null);

    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Publish");
  }

  @Test
  void reminderTimerFiresAtTheReminderDateAndLeavesContributionsOpen() {
    ProcessInstance cycle = start();
    Job reminder = job(cycle, "Timer_ContributionReminder");
    assertThat(reminder.getDuedate()).isEqualTo(REMINDER);

    complete(tasks(cycle, "Task_Contribute").get(0));
    execute(reminder);
    assertThat(calls).isEmpty();
    execute(job(cycle, "Task_RemindContributors"));

    assertThat(calls).containsExactly("contributionReminder");
    assertThat(tasks(cycle, "Task_Contribute")).hasSize(1);
    BpmnAwareTests.assertThat(cycle).hasPassed("EndEvent_Reminded").isWaitingAt("Task_Contribute");
  }

  @Test
  void escalationTimerFiresAtTheDueDateAndTellsThePlanner() {
    ProcessInstance cycle = start();
    Job escalation = job(cycle, "Timer_ContributionDue");
    assertThat(escalation.getDuedate()).isEqualTo(DUE);

    execute(escalation);
    execute(job(cycle, "Task_EscalateContributions"));

    assertThat(calls).containsExactly("contributionEscalation");
    assertThat(tasks(cycle, "Task_Contribute")).hasSize(2);
    BpmnAwareTests.assertThat(cycle).hasPassed("EndEvent_Escalated").isWaitingAt("Task_Contribute");
  }

  @Test
  void timersAreWithdrawnOnceAllDepartmentsContributed() {
    ProcessInstance cycle = start();
    contributeAll(cycle);

    assertThat(managementService().createJobQuery().processInstanceId(cycle.getId()).count())
        .isZero();
    BpmnAwareTests.assertThat(cycle).isWaitingAt("Task_Consolidate");
  }

  @Test
  void followUpRoundAsksOwnerDepartmentsForProgressAndFlagsOverdueMeasures() {
    ProcessInstance cycle = published(Map.of(ProcessVariables.FOLLOW_UP_INTERVAL, "P1M"));
    Job round = job(cycle, "Timer_FollowUpRound");
    assertThat(round.getDuedate()).isEqualTo(at(2027, 2, 11, 9));

    execute(round);

    List<Task> reports = tasks(cycle, "Task_ReportProgress");
    assertThat(reports)
        .flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder(
            "department-contributor#department-12", "department-contributor#department-15");
    execute(job(cycle, "Task_FlagOverdueMeasures"));
    assertThat(calls).containsExactly("publishWorkPlan 42", "flagOverdueMeasures");
    BpmnAwareTests.assertThat(cycle).isWaitingAt("Timer_FollowUpRound", "Task_ReportProgress");

    complete(reports.get(0));
    execute(job(cycle, "Timer_FollowUpRound"));

    assertThat(tasks(cycle, "Task_ReportProgress"))
        .as("a new round does not wait for last round's missing report")
        .hasSize(3);
  }

  @Test
  void followUpIsQuarterlyWhenNoIntervalIsGiven() {
    ProcessInstance cycle = published(Map.of());

    assertThat(job(cycle, "Timer_FollowUpRound").getDuedate()).isEqualTo(at(2027, 4, 11, 9));
  }

  @Test
  void yearEndStopsFollowUpAndAsksThePlannerForTheYearEndReport() {
    ProcessInstance cycle = published(Map.of());
    execute(job(cycle, "Timer_FollowUpRound"));
    execute(job(cycle, "Task_FlagOverdueMeasures"));
    Job yearEnd = job(cycle, "Timer_YearEnd");
    assertThat(yearEnd.getDuedate()).isEqualTo(YEAR_END);

    execute(yearEnd);

    BpmnAwareTests.assertThat(cycle).isWaitingAtExactly("Task_YearEndReport");
    assertThat(BpmnAwareTests.task(cycle))
        .extracting(this::candidateGroups)
        .asList()
        .containsExactly("planner");
    assertThat(tasks(cycle, "Task_ReportProgress")).isEmpty();
    assertThat(managementService().createJobQuery().processInstanceId(cycle.getId()).count())
        .as("no further rounds")
        .isZero();

    complete(BpmnAwareTests.task(cycle));

    BpmnAwareTests.assertThat(cycle).hasPassed("EndEvent_CycleClosed").isEnded();
  }

  private ProcessInstance start() {
    return start(Map.of(ProcessVariables.FOLLOW_UP_INTERVAL, "P3M"));
  }

  private ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(ProcessVariables.PLANNING_CYCLE_ID, CYCLE_ID);
    variables.put(ProcessVariables.ORGANISATION_CODE, "lk-musterland");
    variables.put(ProcessVariables.YEAR, 2027);
    variables.put(ProcessVariables.DEPARTMENTS, new ArrayList<>(List.of(SCHOOLS, YOUTH)));
    variables.put(ProcessVariables.CONTRIBUTION_REMINDER_DATE, REMINDER);
    variables.put(ProcessVariables.CONTRIBUTION_DUE, DUE);
    variables.put(ProcessVariables.YEAR_END, YEAR_END);
    return runtimeService().startProcessInstanceByKey(ProcessModels.PLANNING_CYCLE, variables);
  }

  private ProcessInstance published(Map<String, Object> extra) {
    ProcessInstance cycle = start(extra);
    contributeAll(cycle);
    consolidate(cycle, List.of(), 1_000);
    signOff(cycle, ProcessVariables.APPROVED, null);
    execute(job(cycle, "Task_Publish"));
    return cycle;
  }

  private void contributeAll(ProcessInstance cycle) {
    tasks(cycle, "Task_Contribute").forEach(BpmnAwareTests::complete);
  }

  private void consolidate(ProcessInstance cycle, List<String> topics, double totalBudget) {
    complete(
        BpmnAwareTests.task("Task_Consolidate", cycle),
        withVariables(
            ProcessVariables.WORK_PLAN_VERSION_ID,
            7L,
            ProcessVariables.TOPICS,
            new ArrayList<>(topics),
            ProcessVariables.TOTAL_BUDGET,
            totalBudget));
  }

  private void signOff(ProcessInstance cycle, String outcome, String reasons) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.SIGN_OFF_OUTCOME, outcome);
    if (reasons != null) {
      variables.put(ProcessVariables.SIGN_OFF_REASONS, reasons);
    }
    complete(BpmnAwareTests.task("Task_HeadSignOff", cycle), variables);
  }

  /** The committee's approval decides with this outcome at a meeting; the chair signs. */
  private void decide(ProcessInstance approval, String outcome, String reasons) {
    complete(
        BpmnAwareTests.task("Task_PreparePaper", approval),
        withVariables(ProcessVariables.PROCEDURE, "MEETING"));
    boolean yes = !ProcessVariables.REJECTED.equals(outcome);
    recordMeeting(
        approval,
        yes ? 6 : 1,
        yes ? 1 : 6,
        false,
        ProcessVariables.AMENDED.equals(outcome) ? reasons : null,
        ProcessVariables.AMENDED.equals(outcome) ? null : reasons);
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));
  }

  private void recordMeeting(
      ProcessInstance approval,
      int yes,
      int no,
      boolean deferred,
      String amendment,
      String reasons) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.VOTING_MEMBERS, 9);
    variables.put(ProcessVariables.PRESENT, 8);
    variables.put(ProcessVariables.YES_VOTES, yes);
    variables.put(ProcessVariables.NO_VOTES, no);
    variables.put(ProcessVariables.ABSTENTIONS, 8 - yes - no);
    variables.put(ProcessVariables.DEFERRED, deferred);
    variables.put(ProcessVariables.AMENDMENT, amendment);
    variables.put(ProcessVariables.COMMITTEE_REASONS, reasons);
    complete(BpmnAwareTests.task("Task_RecordMeetingVote", approval), variables);
  }

  private List<ProcessInstance> approvals(ProcessInstance cycle) {
    return runtimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(cycle.getId())
        .list();
  }

  private ProcessInstance approval(ProcessInstance cycle, String committee) {
    return approvals(cycle).stream()
        .filter(
            a ->
                committee.equals(
                    runtimeService().getVariable(a.getId(), ProcessVariables.COMMITTEE)))
        .findFirst()
        .orElseThrow();
  }

  private List<Task> tasks(ProcessInstance cycle, String taskKey) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(cycle.getId())
        .taskDefinitionKey(taskKey)
        .list();
  }

  private List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private Job job(ProcessInstance cycle, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(cycle.getId())
        .activityId(activityId)
        .singleResult();
  }

  private Object variable(ProcessInstance cycle, String name) {
    return runtimeService().getVariable(cycle.getId(), name);
  }

  private void register(String delegate) {
    Mocks.register(delegate, (JavaDelegate) execution -> calls.add(delegate));
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}

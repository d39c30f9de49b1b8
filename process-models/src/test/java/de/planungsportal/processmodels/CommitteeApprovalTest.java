package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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

/**
 * Every path of one committee's approval, with the delegates' stand-ins (CommitteeStandIns); the
 * circulation's votes are counted from the members' answers here.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/committee-approval.bpmn", "dmn/committee-vote.dmn"})
class CommitteeApprovalTest {

  private static final Date NOW = at(2027, 5, 3, 9);
  private static final Date DUE = at(2027, 5, 17, 12);

  ProcessEngine processEngine;

  private final List<String> calls = new ArrayList<>();
  private final Map<String, String> answers = new LinkedHashMap<>();

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(NOW);
    CommitteeStandIns.register(calls);
    Mocks.register("countVotes", (JavaDelegate) this::countVotes);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void createsThePaperAndOffersItsPreparationToTheCommitteesSecretariat() {
    ProcessInstance approval = start("SCHULTRAEGER");

    assertThat(calls).containsExactly("createPaper SCHULTRAEGER");
    assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("100").count())
        .as("the paper's id is the business key")
        .isEqualTo(1);
    Task prepare = BpmnAwareTests.task("Task_PreparePaper", approval);
    assertThat(candidateGroups(prepare)).containsExactly("committee-secretariat#committee-7");
  }

  @Test
  void meetingVoteApprovesAndTheChairsSignatureReturnsTheOutcome() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 7, 5, 1, 1, false, null, null);

    Task sign = BpmnAwareTests.task("Task_SignMinutes", approval);
    assertThat(candidateGroups(sign)).containsExactly("committee-chair#committee-7");
    assertThat(calls).containsExactly("createPaper SCHULTRAEGER", "recordVoteOutcome approved");
    BpmnAwareTests.assertThat(approval).isNotEnded();

    complete(sign);

    BpmnAwareTests.assertThat(approval).hasPassed("EndEvent_Decided").isEnded();
    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME)).isEqualTo("approved");
    assertThat(calls).endsWith("closePaper SCHULTRAEGER");
  }

  @Test
  void meetingApprovalWithAnAmendmentReturnsAmendedWithTheAmendment() {
    ProcessInstance approval = start("JUGENDHILFE");
    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 8, 6, 2, 0, false, "Kita-Plätze in Talheim ergänzen", null);
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));

    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME)).isEqualTo("amended");
    assertThat(returned(approval, ProcessVariables.COMMITTEE_REASONS))
        .isEqualTo("Kita-Plätze in Talheim ergänzen");
  }

  @Test
  void tieIsRejected() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 6, 3, 3, 0, false, null, "Finanzierung offen");
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));

    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME)).isEqualTo("rejected");
    assertThat(returned(approval, ProcessVariables.COMMITTEE_REASONS))
        .isEqualTo("Finanzierung offen");
  }

  @Test
  void deferredMeetingGoesBackToPreparationForTheNextRound() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 8, 0, 0, 0, true, null, "Beratungsbedarf");

    BpmnAwareTests.assertThat(approval)
        .isWaitingAtExactly("Task_PreparePaper")
        .hasNotPassed("Task_SignMinutes");
    assertThat(calls).contains("recordVoteOutcome deferred");

    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 8, 8, 0, 0, false, null, null);
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));

    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME)).isEqualTo("approved");
    assertThat(historicTasks(approval, "Task_PreparePaper")).isEqualTo(2);
  }

  @Test
  void meetingWithoutQuorumGoesBackToPreparation() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepare(approval, "MEETING");
    recordMeeting(approval, 9, 4, 4, 0, 0, false, null, null);

    BpmnAwareTests.assertThat(approval).isWaitingAtExactly("Task_PreparePaper");
    assertThat(calls).contains("recordVoteOutcome quorumMissed");
  }

  @Test
  void circulationAsksEveryVotingMemberUntilTheDeadline() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepareCirculation(approval, List.of("vorsitz", "mitglied", "ratsfrau"));

    List<Task> votes = votes(approval);
    assertThat(votes)
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("vorsitz", "mitglied", "ratsfrau");
    assertThat(votes).extracting(Task::getDueDate).containsOnly(DUE);
    assertThat(timer(approval).getDuedate()).isEqualTo(DUE);
  }

  @Test
  void circulationWithAllAnswersIsEvaluatedWhenTheLastMemberVotes() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepareCirculation(approval, List.of("vorsitz", "mitglied", "ratsfrau"));

    vote(approval, "vorsitz", "YES");
    vote(approval, "mitglied", "YES");
    BpmnAwareTests.assertThat(approval).isWaitingAt("Task_CastVote");
    vote(approval, "ratsfrau", "ABSTAIN");

    BpmnAwareTests.assertThat(approval).isWaitingAtExactly("Task_SignMinutes");
    assertThat(managementService().createJobQuery().processInstanceId(approval.getId()).count())
        .as("the deadline timer is withdrawn")
        .isZero();
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));
    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME)).isEqualTo("approved");
  }

  @Test
  void circulationWithSomeAnswersClosesAtTheDeadlineWithoutTheOthers() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepareCirculation(approval, List.of("vorsitz", "mitglied", "ratsfrau"));
    vote(approval, "vorsitz", "YES");
    vote(approval, "mitglied", "NO");
    vote(approval, "ratsfrau", null);

    assertThat(votes(approval)).isEmpty();
    BpmnAwareTests.assertThat(approval).isWaitingAtExactly("Task_SignMinutes");
    assertThat(runtimeService().getVariable(approval.getId(), ProcessVariables.PRESENT))
        .isEqualTo(2);
    complete(BpmnAwareTests.task("Task_SignMinutes", approval));
    assertThat(returned(approval, ProcessVariables.COMMITTEE_OUTCOME))
        .as("one yes, one no: a tie")
        .isEqualTo("rejected");
  }

  @Test
  void circulationWithTwoOfThreeApprovingAtTheDeadlineIsApproved() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepareCirculation(approval, List.of("vorsitz", "mitglied", "ratsfrau"));
    vote(approval, "vorsitz", "YES");
    vote(approval, "mitglied", "YES");

    execute(timer(approval));

    BpmnAwareTests.assertThat(approval).isWaitingAtExactly("Task_SignMinutes");
    assertThat(calls).contains("recordVoteOutcome approved");
  }

  @Test
  void circulationWithoutAnswersMissesTheQuorumAndGoesBackToPreparation() {
    ProcessInstance approval = start("SCHULTRAEGER");
    prepareCirculation(approval, List.of("vorsitz", "mitglied", "ratsfrau"));

    execute(timer(approval));

    assertThat(votes(approval)).isEmpty();
    BpmnAwareTests.assertThat(approval).isWaitingAtExactly("Task_PreparePaper");
    assertThat(calls).contains("recordVoteOutcome quorumMissed");
  }

  // --- helpers

  private ProcessInstance start(String committee) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, "lk-musterland");
    variables.put(ProcessVariables.PLANNING_CYCLE_ID, 42L);
    variables.put(ProcessVariables.WORK_PLAN_VERSION_ID, 7L);
    variables.put(ProcessVariables.YEAR, 2027);
    variables.put(ProcessVariables.COMMITTEE, committee);
    return runtimeService().startProcessInstanceByKey(ProcessModels.COMMITTEE_APPROVAL, variables);
  }

  private void prepare(ProcessInstance approval, String procedure) {
    complete(
        BpmnAwareTests.task("Task_PreparePaper", approval),
        Map.of(ProcessVariables.PROCEDURE, procedure));
  }

  private void prepareCirculation(ProcessInstance approval, List<String> voters) {
    answers.clear();
    complete(
        BpmnAwareTests.task("Task_PreparePaper", approval),
        Map.of(
            ProcessVariables.PROCEDURE,
            "CIRCULATION",
            ProcessVariables.VOTERS,
            new ArrayList<>(voters),
            ProcessVariables.CIRCULATION_DUE,
            DUE));
  }

  /** A member's answer; null: the deadline passes without it. */
  private void vote(ProcessInstance approval, String voter, String choice) {
    if (choice == null) {
      execute(timer(approval));
      return;
    }
    Task task =
        votes(approval).stream()
            .filter(t -> voter.equals(t.getAssignee()))
            .findFirst()
            .orElseThrow();
    answers.put(voter, choice);
    complete(task);
  }

  private void recordMeeting(
      ProcessInstance approval,
      int votingMembers,
      int present,
      int yes,
      int no,
      int abstentions,
      boolean deferred,
      String amendment,
      String reasons) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.VOTING_MEMBERS, votingMembers);
    variables.put(ProcessVariables.PRESENT, present);
    variables.put(ProcessVariables.YES_VOTES, yes);
    variables.put(ProcessVariables.NO_VOTES, no);
    variables.put(ProcessVariables.ABSTENTIONS, abstentions);
    variables.put(ProcessVariables.DEFERRED, deferred);
    variables.put(ProcessVariables.AMENDMENT, amendment);
    variables.put(ProcessVariables.COMMITTEE_REASONS, reasons);
    complete(BpmnAwareTests.task("Task_RecordMeetingVote", approval), variables);
  }

  private void countVotes(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<String> voters = (List<String>) execution.getVariable(ProcessVariables.VOTERS);
    execution.setVariable(ProcessVariables.VOTING_MEMBERS, voters.size());
    execution.setVariable(ProcessVariables.PRESENT, answers.size());
    execution.setVariable(ProcessVariables.YES_VOTES, count("YES"));
    execution.setVariable(ProcessVariables.NO_VOTES, count("NO"));
    execution.setVariable(ProcessVariables.ABSTENTIONS, count("ABSTAIN"));
    execution.setVariable(ProcessVariables.DEFERRED, false);
    execution.setVariable(ProcessVariables.AMENDMENT, null);
  }

  private int count(String choice) {
    return (int) answers.values().stream().filter(choice::equals).count();
  }

  private List<Task> votes(ProcessInstance approval) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(approval.getId())
        .taskDefinitionKey("Task_CastVote")
        .list();
  }

  private Job timer(ProcessInstance approval) {
    return managementService()
        .createJobQuery()
        .processInstanceId(approval.getId())
        .activityId("Timer_CirculationDue")
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private long historicTasks(ProcessInstance approval, String key) {
    return historyService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(approval.getId())
        .taskDefinitionKey(key)
        .count();
  }

  private Object returned(ProcessInstance approval, String name) {
    HistoricVariableInstance variable =
        historyService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(approval.getId())
            .variableName(name)
            .singleResult();
    return variable == null ? null : variable.getValue();
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}

package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of a survey wave, with stand-ins for the delegates that record their calls. Timers are
 * run by setting Camunda's clock and executing the due job, as the job executor would.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/survey-wave.bpmn")
class SurveyWaveTest {

  private static final long WAVE_ID = 31L;
  private static final String FIELD_START = "2027-03-01T07:30:00+01:00";
  private static final String FIELD_END = "2027-03-19T18:00:00+01:00";
  private static final Date NOW = date("2027-01-18T09:00:00+01:00");

  ProcessEngine processEngine;

  private final List<String> calls = new ArrayList<>();
  private boolean codeSheetsFail;

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(NOW);
    Mocks.register("generateWaveCodes", (JavaDelegate) this::generateCodes);
    Mocks.register("generateCodeSheets", (JavaDelegate) this::generateSheets);
    for (String name :
        List.of("releaseWave", "openField", "remindSchools", "closeField", "handOverToResults")) {
      Mocks.register(
          name,
          (JavaDelegate)
              execution -> calls.add(name + " " + execution.getVariable(ProcessVariables.WAVE_ID)));
    }
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void newWaveIsADraftOfferedToThePlanner() {
    ProcessInstance wave = start();

    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_EditDraft");
    assertThat(candidateGroups(task("Task_EditDraft", wave))).containsExactly("planner");
  }

  @Test
  void submittedDraftGoesToTheDataProtectionOfficerAndTheSchoolAuthorityAtOnce() {
    ProcessInstance wave = start();
    submit(wave, 1);

    assertThat(openTaskKeys(wave))
        .containsExactlyInAnyOrder("Task_DataProtectionReview", "Task_SchoolAuthorityReview");
    assertThat(candidateGroups(task("Task_DataProtectionReview", wave)))
        .containsExactly("data-protection-officer");
    assertThat(candidateGroups(task("Task_SchoolAuthorityReview", wave)))
        .containsExactly("school-authority");
  }

  @Test
  void approvedWaveRunsThroughCodesSheetsReleaseFieldPhaseRemindersAndHandOver() {
    ProcessInstance wave = start(Map.of(ProcessVariables.REMINDER_CYCLE, "R/P5D"));
    submit(wave, 1);
    approveDataProtection(wave);
    assertThat(openTaskKeys(wave))
        .as("one approval is not enough")
        .containsExactlyInAnyOrder("Task_SchoolAuthorityReview");
    approveSchoolAuthority(wave);

    // codes and sheets run as one job, the release as the next
    assertThat(calls).isEmpty();
    execute(job(wave, "Task_GenerateCodes"));
    assertThat(calls).containsExactly("generateWaveCodes 31", "generateCodeSheets 31: 7a=3 7b=2");
    execute(job(wave, "Task_ReleaseToSchools"));
    assertThat(calls).endsWith("releaseWave 31");

    // released, but the field waits for its start
    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Timer_FieldStart");
    Job fieldStart = job(wave, "Timer_FieldStart");
    assertThat(fieldStart.getDuedate()).isEqualTo(date(FIELD_START));
    assertThat(calls).doesNotContain("openField 31");

    ClockUtil.setCurrentTime(date(FIELD_START));
    execute(fieldStart);
    assertThat(calls).endsWith("openField 31");
    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("SubProcess_FieldPhase", "Timer_FieldEnd");
    assertThat(job(wave, "Timer_FieldEnd").getDuedate()).isEqualTo(date(FIELD_END));

    // reminders every five days, while the field is open
    Job reminder = job(wave, "Timer_Reminder");
    assertThat(reminder.getDuedate()).isEqualTo(plusDays(FIELD_START, 5));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    execute(reminder);
    execute(job(wave, "Task_RemindSchools"));
    reminder = job(wave, "Timer_Reminder");
    assertThat(reminder.getDuedate()).as("the next round").isEqualTo(plusDays(FIELD_START, 10));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    execute(reminder);
    execute(job(wave, "Task_RemindSchools"));
    assertThat(calls.stream().filter("remindSchools 31"::equals)).hasSize(2);
    assertThat(calls).doesNotContain("closeField 31");

    ClockUtil.setCurrentTime(date(FIELD_END));
    execute(job(wave, "Timer_FieldEnd"));
    assertThat(calls).endsWith("closeField 31");
    assertThat(jobs(wave, "Timer_Reminder")).as("no reminders after the close").isEmpty();

    execute(job(wave, "Task_HandOverToResults"));
    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_ReleaseResults");
    complete(task("Task_ReleaseResults", wave));
    BpmnAwareTests.assertThat(wave).hasPassed("EndEvent_ResultsReleased").isEnded();
    assertThat(calls)
        .containsExactly(
            "generateWaveCodes 31",
            "generateCodeSheets 31: 7a=3 7b=2",
            "releaseWave 31",
            "openField 31",
            "remindSchools 31",
            "remindSchools 31",
            "closeField 31",
            "handOverToResults 31");
  }

  @Test
  void handedOverWaveWaitsForThePlannerToReleaseItsResults() {
    ProcessInstance wave = closedWave();

    execute(job(wave, "Task_HandOverToResults"));

    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_ReleaseResults");
    Task release = task("Task_ReleaseResults", wave);
    assertThat(release.getName()).isEqualTo("Ergebnisse freigeben");
    assertThat(candidateGroups(release)).containsExactly("planner");
    assertThat(calls).endsWith("handOverToResults 31");
    BpmnAwareTests.assertThat(wave).isNotEnded();
  }

  @Test
  void releasingTheResultsEndsTheWave() {
    ProcessInstance wave = closedWave();
    execute(job(wave, "Task_HandOverToResults"));

    complete(task("Task_ReleaseResults", wave));

    BpmnAwareTests.assertThat(wave)
        .hasPassedInOrder(
            "Task_CloseField",
            "Task_HandOverToResults",
            "Task_ReleaseResults",
            "EndEvent_ResultsReleased")
        .isEnded();
  }

  @Test
  void noWayToTheEndButThroughTheRelease() {
    BpmnModelInstance model =
        repositoryService()
            .getBpmnModelInstance(
                repositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(ProcessModels.SURVEY_WAVE)
                    .singleResult()
                    .getId());

    assertThat(reachableWithout(model, "StartEvent_WaveCreated", "Flow_ToEnd"))
        .contains("Task_HandOverToResults", "Task_ReleaseResults")
        .doesNotContain("EndEvent_ResultsReleased");
  }

  @Test
  void remindersComeWeeklyUnlessConfigured() {
    ProcessInstance wave = releasedWave(Map.of());
    ClockUtil.setCurrentTime(date(FIELD_START));
    execute(job(wave, "Timer_FieldStart"));

    assertThat(job(wave, "Timer_Reminder").getDuedate()).isEqualTo(plusDays(FIELD_START, 7));
  }

  @Test
  void fieldStartAlreadyPassedAtReleaseOpensTheFieldAtOnce() {
    ProcessInstance wave = start();
    runtimeService()
        .setVariable(wave.getId(), ProcessVariables.FIELD_START, "2027-01-11T07:30:00+01:00");
    approveAndRelease(wave);

    Job fieldStart = job(wave, "Timer_FieldStart");
    assertThat(fieldStart.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(wave.getId())
                .executable()
                .count())
        .isEqualTo(1);
  }

  @Test
  void plainCodesNeverReachTheEnginesTables() {
    ProcessInstance wave = releasedWave(Map.of());

    assertThat(calls).contains("generateCodeSheets 31: 7a=3 7b=2");
    assertThat(runtimeService().getVariable(wave.getId(), ProcessVariables.PLAIN_CODES)).isNull();
    assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(wave.getId())
                .variableName(ProcessVariables.PLAIN_CODES)
                .count())
        .isZero();
  }

  @Test
  void failedCodeSheetsTakeTheirCodesBackAndTheJobGeneratesAgain() {
    ProcessInstance wave = start();
    submit(wave, 1);
    approveDataProtection(wave);
    approveSchoolAuthority(wave);
    codeSheetsFail = true;

    Job codes = job(wave, "Task_GenerateCodes");
    assertThatThrownBy(() -> execute(codes)).hasMessageContaining("printer on fire");
    assertThat(job(wave, "Task_GenerateCodes").getRetries())
        .as("the same job waits for its retry: codes and sheets share one transaction")
        .isEqualTo(2);
    assertThat(jobs(wave, "Task_ReleaseToSchools")).isEmpty();

    codeSheetsFail = false;
    execute(job(wave, "Task_GenerateCodes"));
    assertThat(calls)
        .containsExactly(
            "generateWaveCodes 31", "generateWaveCodes 31", "generateCodeSheets 31: 7a=3 7b=2");
    assertThat(jobs(wave, "Task_ReleaseToSchools")).hasSize(1);
  }

  @Test
  void dataProtectionOfficerReturnsTheDraftWithReasonsAndTheAuthoritysReviewIsWithdrawn() {
    ProcessInstance wave = start();
    submit(wave, 1);
    returnDataProtection(wave, "Rechtsgrundlage fehlt");

    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_EditDraft");
    assertThat(variable(wave, ProcessVariables.RETURNED_BY)).isEqualTo("data-protection-officer");
    assertThat(variable(wave, ProcessVariables.RETURN_REASONS)).isEqualTo("Rechtsgrundlage fehlt");
    assertThat(openTasks(wave, "Task_SchoolAuthorityReview")).isZero();
    assertThat(calls).isEmpty();
  }

  @Test
  void schoolAuthorityReturnsTheDraftWithReasonsAndTheOfficersReviewIsWithdrawn() {
    ProcessInstance wave = start();
    submit(wave, 1);
    returnSchoolAuthority(wave, "Nicht in der Prüfungszeit");

    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_EditDraft");
    assertThat(variable(wave, ProcessVariables.RETURNED_BY)).isEqualTo("school-authority");
    assertThat(variable(wave, ProcessVariables.RETURN_REASONS))
        .isEqualTo("Nicht in der Prüfungszeit");
    assertThat(openTasks(wave, "Task_DataProtectionReview")).isZero();
    assertThat(calls).isEmpty();
  }

  @Test
  void officersApprovalDoesNotOutliveTheAuthoritysReturn() {
    ProcessInstance wave = start();
    submit(wave, 1);
    approveDataProtection(wave);
    returnSchoolAuthority(wave, "Klassen 5 fehlen");
    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_EditDraft");

    submit(wave, 2);
    assertThat(openTaskKeys(wave))
        .as("the officer reviews the new revision again")
        .containsExactlyInAnyOrder("Task_DataProtectionReview", "Task_SchoolAuthorityReview");
    approveSchoolAuthority(wave);
    assertThat(openTaskKeys(wave)).containsExactlyInAnyOrder("Task_DataProtectionReview");
    assertThat(jobs(wave, "Task_GenerateCodes")).isEmpty();

    approveDataProtection(wave);
    assertThat(jobs(wave, "Task_GenerateCodes")).hasSize(1);
    assertThat(variable(wave, ProcessVariables.DATA_PROTECTION_APPROVED_REVISION)).isEqualTo(2);
    assertThat(variable(wave, ProcessVariables.SCHOOL_AUTHORITY_APPROVED_REVISION)).isEqualTo(2);
  }

  @Test
  void authoritysApprovalDoesNotOutliveTheOfficersReturn() {
    ProcessInstance wave = start();
    submit(wave, 1);
    approveSchoolAuthority(wave);
    returnDataProtection(wave, "Freitext zu identifizierend");

    submit(wave, 2);
    approveDataProtection(wave);
    assertThat(openTaskKeys(wave))
        .as("the authority approves the new revision again")
        .containsExactlyInAnyOrder("Task_SchoolAuthorityReview");
    assertThat(jobs(wave, "Task_GenerateCodes")).isEmpty();
  }

  @Test
  void revisionChangedDuringTheReviewGoesBackToTheDraftDespiteTwoApprovals() {
    ProcessInstance wave = start();
    submit(wave, 1);
    approveDataProtection(wave);
    runtimeService().setVariable(wave.getId(), ProcessVariables.DRAFT_REVISION, 2);
    approveSchoolAuthority(wave);

    BpmnAwareTests.assertThat(wave).isWaitingAtExactly("Task_EditDraft");
    assertThat(jobs(wave, "Task_GenerateCodes")).isEmpty();
  }

  @Test
  void reviewWithoutDecisionOrReturnWithoutReasonsIsRefused() {
    ProcessInstance wave = start();
    submit(wave, 1);

    Task officer = task("Task_DataProtectionReview", wave);
    assertThatThrownBy(() -> complete(officer)).hasMessageContaining("dataProtectionOutcome");
    assertThatThrownBy(
            () ->
                complete(
                    officer,
                    Map.of(
                        ProcessVariables.DATA_PROTECTION_OUTCOME,
                        ProcessVariables.RETURNED,
                        ProcessVariables.DATA_PROTECTION_REASONS,
                        "  ")))
        .isInstanceOf(RuntimeException.class);
    Task authority = task("Task_SchoolAuthorityReview", wave);
    assertThatThrownBy(
            () ->
                complete(
                    authority,
                    Map.of(ProcessVariables.SCHOOL_AUTHORITY_OUTCOME, ProcessVariables.RETURNED)))
        .hasMessageContaining("schoolAuthorityReasons");

    assertThat(openTaskKeys(wave))
        .containsExactlyInAnyOrder("Task_DataProtectionReview", "Task_SchoolAuthorityReview");
  }

  @Test
  void noPathReachesTheCodesOrTheFieldButThroughBothApprovalsOfTheSameRevision() {
    BpmnModelInstance model =
        repositoryService()
            .getBpmnModelInstance(
                repositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(ProcessModels.SURVEY_WAVE)
                    .singleResult()
                    .getId());

    // the one way in is the plain start event, and only timers or terminate ends carry events
    assertThat(model.getModelElementsByType(StartEvent.class))
        .allSatisfy(start -> assertThat(start.getEventDefinitions()).isEmpty());
    assertThat(model.getModelElementsByType(EventDefinition.class))
        .allMatch(d -> d instanceof TimerEventDefinition || d instanceof TerminateEventDefinition);

    Set<String> reachable = reachableWithout(model, "StartEvent_WaveCreated", "Flow_Approved");
    assertThat(reachable).contains("Task_EditDraft", "SubProcess_Review", "Gateway_Approved");
    assertThat(reachable)
        .doesNotContain(
            "Task_GenerateCodes",
            "Task_GenerateCodeSheets",
            "Task_ReleaseToSchools",
            "Task_OpenField",
            "SubProcess_FieldPhase");

    SequenceFlow approved = model.getModelElementById("Flow_Approved");
    assertThat(approved.getConditionExpression().getTextContent())
        .contains("execution.getVariable('dataProtectionApprovedRevision') == draftRevision")
        .contains("execution.getVariable('schoolAuthorityApprovedRevision') == draftRevision");
    // inside the review, the way to its normal end is the join of both approvals
    assertThat(reachableWithout(model, "StartEvent_Review", "Flow_ToBothApproved"))
        .doesNotContain("EndEvent_BothApproved");
    ParallelGateway join = model.getModelElementById("Gateway_ReviewJoin");
    assertThat(join.getIncoming())
        .extracting(SequenceFlow::getId)
        .containsExactlyInAnyOrder("Flow_DataProtectionApproved", "Flow_SchoolAuthorityApproved");
  }

  // --- helpers

  private ProcessInstance start() {
    return start(Map.of());
  }

  private ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(ProcessVariables.ORGANISATION_CODE, "lk-musterland");
    variables.put(ProcessVariables.WAVE_ID, WAVE_ID);
    variables.put(ProcessVariables.FIELD_START, FIELD_START);
    variables.put(ProcessVariables.FIELD_END, FIELD_END);
    variables.put(ProcessVariables.REMINDER_BELOW_RATE, 50);
    return runtimeService()
        .startProcessInstanceByKey(ProcessModels.SURVEY_WAVE, Long.toString(WAVE_ID), variables);
  }

  /** Through the field to the close; the hand-over waits as its job. */
  private ProcessInstance closedWave() {
    ProcessInstance wave = releasedWave(Map.of());
    ClockUtil.setCurrentTime(date(FIELD_START));
    execute(job(wave, "Timer_FieldStart"));
    ClockUtil.setCurrentTime(date(FIELD_END));
    execute(job(wave, "Timer_FieldEnd"));
    return wave;
  }

  private ProcessInstance releasedWave(Map<String, Object> extra) {
    ProcessInstance wave = start(extra);
    approveAndRelease(wave);
    return wave;
  }

  private void approveAndRelease(ProcessInstance wave) {
    submit(wave, 1);
    approveDataProtection(wave);
    approveSchoolAuthority(wave);
    execute(job(wave, "Task_GenerateCodes"));
    execute(job(wave, "Task_ReleaseToSchools"));
  }

  private void submit(ProcessInstance wave, int revision) {
    complete(task("Task_EditDraft", wave), Map.of(ProcessVariables.DRAFT_REVISION, revision));
  }

  private void approveDataProtection(ProcessInstance wave) {
    complete(
        task("Task_DataProtectionReview", wave),
        Map.of(ProcessVariables.DATA_PROTECTION_OUTCOME, ProcessVariables.APPROVED));
  }

  private void approveSchoolAuthority(ProcessInstance wave) {
    complete(
        task("Task_SchoolAuthorityReview", wave),
        Map.of(ProcessVariables.SCHOOL_AUTHORITY_OUTCOME, ProcessVariables.APPROVED));
  }

  private void returnDataProtection(ProcessInstance wave, String reasons) {
    complete(
        task("Task_DataProtectionReview", wave),
        Map.of(
            ProcessVariables.DATA_PROTECTION_OUTCOME,
            ProcessVariables.RETURNED,
            ProcessVariables.DATA_PROTECTION_REASONS,
            reasons));
  }

  private void returnSchoolAuthority(ProcessInstance wave, String reasons) {
    complete(
        task("Task_SchoolAuthorityReview", wave),
        Map.of(
            ProcessVariables.SCHOOL_AUTHORITY_OUTCOME,
            ProcessVariables.RETURNED,
            ProcessVariables.SCHOOL_AUTHORITY_REASONS,
            reasons));
  }

  /** Two classes; the plain codes go on as a transient variable, as the real delegate must. */
  private void generateCodes(DelegateExecution execution) {
    calls.add("generateWaveCodes " + execution.getVariable(ProcessVariables.WAVE_ID));
    Map<Long, List<String>> codes = new HashMap<>();
    codes.put(701L, List.of("ABCDEFGHJKMN", "PQRSTUVWXYZ2", "3456789ABCDE"));
    codes.put(702L, List.of("FGHJKMNPQRST", "UVWXYZ234567"));
    execution.setVariable(
        ProcessVariables.PLAIN_CODES, Variables.objectValue(codes, true).create());
  }

  private void generateSheets(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<Long, List<String>> codes =
        (Map<Long, List<String>>) execution.getVariable(ProcessVariables.PLAIN_CODES);
    if (codeSheetsFail) {
      throw new IllegalStateException("printer on fire");
    }
    calls.add(
        "generateCodeSheets "
            + execution.getVariable(ProcessVariables.WAVE_ID)
            + ": 7a="
            + codes.get(701L).size()
            + " 7b="
            + codes.get(702L).size());
  }

  private static Set<String> reachableWithout(
      BpmnModelInstance model, String from, String blockedFlow) {
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> open = new ArrayDeque<>();
    open.add(model.getModelElementById(from));
    while (!open.isEmpty()) {
      FlowNode node = open.poll();
      if (!seen.add(node.getId())) {
        continue;
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        if (!flow.getId().equals(blockedFlow)) {
          open.add(flow.getTarget());
        }
      }
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() == node) {
          open.add(boundary);
        }
      }
      if (node instanceof SubProcess subProcess) {
        subProcess.getChildElementsByType(StartEvent.class).forEach(open::add);
      }
    }
    return seen;
  }

  private Task task(String key, ProcessInstance wave) {
    return BpmnAwareTests.task(key, wave);
  }

  private List<String> openTaskKeys(ProcessInstance wave) {
    return taskService().createTaskQuery().processInstanceId(wave.getId()).list().stream()
        .map(Task::getTaskDefinitionKey)
        .toList();
  }

  private long openTasks(ProcessInstance wave, String key) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(wave.getId())
        .taskDefinitionKey(key)
        .count();
  }

  private Job job(ProcessInstance wave, String activityId) {
    List<Job> jobs = jobs(wave, activityId);
    assertThat(jobs).as("jobs of " + activityId).hasSize(1);
    return jobs.get(0);
  }

  private List<Job> jobs(ProcessInstance wave, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(wave.getId())
        .activityId(activityId)
        .list();
  }

  private Object variable(ProcessInstance wave, String name) {
    return runtimeService().getVariable(wave.getId(), name);
  }

  private List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private static Date date(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }

  private static Date plusDays(String isoDateTime, int days) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant().plus(Duration.ofDays(days)));
  }
}

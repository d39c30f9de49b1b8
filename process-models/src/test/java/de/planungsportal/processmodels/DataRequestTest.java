package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
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
@Deployment(resources = "bpmn/data-request.bpmn")
class DataRequestTest {

  private static final long REQUEST_ID = 7L;
  private static final long IGS = 31L;
  private static final long GYMNASIUM = 32L;
  private static final Date NOW = at(2027, 2, 1, 9);
  private static final Date DUE = at(2027, 3, 1, 0);
  private static final Date REMIND_AT = at(2027, 2, 26, 0);
  private static final Date OVERDUE_AT = at(2027, 3, 2, 0);

  ProcessEngine processEngine;

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(processEngine);
    ClockUtil.setCurrentTime(NOW);
    register("dataRequestReminder");
    register("dataRequestEscalation");
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void eachSchoolGetsAFillInTaskForItsContactsDueAtTheDueDate() {
    ProcessInstance request = start();

    List<Task> fillIns = tasks(request, "Task_FillIn");
    assertThat(fillIns).hasSize(2);
    assertThat(fillIns)
        .flatExtracting(this::candidateGroups)
        .containsExactlyInAnyOrder("school-contact#school-31", "school-contact#school-32");
    assertThat(fillIns).extracting(Task::getDueDate).containsOnly(DUE);
  }

  @Test
  void reminderTimerFiresBeforeTheDueDateAndTheTaskStaysOpen() {
    ProcessInstance request = start();
    Job reminder = timer(request, "Timer_Reminder", IGS);
    assertThat(reminder.getDuedate()).isEqualTo(REMIND_AT);

    execute(reminder);
    assertThat(calls).as("mail only in the asynchronous step").isEmpty();
    execute(job(request, "Task_RemindSchool"));

    assertThat(calls).containsExactly("dataRequestReminder 7 31");
    assertThat(tasks(request, "Task_FillIn")).hasSize(2);
    BpmnAwareTests.assertThat(request).hasPassed("EndEvent_Reminded").isWaitingAt("Task_FillIn");
  }

  @Test
  void dueTimerEscalatesAfterTheDueDayAndTheTaskStaysOpen() {
    ProcessInstance request = start();
    Job due = timer(request, "Timer_Due", GYMNASIUM);
    assertThat(due.getDuedate()).isEqualTo(OVERDUE_AT);

    execute(due);
    execute(job(request, "Task_EscalateOverdue"));

    assertThat(calls).containsExactly("dataRequestEscalation 7 32");
    assertThat(tasks(request, "Task_FillIn")).hasSize(2);
    BpmnAwareTests.assertThat(request).hasPassed("EndEvent_Escalated").isWaitingAt("Task_FillIn");
  }

  @Test
  void returnedAnswerGoesBackToThatSchoolOnlyWithFreshTimers() {
    ProcessInstance request = start();
    submit(request, IGS);
    submit(request, GYMNASIUM);
    assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count())
        .as("timers withdrawn once submitted")
        .isZero();

    review(request, IGS, ProcessVariables.RETURNED);
    review(request, GYMNASIUM, ProcessVariables.ACCEPTED);

    List<Task> fillIns = tasks(request, "Task_FillIn");
    assertThat(fillIns).hasSize(1);
    assertThat(candidateGroups(fillIns.get(0))).containsExactly("school-contact#school-31");
    assertThat(tasks(request, "Task_Review")).isEmpty();
    assertThat(timer(request, "Timer_Reminder", IGS)).isNotNull();
    assertThat(timer(request, "Timer_Due", IGS)).isNotNull();
    BpmnAwareTests.assertThat(request).isNotEnded();
  }

  @Test
  void resubmittedAnswerIsReviewedAgainAndAcceptingAllClosesTheRequest() {
    ProcessInstance request = start();
    submit(request, IGS);
    review(request, IGS, ProcessVariables.RETURNED);
    submit(request, IGS);
    submit(request, GYMNASIUM);

    assertThat(tasks(request, "Task_Review")).hasSize(2);
    review(request, IGS, ProcessVariables.ACCEPTED);
    BpmnAwareTests.assertThat(request).isNotEnded();
    review(request, GYMNASIUM, ProcessVariables.ACCEPTED);

    BpmnAwareTests.assertThat(request).hasPassed("EndEvent_Accepted").isEnded();
    BpmnAwareTests.assertThat(request).hasPassed("EndEvent_RequestClosed");
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, "lk-musterland");
    variables.put(ProcessVariables.DATA_REQUEST_ID, REQUEST_ID);
    variables.put(ProcessVariables.SCHOOLS, new ArrayList<>(List.of(IGS, GYMNASIUM)));
    variables.put(ProcessVariables.DATA_REQUEST_DUE, DUE);
    variables.put(ProcessVariables.DATA_REQUEST_REMIND_AT, REMIND_AT);
    variables.put(ProcessVariables.DATA_REQUEST_OVERDUE_AT, OVERDUE_AT);
    return runtimeService()
        .startProcessInstanceByKey(
            ProcessModels.DATA_REQUEST, String.valueOf(REQUEST_ID), variables);
  }

  private void submit(ProcessInstance request, long school) {
    complete(task(request, "Task_FillIn", school));
  }

  private void review(ProcessInstance request, long school, String outcome) {
    complete(
        task(request, "Task_Review", school),
        withVariables(ProcessVariables.REVIEW_OUTCOME, outcome));
  }

  private Task task(ProcessInstance request, String key, long school) {
    return tasks(request, key).stream()
        .filter(t -> Long.valueOf(school).equals(schoolOf(t.getExecutionId())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " for school " + school));
  }

  private Job timer(ProcessInstance request, String timerId, long school) {
    return managementService()
        .createJobQuery()
        .processInstanceId(request.getId())
        .activityId(timerId)
        .list()
        .stream()
        .filter(j -> Long.valueOf(school).equals(schoolOf(j.getExecutionId())))
        .findFirst()
        .orElse(null);
  }

  private Long schoolOf(String executionId) {
    return (Long) runtimeService().getVariable(executionId, ProcessVariables.SCHOOL);
  }

  private List<Task> tasks(ProcessInstance request, String key) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(request.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private Job job(ProcessInstance request, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(request.getId())
        .activityId(activityId)
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private void register(String name) {
    Mocks.register(
        name,
        (JavaDelegate)
            execution ->
                calls.add(
                    name
                        + " "
                        + execution.getVariable(ProcessVariables.DATA_REQUEST_ID)
                        + " "
                        + execution.getVariable(ProcessVariables.SCHOOL)));
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}

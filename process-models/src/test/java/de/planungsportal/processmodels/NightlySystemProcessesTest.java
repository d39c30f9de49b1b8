package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The installation's nightly processes: each a timer cycle around one retried service task. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/DataRetention.bpmn", "bpmn/CommitteeSeats.bpmn"})
class NightlySystemProcessesTest {

  enum Nightly {
    RETENTION("DataRetention", "Task_ApplyRetention", "applyRetentionDelegate", 3, 0),
    SEATS("CommitteeSeats", "Task_ApplySeats", "applySeatsDelegate", 0, 5);

    final String key;
    final String task;
    final String delegate;
    final int hour;
    final int minute;

    Nightly(String key, String task, String delegate, int hour, int minute) {
      this.key = key;
      this.task = task;
      this.delegate = delegate;
      this.hour = hour;
      this.minute = minute;
    }
  }

  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @ParameterizedTest
  @EnumSource(Nightly.class)
  void deployingSchedulesTheNightlyRunAtItsHour(Nightly nightly) {
    Job timer = nightlyTimer(nightly);

    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).hasHourOfDay(nightly.hour).hasMinute(nightly.minute);
  }

  @ParameterizedTest
  @EnumSource(Nightly.class)
  void nightlyRunWorksOnceAndSchedulesTheNextRun(Nightly nightly) {
    AtomicInteger runs = new AtomicInteger();
    Mocks.register(nightly.delegate, (JavaDelegate) execution -> runs.incrementAndGet());

    ProcessInstance run = startNightlyRun(nightly);
    BpmnAwareTests.assertThat(run).isWaitingAt(nightly.task);
    execute(jobOf(run));

    assertThat(runs).hasValue(1);
    BpmnAwareTests.assertThat(run).hasPassed(nightly.task).isEnded();
    assertThat(nightlyTimer(nightly)).as("the cycle schedules the next night").isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Nightly.class)
  void failingRunIsRetriedLaterInsteadOfLost(Nightly nightly) {
    Mocks.register(
        nightly.delegate,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database busy");
            });

    ProcessInstance run = startNightlyRun(nightly);
    BpmnAwareTests.assertThat(run).isWaitingAt(nightly.task);
    assertThatThrownBy(() -> execute(jobOf(run))).hasMessageContaining("database busy");

    Job retry = jobOf(run);
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getDuedate()).isInTheFuture();
    BpmnAwareTests.assertThat(run).isWaitingAt(nightly.task);
  }

  private static Job nightlyTimer(Nightly nightly) {
    return managementService()
        .createJobQuery()
        .timers()
        .processDefinitionKey(nightly.key)
        .singleResult();
  }

  private static Job jobOf(ProcessInstance run) {
    return managementService().createJobQuery().processInstanceId(run.getId()).singleResult();
  }

  private static ProcessInstance startNightlyRun(Nightly nightly) {
    execute(nightlyTimer(nightly));
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(nightly.key)
        .singleResult();
  }
}

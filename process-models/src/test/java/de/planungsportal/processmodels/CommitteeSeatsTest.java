package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/CommitteeSeats.bpmn")
class CommitteeSeatsTest {

  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void deployingSchedulesANightlyRunJustAfterMidnight() {
    Job timer = nightlyTimer();

    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).hasHourOfDay(0).hasMinute(5);
  }

  @Test
  void nightlyRunAppliesTheSeatsOnceAndSchedulesTheNextRun() {
    AtomicInteger runs = new AtomicInteger();
    Mocks.register("applySeatsDelegate", (JavaDelegate) execution -> runs.incrementAndGet());

    ProcessInstance run = startNightlyRun();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplySeats");
    execute(job());

    assertThat(runs).hasValue(1);
    BpmnAwareTests.assertThat(run).hasPassed("Task_ApplySeats").isEnded();
    assertThat(nightlyTimer()).as("the cycle schedules the next night").isNotNull();
  }

  @Test
  void failingRunIsRetriedLaterInsteadOfLost() {
    Mocks.register(
        "applySeatsDelegate",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database busy");
            });

    ProcessInstance run = startNightlyRun();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplySeats");
    assertThatThrownBy(() -> execute(job())).hasMessageContaining("database busy");

    Job retry = managementService().createJobQuery().processInstanceId(run.getId()).singleResult();
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getDuedate()).isInTheFuture();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplySeats");
  }

  private Job nightlyTimer() {
    return managementService().createJobQuery().timers().singleResult();
  }

  private ProcessInstance startNightlyRun() {
    execute(nightlyTimer());
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("CommitteeSeats")
        .singleResult();
  }
}

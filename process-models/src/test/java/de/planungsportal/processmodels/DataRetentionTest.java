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
@Deployment(resources = "bpmn/DataRetention.bpmn")
class DataRetentionTest {

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
  void deployingSchedulesANightlyRunAtThreeOClock() {
    Job timer = nightlyTimer();

    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).hasHourOfDay(3).hasMinute(0);
  }

  @Test
  void nightlyRunAppliesRetentionOnceAndSchedulesTheNextRun() {
    AtomicInteger runs = new AtomicInteger();
    Mocks.register("applyRetentionDelegate", (JavaDelegate) execution -> runs.incrementAndGet());

    ProcessInstance run = startNightlyRun();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplyRetention");
    execute(job());

    assertThat(runs).hasValue(1);
    BpmnAwareTests.assertThat(run).hasPassed("Task_ApplyRetention").isEnded();
    assertThat(nightlyTimer()).as("the cycle schedules the next night").isNotNull();
  }

  @Test
  void failingRunIsRetriedLaterInsteadOfLost() {
    Mocks.register(
        "applyRetentionDelegate",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database busy");
            });

    ProcessInstance run = startNightlyRun();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplyRetention");
    assertThatThrownBy(() -> execute(job())).hasMessageContaining("database busy");

    Job retry = managementService().createJobQuery().processInstanceId(run.getId()).singleResult();
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getDuedate()).isInTheFuture();
    BpmnAwareTests.assertThat(run).isWaitingAt("Task_ApplyRetention");
  }

  private Job nightlyTimer() {
    return managementService().createJobQuery().timers().singleResult();
  }

  private ProcessInstance startNightlyRun() {
    execute(nightlyTimer());
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("DataRetention")
        .singleResult();
  }
}

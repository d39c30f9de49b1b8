package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
@Deployment(resources = "bpmn/HelloPlanningCycle.bpmn")
class HelloPlanningCycleTest {

  ProcessEngine processEngine;

  private final List<Long> openedCycles = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void plannerConfirmsCycleAndItIsOpened() {
    Mocks.register(
        "openCycleDelegate",
        (JavaDelegate)
            execution ->
                openedCycles.add((Long) execution.getVariable(ProcessVariables.PLANNING_CYCLE_ID)));

    ProcessInstance instance = startFor(42L);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConfirmCycle");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("planner");

    complete(task());

    BpmnAwareTests.assertThat(instance).hasPassed("Task_OpenCycle").isEnded();
    assertThat(openedCycles).containsExactly(42L);
  }

  @Test
  void failingOpenStepLeavesConfirmationTaskOpen() {
    Mocks.register(
        "openCycleDelegate",
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("another cycle is already open");
            });

    ProcessInstance instance = startFor(7L);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConfirmCycle");

    assertThatThrownBy(() -> complete(task())).hasMessageContaining("already open");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConfirmCycle").isNotEnded();
  }

  private ProcessInstance startFor(long cycleId) {
    return runtimeService()
        .startProcessInstanceByKey(
            ProcessModels.HELLO_PLANNING_CYCLE,
            withVariables(
                ProcessVariables.PLANNING_CYCLE_ID,
                cycleId,
                ProcessVariables.ORGANISATION_CODE,
                "lk-musterland"));
  }
}

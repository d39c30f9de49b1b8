package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
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

/**
 * The education report: the planner's request returns at once, the PDF is generated in a job of its
 * own, and a failure becomes an incident (no second automatic try) that a retry resolves.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/education-report.bpmn")
class EducationReportTest {

  private static final String DELEGATE = "generateEducationReportDelegate";

  ProcessEngine processEngine;
  private final List<Object> generated = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(processEngine);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void requestWaitsForTheGenerationJobWhichEndsTheProcess() {
    Mocks.register(
        DELEGATE, (JavaDelegate) execution -> generated.add(execution.getVariable("reportId")));

    // Given a planner asked for the report
    ProcessInstance report = start();

    // Then nothing was generated in the planner's transaction
    BpmnAwareTests.assertThat(report).isWaitingAt("Task_GenerateReport");
    assertThat(generated).isEmpty();

    // When the job runs
    execute(jobOf(report));

    // Then the report was generated once and the process ended
    assertThat(generated).containsExactly(12L);
    BpmnAwareTests.assertThat(report).hasPassed("Task_GenerateReport").isEnded();
  }

  @Test
  void failureBecomesAnIncidentAtOnceAndARetrySucceeds() {
    AtomicBoolean broken = new AtomicBoolean(true);
    Mocks.register(
        DELEGATE,
        (JavaDelegate)
            execution -> {
              if (broken.get()) {
                throw new IllegalStateException("indicator table locked");
              }
              generated.add(execution.getVariable("reportId"));
            });
    ProcessInstance report = start();

    // When generation fails
    assertThatThrownBy(() -> execute(jobOf(report))).hasMessageContaining("indicator table locked");

    // Then its retries are used up and an incident says why
    Job failed = jobOf(report);
    assertThat(failed.getRetries()).isZero();
    assertThat(failed.getExceptionMessage()).contains("indicator table locked");
    Incident incident =
        runtimeService().createIncidentQuery().processInstanceId(report.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_GenerateReport");
    BpmnAwareTests.assertThat(report).isWaitingAt("Task_GenerateReport");

    // When the cause is gone and a planner retries
    broken.set(false);
    managementService().setJobRetries(failed.getId(), 1);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(report.getId()).count())
        .as("retrying resolves the incident")
        .isZero();
    execute(jobOf(report));

    // Then the report is generated and the process ends
    assertThat(generated).containsExactly(12L);
    BpmnAwareTests.assertThat(report).isEnded();
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            ProcessModels.EDUCATION_REPORT,
            "12",
            Map.of("reportId", 12L, ProcessVariables.ORGANISATION_CODE, "lk-test"));
  }

  private static Job jobOf(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}

package de.planungsportal.it;

import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.survey.field.FieldTimes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test-only: starts the real survey-wave process for a wave written in review (see {@link
 * TestResultWaves#submitted}) and takes it through submission and both reviews the way
 * WaveService.submit and WaveReviewService.decide complete those tasks, with the approvals the test
 * has recorded in wave_approval. From there the process's own jobs make codes and sheets, release
 * the wave and open the field ({@link SurveyWaveJobsFixture} runs them now). Parameters: wave,
 * organisation (code), start and end (ISO days of the field). Answers the process instance's id.
 * Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(SurveyWaveStartFixture.PATH)
public class SurveyWaveStartFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "survey-wave-start";

  private static final long serialVersionUID = 1L;

  @Inject private transient ProcessEngine engine;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String wave = request.getParameter("wave");
    LocalDate start = LocalDate.parse(request.getParameter("start"));
    LocalDate end = LocalDate.parse(request.getParameter("end"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, request.getParameter("organisation"));
    variables.put(ProcessVariables.WAVE_ID, Long.parseLong(wave));
    variables.put(ProcessVariables.FIELD_START, FieldTimes.fieldStart(start));
    variables.put(ProcessVariables.FIELD_END, FieldTimes.fieldEnd(end));
    variables.put(ProcessVariables.REMINDER_BELOW_RATE, 50);
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(ProcessModels.SURVEY_WAVE, wave, variables);
    complete(instance, "Task_EditDraft", Map.of(ProcessVariables.DRAFT_REVISION, 1));
    complete(
        instance,
        "Task_DataProtectionReview",
        Map.of(ProcessVariables.DATA_PROTECTION_OUTCOME, ProcessVariables.APPROVED));
    complete(
        instance,
        "Task_SchoolAuthorityReview",
        Map.of(ProcessVariables.SCHOOL_AUTHORITY_OUTCOME, ProcessVariables.APPROVED));
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(instance.getId());
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    var task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("no task " + taskKey + " in " + instance.getId());
    }
    engine.getTaskService().complete(task.getId(), variables);
  }
}

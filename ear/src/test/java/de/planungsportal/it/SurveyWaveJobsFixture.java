package de.planungsportal.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Test-only: runs the due jobs of the survey-wave process of the wave with the given id (the
 * process's business key) now, instead of waiting for the job executor's next round: the code
 * generation and release after both approvals, and the field-start timer once its day has come
 * (moved there through field-period.xhtml). A job the executor takes at the same moment is left to
 * it. Answers one line per job ("ran Task_X" or "failed Task_X: message"), 404 when the wave has no
 * running process. Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(SurveyWaveJobsFixture.PATH)
public class SurveyWaveJobsFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "survey-wave-jobs";

  private static final long serialVersionUID = 1L;

  @Inject private transient ProcessEngine engine;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String wave = request.getParameter("wave");
    var instance =
        wave == null
            ? null
            : engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("survey-wave")
                .processInstanceBusinessKey(wave)
                .singleResult();
    if (instance == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StringBuilder report = new StringBuilder();
    for (Job job :
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .executable()
            .list()) {
      String activity = activityOf(job);
      try {
        engine.getManagementService().executeJob(job.getId());
        report.append("ran ").append(activity).append('\n');
      } catch (RuntimeException e) {
        // taken by the job executor meanwhile, or failed: the caller polls the wave's state
        report.append("failed ").append(activity).append(": ").append(e).append('\n');
      }
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(report.toString());
  }

  private String activityOf(Job job) {
    var definition =
        job.getJobDefinitionId() == null
            ? null
            : engine
                .getManagementService()
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
    return definition == null ? job.getId() : definition.getActivityId();
  }
}

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
 * Test-only time travel: fires the waiting follow-up timer of the planning cycle with the given id
 * (the process's business key) now instead of in a quarter, so a browser journey sees the
 * progress-report tasks of the first round. Answers 404 when that cycle waits at no such timer.
 * Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(FollowUpTimerFixture.PATH)
public class FollowUpTimerFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "follow-up-timer";

  private static final long serialVersionUID = 1L;

  @Inject private transient ProcessEngine engine;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cycle = request.getParameter("cycle");
    var instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("planning-cycle")
            .processInstanceBusinessKey(cycle)
            .singleResult();
    Job timer =
        instance == null
            ? null
            : engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("Timer_FollowUpRound")
                .singleResult();
    if (timer == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    engine.getManagementService().executeJob(timer.getId());
    response.setContentType("text/plain");
    response.getWriter().write(timer.getId());
  }
}

package de.planungsportal.it;

import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Test-only: starts a planning cycle of an organisation on the real engine and completes its one
 * contribution task as the given user, so that browser tests find an instance waiting at
 * consolidation. Answers the instance id. Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(ProcessPictureFixture.PATH)
public class ProcessPictureFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "planning-cycle";

  private static final long serialVersionUID = 1L;

  @Inject private transient RuntimeService runtimeService;
  @Inject private transient TaskService taskService;
  @Inject private transient ProcessEngine engine;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String organisation = request.getParameter("organisation");
    String contributor = request.getParameter("contributor");
    Instant now = Instant.now();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.PLANNING_CYCLE_ID, 0L);
    variables.put(ProcessVariables.ORGANISATION_CODE, organisation);
    variables.put(ProcessVariables.YEAR, 2027);
    variables.put(ProcessVariables.DEPARTMENTS, new ArrayList<>(List.of(1L)));
    // far ahead: no reminder or escalation timer fires while the test looks
    variables.put(ProcessVariables.CONTRIBUTION_REMINDER_DATE, in(now, 300));
    variables.put(ProcessVariables.CONTRIBUTION_DUE, in(now, 310));
    variables.put(ProcessVariables.YEAR_END, in(now, 700));
    String instanceId =
        runtimeService.startProcessInstanceByKey(ProcessModels.PLANNING_CYCLE, variables).getId();
    Task contribution =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey("Task_Contribute")
            .singleResult();
    IdentityService identityService = engine.getIdentityService();
    // as the task list will: the user operation log then records who completed the task; with a
    // user set, the engine checks tenants too
    identityService.setAuthentication(contributor, List.of(), List.of(organisation));
    try {
      taskService.claim(contribution.getId(), contributor);
      taskService.complete(contribution.getId());
    } finally {
      identityService.clearAuthentication();
    }
    response.setContentType("text/plain");
    response.getWriter().write(instanceId);
  }

  private static Date in(Instant now, int days) {
    return Date.from(now.plus(days, ChronoUnit.DAYS));
  }
}

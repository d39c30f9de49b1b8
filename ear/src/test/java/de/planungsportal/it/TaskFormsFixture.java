package de.planungsportal.it;

import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Test-only: moves a planning cycle through the steps the task forms do not cover, through the real
 * services. {@code start} starts a cycle of an organisation for the given departments and answers
 * its id; {@code publish} signs off the submitted version as the head, approves it in every
 * committee the route names (seated by {@link CommitteeSteps} where missing), lets it be published,
 * starts a follow-up round and answers the id of the given department's progress-report task.
 * Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(TaskFormsFixture.PATH)
public class TaskFormsFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "task-forms";

  private static final long serialVersionUID = 1L;

  @Inject private transient PlanningCycleService cycles;
  @Inject private transient DecisionService decisions;
  @Inject private transient CommitteeSteps committees;
  @Inject private transient TaskService taskService;
  @Inject private transient ProcessEngine engine;
  @PersistenceContext private transient EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String organisation = request.getParameter("organisation");
    String answer =
        switch (request.getParameter("action")) {
          case "start" -> start(organisation, request.getParameter("departments"));
          case "publish" ->
              publish(
                  organisation,
                  Long.parseLong(request.getParameter("cycle")),
                  Long.parseLong(request.getParameter("department")));
          default -> throw new IllegalArgumentException("no such action");
        };
    response.setContentType("text/plain");
    response.getWriter().write(answer);
  }

  private String start(String organisation, String departments) {
    int year = LocalDate.now().getYear() + 1;
    List<Long> ids = Arrays.stream(departments.split(",")).map(Long::valueOf).toList();
    PlanningCycle cycle =
        cycles.start(
            actor(organisation, "planer", Role.PLANNER),
            new StartCycle(
                year, "Arbeitsplan " + year, ids, LocalDate.now().plusDays(20), "P3M", false));
    return String.valueOf(cycle.getId());
  }

  private String publish(String organisation, long cycleId, long department) {
    Actor head = actor(organisation, "landrat", Role.ADMINISTRATIVE_HEAD);
    committees.seat(head.organisationId());
    decisions.approve(head, decisions.awaitingSignOff(head, cycleId).getId());
    committees.approveAll(cycleId, CommitteeSteps.PASSWORD);
    String instance =
        cycles.find(actor(organisation, "planer", Role.PLANNER), cycleId).getProcessInstanceId();
    ManagementService jobs = engine.getManagementService();
    runDueJobs(jobs, instance);
    Job round =
        jobs.createJobQuery()
            .processInstanceId(instance)
            .activityId("Timer_FollowUpRound")
            .singleResult();
    jobs.executeJob(round.getId());
    runDueJobs(jobs, instance);
    Task report =
        taskService
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ReportProgress")
            .list()
            .stream()
            .filter(
                t ->
                    Long.valueOf(department)
                        .equals(
                            ((Number)
                                    taskService.getVariable(t.getId(), ProcessVariables.DEPARTMENT))
                                .longValue()))
            .findFirst()
            .orElseThrow();
    return report.getId();
  }

  /** Runs the instance's due jobs, whether or not the job executor took them first. */
  private static void runDueJobs(ManagementService jobs, String instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = jobs.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          jobs.executeJob(job.getId());
        } catch (RuntimeException takenByTheExecutor) {
          pause();
        }
      }
    }
    throw new IllegalStateException("jobs of " + instance + " keep being due");
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Actor actor(String organisation, String username, Role role) {
    Object[] org =
        (Object[])
            em.createNativeQuery("SELECT id, name FROM organisation WHERE code = ?1")
                .setParameter(1, organisation)
                .getSingleResult();
    return new Actor(
        0,
        username,
        username,
        ((Number) org[0]).longValue(),
        organisation,
        (String) org[1],
        List.of(new Actor.Grant(role, null, null, null)));
  }
}

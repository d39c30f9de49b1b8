package de.planungsportal.workflow;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The open user tasks of one process instance by step, completed in the caller's transaction with
 * the actor recorded as assignee, so the history shows who decided. Features keep their own step
 * names and look-ups around it.
 */
@ApplicationScoped
public class ProcessTasks {

  @Inject private TaskService taskService;
  @Inject private ProcessEngine engine;

  /** The instance's open tasks of one step, oldest first; none without an instance. */
  public List<Task> open(String processInstanceId, String step) {
    if (processInstanceId == null) {
      return List.of();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(step)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  /**
   * Completes the task as the actor. A task a colleague has claimed stays theirs: the forms are
   * reachable by the whole group, so the claim is enforced here, not only in the task list.
   */
  public void complete(Actor actor, Task task, Map<String, Object> variables) {
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw new InvalidInputException("tasks.alreadyClaimed");
    }
    taskService.setAssignee(task.getId(), actor.username());
    IdentityService identityService = engine.getIdentityService();
    // the engine checks the tenant of an authenticated user: the actor's organisation
    identityService.setAuthentication(
        actor.username(), actor.candidateGroups(), List.of(actor.organisationCode()));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}

package de.planungsportal.datarequest;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The open user tasks of one school in a request's data-request instance, completed in the caller's
 * transaction with the actor as assignee and the organisation as tenant, so the history shows who
 * did it.
 */
@ApplicationScoped
class DataRequestTasks {

  static final String FILL_IN = "Task_FillIn";
  static final String REVIEW = "Task_Review";

  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private ProcessEngine engine;

  /** The school's open task at the step, if the request is there for that school. */
  Optional<Task> open(DataRequest request, long schoolId, String step) {
    if (request.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(request.getProcessInstanceId())
        .taskDefinitionKey(step)
        .list()
        .stream()
        .filter(t -> Long.valueOf(schoolId).equals(schoolOf(t)))
        .findFirst();
  }

  private Long schoolOf(Task task) {
    Object school = runtimeService.getVariable(task.getExecutionId(), ProcessVariables.SCHOOL);
    return school instanceof Number n ? n.longValue() : null;
  }

  /** Completes the task as the actor; a task a colleague has claimed stays theirs. */
  void complete(Actor actor, Task task, Map<String, Object> variables) {
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw new InvalidInputException("tasks.alreadyClaimed");
    }
    taskService.setAssignee(task.getId(), actor.username());
    IdentityService identityService = engine.getIdentityService();
    identityService.setAuthentication(
        actor.username(), actor.candidateGroups(), List.of(actor.organisationCode()));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}

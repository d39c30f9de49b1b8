package de.planungsportal.datarequest;

import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.workflow.ProcessTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
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

  @Inject private ProcessTasks tasks;
  @Inject private RuntimeService runtimeService;

  /** The school's open task at the step, if the request is there for that school. */
  Optional<Task> open(DataRequest request, long schoolId, String step) {
    return tasks.open(request.getProcessInstanceId(), step).stream()
        .filter(t -> Long.valueOf(schoolId).equals(schoolOf(t)))
        .findFirst();
  }

  private Long schoolOf(Task task) {
    Object school = runtimeService.getVariable(task.getExecutionId(), ProcessVariables.SCHOOL);
    return school instanceof Number n ? n.longValue() : null;
  }

  /** Completes the task as the actor; a task a colleague has claimed stays theirs. */
  void complete(Actor actor, Task task, Map<String, Object> variables) {
    tasks.complete(actor, task, variables);
  }
}

package de.planungsportal.planning;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.workflow.ProcessTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The open user tasks of a cycle's process instance, found by step and (for multi-instance steps)
 * by their local department, and completed in the caller's transaction with the actor recorded as
 * assignee, so the history shows who did what.
 */
@ApplicationScoped
class CycleTasks {

  static final String CONTRIBUTE = "Task_Contribute";
  static final String CONSOLIDATE = "Task_Consolidate";
  static final String HEAD_SIGN_OFF = "Task_HeadSignOff";
  static final String REPORT_PROGRESS = "Task_ReportProgress";
  static final String YEAR_END_REPORT = "Task_YearEndReport";

  @Inject private TaskService taskService;
  @Inject private ProcessTasks tasks;

  List<Task> open(PlanningCycle cycle, String step) {
    return tasks.open(cycle.getProcessInstanceId(), step);
  }

  /** The one open task of a step, or bad input: the cycle is not at that step. */
  Task single(PlanningCycle cycle, String step) {
    return open(cycle, step).stream()
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("planning.notAtStep"));
  }

  /** The open task of a multi-instance step whose element variable has this value. */
  Task withVariable(PlanningCycle cycle, String step, String variable, Object value) {
    return open(cycle, step).stream()
        .filter(t -> Objects.equals(taskService.getVariable(t.getId(), variable), value))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("planning.notAtStep"));
  }

  Task byId(PlanningCycle cycle, String step, String taskId) {
    return open(cycle, step).stream()
        .filter(t -> t.getId().equals(taskId))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("planning.notAtStep"));
  }

  Object variable(Task task, String name) {
    return taskService.getVariable(task.getId(), name);
  }

  Long department(Task task) {
    Object value = variable(task, ProcessVariables.DEPARTMENT);
    return value instanceof Number n ? n.longValue() : null;
  }

  /** Completes the task as the actor; a task a colleague has claimed stays theirs. */
  void complete(Actor actor, Task task, Map<String, Object> variables) {
    tasks.complete(actor, task, variables);
  }
}

package de.planungsportal.workflow;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasks a staff member may work on: assigned to them or offered to one of their groups, within
 * their own organisation only. Claiming and giving back act on those tasks only; a task outside the
 * actor's own list is refused exactly like one that does not exist.
 */
@ApplicationScoped
public class TaskListService {

  /** What the list can be sorted by. */
  public enum Sort {
    CREATED,
    DUE
  }

  @Inject private TaskService taskService;
  @Inject private RepositoryService repositoryService;
  @Inject private RuntimeService runtimeService;

  public long count(Actor actor) {
    return query(actor).count();
  }

  /** One page of the actor's tasks; newest first unless sorted otherwise. */
  public List<TaskItem> page(Actor actor, int first, int size, Sort sort, boolean ascending) {
    TaskQuery query = query(actor);
    query = sort == Sort.DUE ? query.orderByDueDate() : query.orderByTaskCreateTime();
    query = ascending ? query.asc() : query.desc();
    List<Task> tasks = query.orderByTaskId().asc().listPage(Math.max(0, first), Math.max(1, size));
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, ProcessDefinition> definitions =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionIdIn(
                tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new))
            .list()
            .stream()
            .collect(Collectors.toMap(ProcessDefinition::getId, d -> d, (a, b) -> a));
    Map<String, String> businessKeys =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceIds(
                tasks.stream()
                    .map(Task::getProcessInstanceId)
                    .filter(id -> id != null)
                    .collect(Collectors.toSet()))
            .list()
            .stream()
            .filter(p -> p.getBusinessKey() != null)
            .collect(
                Collectors.toMap(
                    ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    Date now = new Date();
    return tasks.stream()
        .map(
            t -> {
              ProcessDefinition definition = definitions.get(t.getProcessDefinitionId());
              return new TaskItem(
                  t.getId(),
                  t.getName(),
                  definition == null
                      ? null
                      : definition.getName() != null ? definition.getName() : definition.getKey(),
                  t.getCreateTime(),
                  t.getDueDate(),
                  t.getTaskDefinitionKey(),
                  definition == null ? null : definition.getKey(),
                  businessKeys.get(t.getProcessInstanceId()),
                  t.getAssignee(),
                  actor.username().equals(t.getAssignee()),
                  t.getDueDate() != null && t.getDueDate().before(now));
            })
        .toList();
  }

  /** Takes a task offered to one of the actor's groups that nobody works on yet. */
  @Transactional
  public void claim(Actor actor, String taskId) {
    Task task = ownTask(actor, taskId);
    if (task.getAssignee() != null) {
      throw new InvalidInputException(
          actor.username().equals(task.getAssignee())
              ? "tasks.alreadyYours"
              : "tasks.alreadyClaimed");
    }
    taskService.claim(task.getId(), actor.username());
  }

  /** Gives a task the actor took back to its groups. */
  @Transactional
  public void unclaim(Actor actor, String taskId) {
    Task task = ownTask(actor, taskId);
    if (!actor.username().equals(task.getAssignee())) {
      throw new InvalidInputException("tasks.notClaimedByYou");
    }
    taskService.setAssignee(task.getId(), null);
  }

  private Task ownTask(Actor actor, String taskId) {
    Task task =
        taskId == null || taskId.isBlank() || taskId.length() > 64
            ? null
            : query(actor).taskId(taskId).singleResult();
    if (task == null) {
      throw new AccessDeniedException(
          "task " + taskId + " is not in the list of " + actor.username());
    }
    return task;
  }

  private TaskQuery query(Actor actor) {
    TaskQuery query = taskService.createTaskQuery().tenantIdIn(actor.organisationCode()).active();
    List<String> groups = actor.candidateGroups();
    if (groups.isEmpty()) {
      return query.taskAssignee(actor.username());
    }
    return query.or().taskAssignee(actor.username()).taskCandidateGroupIn(groups).endOr();
  }
}

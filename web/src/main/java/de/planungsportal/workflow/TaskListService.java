package de.planungsportal.workflow;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasks a staff member may work on: assigned to them or offered to one of their groups, within
 * their own organisation only.
 */
@ApplicationScoped
public class TaskListService {

  @Inject private TaskService taskService;
  @Inject private RepositoryService repositoryService;

  public long count(Actor actor) {
    return query(actor).count();
  }

  public List<TaskItem> page(Actor actor, int first, int size) {
    List<Task> tasks = query(actor).orderByTaskCreateTime().desc().listPage(first, size);
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> processNames =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionIdIn(
                tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new))
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    ProcessDefinition::getId,
                    d -> d.getName() != null ? d.getName() : d.getKey(),
                    (a, b) -> a));
    Function<Task, TaskItem> toItem =
        t ->
            new TaskItem(
                t.getId(),
                t.getName(),
                processNames.get(t.getProcessDefinitionId()),
                t.getCreateTime(),
                t.getDueDate());
    return tasks.stream().map(toItem).toList();
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

package de.planungsportal.workflow;

import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * A process instance as a picture: its model, the steps now active and those finished, and a
 * timeline of who did what when, all from the engine's history so that ended instances show too.
 * Only planners and admins of the instance's organisation see it; an instance of another
 * organisation is answered like an unknown one, so its existence does not leak.
 */
@ApplicationScoped
public class ProcessPicture {

  /** Roles that see a whole process of their organisation, not only their own tasks. */
  static final Set<Role> VIEWERS = EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD, Role.ADMIN);

  /** Camunda's ids: digits (default generator) or a UUID, nothing a query should ever see else. */
  private static final Pattern INSTANCE_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

  /** Activity types worth a line in the timeline; gateways and events are just plumbing. */
  private static final Set<String> STEP_TYPES =
      Set.of("userTask", "serviceTask", "businessRuleTask", "callActivity", "sendTask", "task");

  @Inject private HistoryService historyService;
  @Inject private RepositoryService repositoryService;

  /** What the picture shows. Active and done hold BPMN element ids. */
  public record Picture(
      String instanceId,
      String processName,
      String bpmnXml,
      Set<String> active,
      Set<String> done,
      /** names of the steps (tasks, not events or gateways) by element id */
      Map<String, String> stepNames,
      List<Entry> timeline,
      boolean ended) {}

  /** One step of the timeline; {@code finished} is null while the step is still open. */
  public record Entry(
      String elementId, String step, Date started, Date finished, String who, String outcome) {}

  /**
   * The picture of the instance, or empty if the id is malformed, unknown or belongs to another
   * organisation; AccessDeniedException if the actor may not see processes at all.
   */
  public Optional<Picture> of(Actor actor, String instanceId) {
    if (!actor.hasAny(VIEWERS)) {
      throw new AccessDeniedException(actor.username() + " may not see whole processes");
    }
    if (instanceId == null || !INSTANCE_ID.matcher(instanceId).matches()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instanceId)
            .tenantIdIn(actor.organisationCode())
            .singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    List<HistoricActivityInstance> activities =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .orderPartiallyByOccurrence()
            .asc()
            .list();
    Map<String, HistoricTaskInstance> tasks =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instanceId)
            .list()
            .stream()
            .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    Map<String, String> completedBy = completedBy(instanceId);

    Set<String> active = new LinkedHashSet<>();
    Set<String> done = new LinkedHashSet<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<Entry> timeline = new ArrayList<>();
    for (HistoricActivityInstance a : activities) {
      // a multi-instance body carries the id "Task_X#multiInstanceBody"; the shape is Task_X
      String elementId = a.getActivityId().split("#", 2)[0];
      if (a.getEndTime() == null) {
        active.add(elementId);
      } else {
        done.add(elementId);
      }
      if (!STEP_TYPES.contains(a.getActivityType())) {
        continue;
      }
      if (a.getActivityName() != null) {
        names.putIfAbsent(elementId, a.getActivityName());
      }
      HistoricTaskInstance task = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
      String who =
          task == null
              ? null
              : Optional.ofNullable(completedBy.get(task.getId())).orElse(task.getAssignee());
      String outcome = task == null ? null : task.getDeleteReason();
      timeline.add(
          new Entry(
              elementId,
              a.getActivityName() != null ? a.getActivityName() : elementId,
              a.getStartTime(),
              a.getEndTime(),
              who,
              "completed".equals(outcome) ? null : outcome));
    }
    // an element still active in one instance (a loop, another department) is not yet done
    done.removeAll(active);
    return Optional.of(
        new Picture(
            instanceId,
            processName(instance),
            bpmnXml(instance.getProcessDefinitionId()),
            active,
            done,
            names,
            List.copyOf(timeline),
            instance.getEndTime() != null));
  }

  /** Who completed which task, where the engine knew the signed-in user. */
  private Map<String, String> completedBy(String instanceId) {
    return historyService
        .createUserOperationLogQuery()
        .processInstanceId(instanceId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list()
        .stream()
        .filter(e -> e.getTaskId() != null && e.getUserId() != null)
        .collect(
            Collectors.toMap(
                UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId, (a, b) -> a));
  }

  private String processName(HistoricProcessInstance instance) {
    String name = instance.getProcessDefinitionName();
    return name != null ? name : instance.getProcessDefinitionKey();
  }

  private String bpmnXml(String definitionId) {
    try (InputStream model = repositoryService.getProcessModel(definitionId)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

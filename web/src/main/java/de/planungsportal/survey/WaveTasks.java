package de.planungsportal.survey;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The open user tasks of a wave's survey-wave instance, completed in the caller's transaction with
 * the actor as assignee and authenticated with the actor's organisation as tenant, so the history
 * shows who decided.
 */
@ApplicationScoped
class WaveTasks {

  static final String EDIT_DRAFT = "Task_EditDraft";
  static final String DATA_PROTECTION_REVIEW = "Task_DataProtectionReview";
  static final String SCHOOL_AUTHORITY_REVIEW = "Task_SchoolAuthorityReview";

  @Inject private TaskService taskService;
  @Inject private ProcessEngine engine;

  Optional<Task> open(SurveyWave wave, String step) {
    if (wave.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(wave.getProcessInstanceId())
        .taskDefinitionKey(step)
        .list()
        .stream()
        .findFirst();
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

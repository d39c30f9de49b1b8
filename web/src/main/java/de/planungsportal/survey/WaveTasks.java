package de.planungsportal.survey;

import de.planungsportal.tenant.Actor;
import de.planungsportal.workflow.ProcessTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
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

  @Inject private ProcessTasks tasks;

  Optional<Task> open(SurveyWave wave, String step) {
    return tasks.open(wave.getProcessInstanceId(), step).stream().findFirst();
  }

  /** Completes the task as the actor; a task a colleague has claimed stays theirs. */
  void complete(Actor actor, Task task, Map<String, Object> variables) {
    tasks.complete(actor, task, variables);
  }
}

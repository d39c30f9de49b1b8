package de.planungsportal.committee;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The open user tasks of a paper's committee-approval instance, completed in the caller's
 * transaction with the actor as assignee, so the history shows who did what.
 */
@ApplicationScoped
class CommitteeTasks {

  static final String PREPARE = "Task_PreparePaper";
  static final String MEETING_VOTE = "Task_RecordMeetingVote";
  static final String CAST_VOTE = "Task_CastVote";
  static final String SIGN = "Task_SignMinutes";

  @Inject private TaskService taskService;
  @Inject private ProcessEngine engine;

  /** The paper's open task of the step, or bad input: the paper is not at that step. */
  Task open(Paper paper, String step) {
    return query(paper, step).stream()
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("committee.notAtStep"));
  }

  /** The member's own open vote on the paper. */
  Task vote(Paper paper, String username) {
    return query(paper, CAST_VOTE).stream()
        .filter(t -> username.equals(t.getAssignee()))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("committee.noOpenVote"));
  }

  boolean isAt(Paper paper, String step) {
    return !query(paper, step).isEmpty();
  }

  TaskQuery openVotes(Actor actor) {
    return taskService
        .createTaskQuery()
        .taskDefinitionKey(CAST_VOTE)
        .taskAssignee(actor.username())
        .tenantIdIn(actor.organisationCode())
        .active();
  }

  private List<Task> query(Paper paper, String step) {
    if (paper.getProcessInstanceId() == null) {
      return List.of();
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(paper.getProcessInstanceId())
        .taskDefinitionKey(step)
        .active()
        .list();
  }

  void complete(Actor actor, Task task, Map<String, Object> variables) {
    taskService.setAssignee(task.getId(), actor.username());
    IdentityService identityService = engine.getIdentityService();
    // the engine checks the tenant of an authenticated user: the actor's organisation
    identityService.setAuthentication(
        actor.username(), actor.candidateGroups(), List.of(actor.organisationCode()));
    try {
      taskService.complete(task.getId(), variables);
    } catch (OptimisticLockingException concurrent) {
      // e.g. two members' last votes at once: one wins, the other is asked to try again
      throw new InvalidInputException("committee.conflict");
    } finally {
      identityService.clearAuthentication();
    }
  }
}

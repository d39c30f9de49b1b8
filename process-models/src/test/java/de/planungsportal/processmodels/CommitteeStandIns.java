package de.planungsportal.processmodels;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the committee-approval delegates that behave like the application's: papers get ids
 * from 100 on committee 7, and the recorded outcome maps "approved with an amendment" to amended,
 * with the amendment as the reasons. Each call is noted in the given list.
 */
final class CommitteeStandIns {

  private CommitteeStandIns() {}

  static void register(List<String> calls) {
    AtomicLong papers = new AtomicLong(100);
    Mocks.register(
        "createPaper",
        (JavaDelegate)
            execution -> {
              calls.add("createPaper " + execution.getVariable(ProcessVariables.COMMITTEE));
              long paperId = papers.getAndIncrement();
              execution.setVariable(ProcessVariables.PAPER_ID, paperId);
              execution.setVariable(ProcessVariables.COMMITTEE_ID, 7L);
              execution.setProcessBusinessKey(Long.toString(paperId));
            });
    Mocks.register(
        "recordVoteOutcome", (JavaDelegate) execution -> recordOutcome(execution, calls));
    Mocks.register(
        "closePaper",
        (ExecutionListener)
            execution ->
                calls.add("closePaper " + execution.getVariable(ProcessVariables.COMMITTEE)));
  }

  private static void recordOutcome(DelegateExecution execution, List<String> calls) {
    String result = (String) execution.getVariable(ProcessVariables.VOTE_RESULT);
    calls.add("recordVoteOutcome " + result);
    Object amendment = execution.getVariable(ProcessVariables.AMENDMENT);
    if (ProcessVariables.APPROVED.equals(result)) {
      execution.setVariable(
          ProcessVariables.COMMITTEE_OUTCOME,
          amendment == null ? ProcessVariables.APPROVED : ProcessVariables.AMENDED);
      if (amendment != null) {
        execution.setVariable(ProcessVariables.COMMITTEE_REASONS, amendment);
      }
    } else if (ProcessVariables.REJECTED.equals(result)) {
      execution.setVariable(ProcessVariables.COMMITTEE_OUTCOME, ProcessVariables.REJECTED);
    }
  }
}

package de.planungsportal.datarequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EscalateOverdue: marks the school overdue and tells the planners; its task stays open. */
@Named("dataRequestEscalation")
@ApplicationScoped
public class DataRequestEscalationDelegate implements JavaDelegate {

  @Inject private DataRequestDeadlines deadlines;

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalate(
        DataRequestReminderDelegate.requestOf(execution),
        DataRequestReminderDelegate.schoolOf(execution));
  }
}

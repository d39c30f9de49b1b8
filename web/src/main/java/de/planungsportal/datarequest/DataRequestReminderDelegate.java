package de.planungsportal.datarequest;

import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RemindSchool: reminds the school's contacts of the open request. */
@Named("dataRequestReminder")
@ApplicationScoped
public class DataRequestReminderDelegate implements JavaDelegate {

  @Inject private DataRequestDeadlines deadlines;

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(requestOf(execution), schoolOf(execution));
  }

  static long requestOf(DelegateExecution execution) {
    return ((Number) execution.getVariable(ProcessVariables.DATA_REQUEST_ID)).longValue();
  }

  static long schoolOf(DelegateExecution execution) {
    return ((Number) execution.getVariable(ProcessVariables.SCHOOL)).longValue();
  }
}

package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CloseField: CLOSED; unsubmitted answers and the code sheets are deleted. */
@Named("closeField")
@ApplicationScoped
public class CloseFieldDelegate implements JavaDelegate {

  @Inject private FieldPhase phase;

  @Override
  public void execute(DelegateExecution execution) {
    phase.close(WaveIds.of(execution));
  }
}

package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_OpenField: IN_FIELD if both approvals of the current revision are in the database; else it
 * throws (an incident) and the field stays closed.
 */
@Named("openField")
@ApplicationScoped
public class OpenFieldDelegate implements JavaDelegate {

  @Inject private FieldPhase phase;

  @Override
  public void execute(DelegateExecution execution) {
    phase.open(WaveIds.of(execution));
  }
}

package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RemindSchools: mails the contacts of classes below the reminder rate; nothing unless the
 * wave is in the field.
 */
@Named("remindSchools")
@ApplicationScoped
public class RemindSchoolsDelegate implements JavaDelegate {

  @Inject private FieldPhase phase;

  @Override
  public void execute(DelegateExecution execution) {
    phase.remind(WaveIds.of(execution));
  }
}

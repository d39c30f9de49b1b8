package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ReleaseToSchools: RELEASED, and a mail to the school contacts. */
@Named("releaseWave")
@ApplicationScoped
public class ReleaseWaveDelegate implements JavaDelegate {

  @Inject private FieldPhase phase;

  @Override
  public void execute(DelegateExecution execution) {
    phase.release(WaveIds.of(execution));
  }
}

package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_HandOverToResults: stores what waits in the outbox and computes the closed wave's results
 * ({@link FieldPhase#handOver}).
 */
@Named("handOverToResults")
@ApplicationScoped
public class HandOverToResultsDelegate implements JavaDelegate {

  @Inject private FieldPhase phase;

  @Override
  public void execute(DelegateExecution execution) {
    phase.handOver(WaveIds.of(execution));
  }
}

package de.planungsportal.survey.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_HandOverToResults: for now an audit event; results take the closed wave from here (issue
 * 17).
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

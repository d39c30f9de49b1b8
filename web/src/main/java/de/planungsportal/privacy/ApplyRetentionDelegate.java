package de.planungsportal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ApplyRetention of the DataRetention process. */
@Named("applyRetentionDelegate")
@ApplicationScoped
public class ApplyRetentionDelegate implements JavaDelegate {

  @Inject private RetentionService retention;

  @Override
  public void execute(DelegateExecution execution) {
    retention.apply();
  }
}

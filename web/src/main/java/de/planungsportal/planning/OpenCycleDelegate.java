package de.planungsportal.planning;

import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_OpenCycle: opens the confirmed cycle, unless another one of the same year is open. */
@Named("openCycleDelegate")
@ApplicationScoped
public class OpenCycleDelegate implements JavaDelegate {

  @Inject private PlanningCycleService cycles;

  @Override
  public void execute(DelegateExecution execution) {
    cycles.open((Long) execution.getVariable(ProcessVariables.PLANNING_CYCLE_ID));
  }
}

package de.planungsportal.survey.field;

import de.planungsportal.processmodels.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The wave an instance of survey-wave runs: its variable waveId, else its business key. */
final class WaveIds {

  private WaveIds() {}

  static long of(DelegateExecution execution) {
    Object id = execution.getVariable(ProcessVariables.WAVE_ID);
    if (id instanceof Number number) {
      return number.longValue();
    }
    return Long.parseLong(execution.getProcessBusinessKey());
  }
}

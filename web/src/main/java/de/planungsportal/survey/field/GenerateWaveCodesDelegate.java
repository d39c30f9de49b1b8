package de.planungsportal.survey.field;

import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Task_GenerateCodes: codes per class; the plain codes go on only as the transient variable
 * plainCodes.
 */
@Named("generateWaveCodes")
@ApplicationScoped
public class GenerateWaveCodesDelegate implements JavaDelegate {

  @Inject private WaveCodes codes;

  @Override
  public void execute(DelegateExecution execution) {
    HashMap<Long, List<String>> plain = new HashMap<>(codes.generate(WaveIds.of(execution)));
    // transient: the engine never writes it to its tables, and it ends with this transaction
    execution.setVariable(
        ProcessVariables.PLAIN_CODES, Variables.objectValue(plain, true).create());
  }
}

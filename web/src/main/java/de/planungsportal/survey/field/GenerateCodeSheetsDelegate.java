package de.planungsportal.survey.field;

import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_GenerateCodeSheets: a code sheet per class from plainCodes, in the transaction that made
 * them.
 */
@Named("generateCodeSheets")
@ApplicationScoped
public class GenerateCodeSheetsDelegate implements JavaDelegate {

  @Inject private CodeSheets sheets;

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Object plain = execution.getVariable(ProcessVariables.PLAIN_CODES);
    if (!(plain instanceof Map<?, ?> codes)) {
      throw new IllegalStateException("No plain codes: code sheets are made with the codes only");
    }
    sheets.write(WaveIds.of(execution), (Map<Long, List<String>>) codes);
  }
}

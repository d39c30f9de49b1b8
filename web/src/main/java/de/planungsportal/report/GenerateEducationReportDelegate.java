package de.planungsportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_GenerateReport of education-report.bpmn. */
@Named("generateEducationReportDelegate")
@ApplicationScoped
public class GenerateEducationReportDelegate implements JavaDelegate {

  @Inject private EducationReportService reports;

  @Override
  public void execute(DelegateExecution execution) {
    reports.generate(
        ((Number) execution.getVariable(EducationReportService.REPORT_ID)).longValue());
  }
}

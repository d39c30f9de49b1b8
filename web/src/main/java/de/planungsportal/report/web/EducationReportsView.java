package de.planungsportal.report.web;

import de.planungsportal.report.EducationReportService;
import de.planungsportal.report.EducationReportService.Report;
import de.planungsportal.report.ReportBusyException;
import de.planungsportal.report.ReportNotFoundException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs report/reports.xhtml: the education reports of one cycle, newest first, with "generate",
 * "retry" for a failed one and the download of a finished one. While one is generating the page
 * polls. A cycle that is not the planner's is a 404.
 */
@Named
@ViewScoped
public class EducationReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EducationReportService reports;
  @Inject private transient CurrentActor user;

  private String cycle;
  private EducationReportService.Cycle selected;
  private List<Report> list = List.of();

  public void load() {
    Optional<Long> id = Pages.id(cycle);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      selected = reports.cycle(user.require(), id.get());
      refresh();
    } catch (ReportNotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void refresh() {
    if (selected != null) {
      list = reports.reports(user.require(), selected.id());
    }
  }

  public void generate() {
    try {
      reports.request(user.require(), selected.id());
      Messages.info("educationReport.page.requested");
    } catch (ReportBusyException e) {
      Messages.error("educationReport.page.busy");
    }
    refresh();
  }

  public void retry(long reportId) {
    try {
      reports.retry(user.require(), reportId);
      Messages.info("educationReport.page.retried");
    } catch (ReportNotFoundException e) {
      Messages.error("educationReport.page.gone");
    }
    refresh();
  }

  /** Whether a report is being generated: the page polls then. */
  public boolean isGenerating() {
    return list.stream().anyMatch(r -> r.status() == EducationReportService.Status.GENERATING);
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public EducationReportService.Cycle getSelected() {
    return selected;
  }

  public List<Report> getReports() {
    return list;
  }
}

package de.planungsportal.report;

import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /report/download/{reportId}.pdf}: a finished education report, for the planners of its
 * organisation (audited). Anything else, a report still generating included, is a plain 404.
 */
@WebServlet(EducationReportDownloadServlet.PATH + "*")
public class EducationReportDownloadServlet extends HttpServlet {

  public static final String PATH = "/report/download/";

  private static final long serialVersionUID = 1L;

  @Inject private transient EducationReportService reports;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileDownload.Requested> file = FileDownload.requested(request, Set.of("pdf"));
    if (file.isEmpty() || user.actor().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    EducationReportService.Pdf pdf;
    try {
      pdf = reports.pdf(user.require(), file.get().id());
    } catch (ReportNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, "application/pdf", pdf.fileName(), pdf.content());
  }
}

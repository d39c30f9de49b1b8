package de.planungsportal.planning.export;

import de.planungsportal.planning.export.WorkPlanExportService.Download;
import de.planungsportal.planning.export.WorkPlanExportService.Format;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import de.planungsportal.web.LocalePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /planning/export/{versionId}.pdf} and {@code .xlsx}: a version of the work plan as a file.
 * The AccessFilter lets only the planning roles in; the service decides about the version. An id
 * that is not a number, not there or not the caller's business is a plain 404.
 */
@WebServlet(WorkPlanDownloadServlet.PATH + "*")
public class WorkPlanDownloadServlet extends HttpServlet {

  public static final String PATH = "/planning/export/";

  private static final long serialVersionUID = 1L;

  @Inject private transient WorkPlanExportService exports;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileDownload.Requested> file = FileDownload.requested(request, Set.of("pdf", "xlsx"));
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long versionId = file.get().id();
    Format format = Format.valueOf(file.get().extension().toUpperCase(Locale.ROOT));
    Locale locale = LocalePreference.of(request);
    Download download;
    try {
      download = exports.export(user.require(), versionId, format, locale);
    } catch (ExportRefusedException e) {
      refuse(response, e.verdict(), locale);
      return;
    }
    FileDownload.send(response, download.contentType(), download.fileName(), download.content());
  }

  private static void refuse(HttpServletResponse response, ExportAccess.Verdict verdict, Locale l)
      throws IOException {
    switch (verdict) {
      case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
      default -> {
        // no error page for 409 exists (the catch-all one would claim a server error): say it here
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(new ExportText(l).text("refused.draft"));
      }
    }
  }
}

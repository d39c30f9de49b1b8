package de.planungsportal.planning.export;

import de.planungsportal.planning.export.WorkPlanExportService.Download;
import de.planungsportal.planning.export.WorkPlanExportService.Format;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.LocalePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /planning/export/{versionId}.pdf} and {@code .xlsx}: a version of the work plan as a file.
 * The AccessFilter lets only the planning roles in; the service decides about the version. An id
 * that is not a number, not there or not the caller's business is a plain 404.
 */
@WebServlet(WorkPlanDownloadServlet.PATH + "*")
public class WorkPlanDownloadServlet extends HttpServlet {

  public static final String PATH = "/planning/export/";

  private static final long serialVersionUID = 1L;
  private static final Pattern FILE = Pattern.compile("/([1-9][0-9]{0,17})\\.(pdf|xlsx)");

  @Inject private transient WorkPlanExportService exports;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!file.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long versionId = Long.parseLong(file.group(1));
    Format format = Format.valueOf(file.group(2).toUpperCase(Locale.ROOT));
    Locale locale = LocalePreference.of(request);
    Download download;
    try {
      download = exports.export(user.require(), versionId, format, locale);
    } catch (ExportRefusedException e) {
      refuse(response, e.verdict(), locale);
      return;
    }
    response.setContentType(download.contentType());
    response.setContentLength(download.content().length);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    // staff-only content: SecurityHeadersFilter already says no-store; private keeps proxies out
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(download.content());
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

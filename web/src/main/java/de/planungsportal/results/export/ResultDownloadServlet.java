package de.planungsportal.results.export;

import de.planungsportal.results.export.ResultExportService.Export;
import de.planungsportal.results.export.ResultExportService.Kind;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import de.planungsportal.web.LocalePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /results/export/{wave}.csv|.xlsx|.pdf} (aggregated, suppressed figures) and {@code
 * /results/export/{wave}-raw.csv|.xlsx} (raw responses, the wave's planners only). Anything else,
 * and anything the caller may not have, is a plain 404, so a wave id reveals nothing. Files are
 * never cached; raw files are streamed as they are read.
 */
@WebServlet(ResultDownloadServlet.PATH + "*")
public class ResultDownloadServlet extends HttpServlet {

  public static final String PATH = "/results/export/";

  private static final long serialVersionUID = 1L;

  private static final Pattern FILE =
      Pattern.compile("/([1-9][0-9]{0,17})(-raw)?\\.(csv|xlsx|pdf)");

  @Inject private transient ResultExportService exports;
  @Inject private transient CurrentActor user;

  /** The download path of a wave's file, e.g. {@code /results/export/12-raw.csv}. */
  public static String path(long waveId, Kind kind) {
    return PATH + waveId + (kind.raw() ? "-raw." : ".") + kind.extension();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Kind> kind =
        file.matches() ? Kind.of(file.group(3), file.group(2) != null) : Optional.empty();
    if (kind.isEmpty() || user.actor().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Export> export =
        exports.open(
            user.require(),
            Long.parseLong(file.group(1)),
            kind.get(),
            LocalePreference.of(request));
    if (export.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(export.get().kind().contentType());
    response.setHeader(
        "Content-Disposition", FileDownload.disposition("attachment", export.get().fileName()));
    // results of minors: never kept by a browser or proxy
    response.setHeader("Cache-Control", "private, no-store, max-age=0");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    OutputStream out = response.getOutputStream();
    export.get().content().writeTo(out);
    out.flush();
  }
}

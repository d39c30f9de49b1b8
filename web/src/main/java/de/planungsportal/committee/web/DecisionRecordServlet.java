package de.planungsportal.committee.web;

import de.planungsportal.committee.DecisionRecordService;
import de.planungsportal.committee.NotThereException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import de.planungsportal.web.LocalePreference;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /committee/decision/{decisionId}.pdf}: the decision record. The AccessFilter lets only the
 * committee roles in; the service decides about the committee. A decision of another committee or
 * organisation, or none, is a plain 404.
 */
@WebServlet(DecisionRecordServlet.PATH + "*")
public class DecisionRecordServlet extends HttpServlet {

  public static final String PATH = "/committee/decision/";

  private static final long serialVersionUID = 1L;

  @Inject private transient DecisionRecordService records;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileDownload.Requested> file = FileDownload.requested(request, Set.of("pdf"));
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DecisionRecordService.Download download;
    try {
      download = records.pdf(user.require(), file.get().id(), LocalePreference.of(request));
    } catch (NotThereException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    FileDownload.send(response, "application/pdf", download.fileName(), download.content());
  }
}

package de.planungsportal.committee.web;

import de.planungsportal.committee.PaperService;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import de.planungsportal.web.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /committee/file/{fileId}}: a paper's attachment, for those who read the paper, also when
 * it is not public (OParl serves the public ones). The AccessFilter lets only the committee roles
 * in; the service decides about the committee. An attachment of another committee or organisation,
 * or none, is a plain 404. Always a download, as the type its content was checked to be.
 */
@WebServlet(PaperFileServlet.PATH + "*")
public class PaperFileServlet extends HttpServlet {

  public static final String PATH = "/committee/file/";

  private static final long serialVersionUID = 1L;

  @Inject private transient PaperService papers;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id =
        Pages.id(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PaperService.Download file;
    try {
      file = papers.download(user.require(), id.get());
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, file.mediaType(), file.name(), file.content());
  }
}

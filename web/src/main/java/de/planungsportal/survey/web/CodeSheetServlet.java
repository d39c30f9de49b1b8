package de.planungsportal.survey.web;

import de.planungsportal.survey.field.CodeSheets;
import de.planungsportal.survey.field.NotVisibleException;
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
 * {@code /survey/codesheet/{waveClassId}.pdf}: a class's code sheet, for the planners of the wave's
 * organisation and the contacts of the class's school (the service checks role, organisation and
 * school, and audits the download). Every other signed-in account, any other id and a sheet deleted
 * when the field closed get a plain 404, so nobody learns which classes exist.
 */
@WebServlet(CodeSheetServlet.PATH + "*")
public class CodeSheetServlet extends HttpServlet {

  public static final String PATH = "/survey/codesheet/";

  private static final long serialVersionUID = 1L;

  @Inject private transient CodeSheets sheets;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileDownload.Requested> file = FileDownload.requested(request, Set.of("pdf"));
    if (file.isEmpty() || user.actor().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CodeSheets.Download download;
    try {
      download = sheets.download(user.actor().get(), file.get().id());
    } catch (NotVisibleException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.send(response, "application/pdf", download.fileName(), download.content());
  }
}

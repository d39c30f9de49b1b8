package de.planungsportal.survey.web;

import de.planungsportal.survey.QuestionnaireService;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FileDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /survey/export/{versionId}.json}: a questionnaire version in the exchange format. The
 * AccessFilter lets only planners in; a version of another organisation, or none, is a plain 404.
 */
@WebServlet(QuestionnaireExportServlet.PATH + "*")
public class QuestionnaireExportServlet extends HttpServlet {

  public static final String PATH = "/survey/export/";

  private static final long serialVersionUID = 1L;

  @Inject private transient QuestionnaireService service;
  @Inject private transient CurrentActor user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileDownload.Requested> file = FileDownload.requested(request, Set.of("json"));
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    QuestionnaireService.Export export;
    try {
      export = service.export(user.require(), file.get().id());
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setCharacterEncoding("UTF-8");
    FileDownload.send(
        response,
        "application/json;charset=UTF-8",
        export.fileName(),
        export.json().getBytes(StandardCharsets.UTF_8));
  }
}

package de.planungsportal.survey.web;

import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.Instruments;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /answer/preview?version=<id>&page=<n>&lang=<l>&variant=<STANDARD|PLAIN>}: one page of a
 * questionnaire version exactly as a respondent sees it, without a code and without storing
 * anything, for planners of the version's organisation (the builder shows it in a phone-sized
 * frame, so this page, unlike the others, may be framed by the portal itself). Texts that fell back
 * to German are marked ({@code class="fallback"} and a visually hidden "(Deutsch)"). A version of
 * another organisation, or none, is 404; a page, language or variant that does not exist, 400.
 */
@WebServlet(urlPatterns = "/answer/preview")
public class AnswerPreviewServlet extends HttpServlet {

  @Inject private CurrentActor currentActor;
  @Inject private Instruments instruments;
  @PersistenceContext private EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Actor> actor = currentActor.actor();
    if (actor.isEmpty() || !actor.get().has(Role.PLANNER)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    long versionId = number(request.getParameter("version"));
    List<?> owner =
        versionId <= 0
            ? List.of()
            : em.createNativeQuery(
                    "SELECT q.organisation_id FROM questionnaire_version v"
                        + " JOIN questionnaire q ON q.id = v.questionnaire_id WHERE v.id = ?1")
                .setParameter(1, versionId)
                .getResultList();
    if (owner.isEmpty() || ((Number) owner.get(0)).longValue() != actor.get().organisationId()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Instrument instrument = instruments.load(versionId).orElse(null);
    String pageParameter = request.getParameter("page");
    long page = pageParameter == null ? 1 : number(pageParameter);
    String language = request.getParameter("lang") == null ? "de" : request.getParameter("lang");
    String variantName = request.getParameter("variant");
    if (instrument == null
        || instrument.sections().isEmpty()
        || page < 1
        || page > instrument.sections().size()
        || !Instrument.LANGUAGES.contains(language)
        || !(variantName == null
            || variantName.equals("STANDARD")
            || variantName.equals("PLAIN"))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Instrument.Variant variant =
        "PLAIN".equals(variantName) ? Instrument.Variant.PLAIN : Instrument.Variant.STANDARD;
    String title = instrument.wording(variant, language).text("title");
    String html =
        new AnswerPage(request.getContextPath(), language)
            .page(
                new AnswerPage.PageModel(
                    instrument,
                    variant,
                    title == null ? "" : title,
                    versionId,
                    (int) page - 1,
                    Map.of(),
                    Map.of(),
                    List.of(),
                    null,
                    versionId,
                    null,
                    true,
                    false));
    AnswerServlet.send(response, html, true);
  }

  private static long number(String value) {
    if (value == null || !value.matches("[0-9]{1,15}")) {
      return -1;
    }
    return Long.parseLong(value);
  }
}

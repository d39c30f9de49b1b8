package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.AnswerRules;
import de.planungsportal.survey.ConsentMode;
import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.SurveyAnswering;
import de.planungsportal.survey.SurveyAnswering.Draft;
import de.planungsportal.survey.Ticket;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The anonymous answering path, without JSF, session or cookie: the code entry ({@code /answer/}),
 * the consent confirmation where the wave asks for it, and the questionnaire one page per section
 * ({@code /answer/page}). Every page is a form posted to the server; the code travels in a hidden
 * field of that form (never in a URL the portal makes, a cookie or a session), so closing the tab
 * forgets it, and entering it again resumes at the saved page.
 *
 * <p>Each page post checks the code again (one indexed read), checks the page and, if it is
 * accepted, saves the answers so far as the code's draft in one short transaction. Submitting
 * spends the code and puts the response into the outbox in one transaction, then redirects to the
 * thanks page (303), so a reload does not post again.
 */
@WebServlet(urlPatterns = {"/answer/", "/answer/page"})
public class AnswerServlet extends HttpServlet {

  static final String POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors ";

  @Inject private SurveyAnswering answering;
  @Inject private ThanksToken thanks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getServletPath().endsWith("/page")) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + "/answer/");
      return;
    }
    String language = portalLanguage(request);
    String code = request.getParameter("code");
    if (code == null) {
      language = entryLanguage(language);
      send(response, new AnswerPage(request.getContextPath(), language).entry(null, null), false);
      return;
    }
    // the slip's QR link: opens the questionnaire directly
    enter(request, response, code, language);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String language = portalLanguage(request);
    if (request.getServletPath().endsWith("/page")) {
      page(request, response, language);
    } else {
      enter(request, response, request.getParameter("code"), language);
    }
  }

  /** A typed (or linked) code: the consent page, the saved page, or the first page. */
  private void enter(
      HttpServletRequest request, HttpServletResponse response, String code, String language)
      throws IOException {
    String context = request.getContextPath();
    String requested = language;
    language = entryLanguage(language);
    if (code == null || code.isBlank()) {
      send(response, new AnswerPage(context, language).entry(null, "survey.code.missing"), false);
      return;
    }
    Ticket ticket;
    try {
      ticket = answering.open(code, request.getRemoteAddr());
    } catch (InvalidInputException e) {
      send(response, new AnswerPage(context, language).entry(code, e.messageKey()), false);
      return;
    }
    if (answering.slipsExhausted(ticket)) {
      send(response, new AnswerPage(context, language).entry(code, "survey.code.noSlips"), false);
      return;
    }
    String normalized = AccessCodes.normalize(code).orElseThrow();
    Instrument instrument = answering.instrument(ticket.versionId());
    Optional<Draft> draft = answering.draft(ticket.codeHash());
    if (draft.isPresent()) {
      Draft d = draft.get();
      int page = Math.min(Math.max(d.page(), 0), instrument.sections().size() - 1);
      new Screen(response, context, ticket, instrument, normalized)
          .show(page, d.language(), d.variant(), d.answers(), "survey.page.resumed");
      return;
    }
    String offered = SurveyAnswering.languages(instrument).contains(requested) ? requested : "de";
    if (ticket.consentMode() == ConsentMode.PUPIL_CONFIRMS
        && !"yes".equals(request.getParameter("consent"))) {
      boolean asked = "consent".equals(request.getParameter("step"));
      send(
          response,
          new AnswerPage(context, language)
              .consent(title(instrument, ticket, language), normalized, asked),
          false);
      return;
    }
    new Screen(response, context, ticket, instrument, normalized)
        .show(0, offered, Instrument.Variant.STANDARD, Map.of(), null);
  }

  /** A page's form: language or variant switch, back, next or submit. */
  private void page(HttpServletRequest request, HttpServletResponse response, String portalLanguage)
      throws IOException {
    String context = request.getContextPath();
    portalLanguage = entryLanguage(portalLanguage);
    String code = request.getParameter("code");
    Ticket ticket;
    try {
      ticket = answering.open(code, request.getRemoteAddr());
    } catch (InvalidInputException e) {
      send(response, new AnswerPage(context, portalLanguage).entry(null, e.messageKey()), false);
      return;
    }
    String normalized = AccessCodes.normalize(code).orElseThrow();
    Instrument instrument = answering.instrument(ticket.versionId());
    int pages = instrument.sections().size();
    int page = parse(request.getParameter("page"), 0);
    if (page < 0 || page >= pages) {
      page = 0;
    }
    List<String> languages = SurveyAnswering.languages(instrument);
    String language = request.getParameter("lang");
    if (language == null || !languages.contains(language)) {
      language = "de";
    }
    Instrument.Variant variant = variant(request.getParameter("variant"), instrument);
    Map<String, List<String>> raw = raw(request);
    Optional<Draft> draft = answering.draft(ticket.codeHash());
    if (draft.isEmpty()
        && ticket.consentMode() == ConsentMode.PUPIL_CONFIRMS
        && !"yes".equals(request.getParameter("consent"))) {
      // nothing saved yet and no confirmed consent: the first question waits for it
      send(
          response,
          new AnswerPage(context, portalLanguage)
              .consent(title(instrument, ticket, language), normalized, false),
          false);
      return;
    }
    Map<String, String> stored = draft.map(Draft::answers).orElseGet(LinkedHashMap::new);
    Screen screen = new Screen(response, context, ticket, instrument, normalized);
    String go = request.getParameter("go");
    go = go == null ? "next" : go;

    if (go.startsWith("lang:") || go.startsWith("variant:")) {
      if (go.startsWith("lang:") && languages.contains(go.substring(5))) {
        language = go.substring(5);
      } else if (go.startsWith("variant:")) {
        variant = variant(go.substring(8), instrument);
      }
      // the same page in the other language or wording, with what was typed; nothing stored
      screen.retry(page, language, variant, stored, raw, List.of());
      return;
    }
    if (go.equals("back")) {
      AnswerRules.PageResult kept = AnswerRules.acceptPage(instrument, page, raw, stored, true);
      int target = Math.max(0, page - 1);
      answering.saveDraft(ticket, new Draft(target, language, variant, kept.answers()));
      screen.show(target, language, variant, kept.answers(), null);
      return;
    }
    AnswerRules.PageResult result = AnswerRules.acceptPage(instrument, page, raw, stored);
    if (!result.accepted()) {
      screen.retry(page, language, variant, stored, raw, result.problems());
      return;
    }
    if (go.equals("submit") && page == pages - 1) {
      try {
        answering.submit(ticket, language, result.answers());
      } catch (InvalidInputException e) {
        if (e.messageKey().equals("survey.page.incomplete")) {
          int missing = AnswerRules.firstIncompletePage(instrument, result.answers());
          answering.saveDraft(ticket, new Draft(missing, language, variant, result.answers()));
          List<AnswerRules.Problem> problems =
              AnswerRules.acceptPage(
                      instrument, missing, rawOf(instrument, result.answers()), result.answers())
                  .problems();
          screen.retry(missing, language, variant, result.answers(), Map.of(), problems);
        } else {
          send(
              response, new AnswerPage(context, portalLanguage).entry(null, e.messageKey()), false);
        }
        return;
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          context
              + "/answer/thanks.xhtml?lang="
              + (language.equals("de") ? "de" : "en")
              + "&"
              + SurveyThanksView.PARAMETER
              + "="
              + thanks.issue());
      return;
    }
    int next = Math.min(page + 1, pages - 1);
    answering.saveDraft(ticket, new Draft(next, language, variant, result.answers()));
    screen.show(next, language, variant, result.answers(), null);
  }

  /** What stays the same while one request renders a page: who answers which questionnaire. */
  private final class Screen {
    private final HttpServletResponse response;
    private final String context;
    private final Ticket ticket;
    private final Instrument instrument;
    private final String code;

    Screen(
        HttpServletResponse response,
        String context,
        Ticket ticket,
        Instrument instrument,
        String code) {
      this.response = response;
      this.context = context;
      this.ticket = ticket;
      this.instrument = instrument;
      this.code = code;
    }

    /** A page showing the stored answers, with an optional notice (a message key). */
    void show(
        int page,
        String language,
        Instrument.Variant variant,
        Map<String, String> stored,
        String notice)
        throws IOException {
      render(page, language, variant, rawOf(instrument, stored), stored, List.of(), notice);
    }

    /** The page again with what was typed over the stored answers, and what is wrong with it. */
    void retry(
        int page,
        String language,
        Instrument.Variant variant,
        Map<String, String> stored,
        Map<String, List<String>> typed,
        List<AnswerRules.Problem> problems)
        throws IOException {
      Map<String, List<String>> values = rawOf(instrument, stored);
      values.putAll(typed);
      render(page, language, variant, values, stored, problems, null);
    }

    private void render(
        int page,
        String language,
        Instrument.Variant variant,
        Map<String, List<String>> values,
        Map<String, String> stored,
        List<AnswerRules.Problem> problems,
        String notice)
        throws IOException {
      // a confirmed consent travels with the pages until the first one is saved as a draft
      boolean consented = ticket.consentMode() == ConsentMode.PUPIL_CONFIRMS;
      String html =
          new AnswerPage(context, language)
              .page(
                  new AnswerPage.PageModel(
                      instrument,
                      variant,
                      title(instrument, ticket, language),
                      ticket.waveId(),
                      page,
                      values,
                      stored,
                      problems,
                      code,
                      seed(ticket.codeHash()),
                      notice,
                      false,
                      consented));
      send(response, html, false);
    }
  }

  private static String title(Instrument instrument, Ticket ticket, String language) {
    String title = instrument.wording(Instrument.Variant.STANDARD, language).text("title");
    return title != null ? title : ticket.waveTitle();
  }

  /**
   * A number from the code's hash: a respondent sees shuffled options in the same order each time.
   */
  static long seed(String codeHash) {
    return Long.parseUnsignedLong(codeHash.substring(0, 15), 16);
  }

  static Instrument.Variant variant(String name, Instrument instrument) {
    return instrument.plainVariant() && "PLAIN".equals(name)
        ? Instrument.Variant.PLAIN
        : Instrument.Variant.STANDARD;
  }

  /**
   * The answers a form sent, by answer key ({@code a.<question>} or {@code a.<question>.<item>}).
   */
  static Map<String, List<String>> raw(HttpServletRequest request) {
    Map<String, List<String>> raw = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (name.startsWith("a.") && name.length() < 100) {
                raw.put(name.substring(2), Arrays.asList(values));
              }
            });
    return raw;
  }

  /** Stored answers as a form would send them, to show them again. */
  static Map<String, List<String>> rawOf(Instrument instrument, Map<String, String> stored) {
    Map<String, List<String>> raw = new HashMap<>();
    stored.forEach(
        (key, value) -> {
          boolean multiple =
              instrument
                  .question(key)
                  .map(q -> q.kind() == QuestionKind.MULTIPLE_CHOICE)
                  .orElse(false);
          raw.put(key, multiple ? Arrays.asList(value.split(",")) : List.of(value));
        });
    return raw;
  }

  /** The portal's language for the chrome: ?lang= or the browser's preference. */
  static String portalLanguage(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    if (lang != null && Instrument.LANGUAGES.contains(lang)) {
      return lang;
    }
    for (Locale locale : java.util.Collections.list(request.getLocales())) {
      if (locale.getLanguage().equals("de") || locale.getLanguage().equals("en")) {
        return locale.getLanguage();
      }
    }
    return "de";
  }

  /** Pages before a questionnaire is open speak the portal's languages only. */
  static String entryLanguage(String language) {
    return "de".equals(language) ? "de" : "en";
  }

  private static int parse(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /**
   * Writes a page with the answering headers: own policy, no referrer, framed only in a preview.
   */
  static void send(HttpServletResponse response, String html, boolean framedBySelf)
      throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Security-Policy", POLICY + (framedBySelf ? "'self'" : "'none'"));
    response.setHeader("X-Frame-Options", framedBySelf ? "SAMEORIGIN" : "DENY");
    // only the origin as Referer, never the path (the slip's link carries its code); not
    // "no-referrer", which makes browsers send "Origin: null" with a form, refused by CsrfFilter
    response.setHeader("Referrer-Policy", "strict-origin");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}

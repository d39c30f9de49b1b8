package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.SurveyAnswering;
import de.planungsportal.survey.SurveyQuestion;
import de.planungsportal.survey.Ticket;
import de.planungsportal.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs answer/index.xhtml: the code entry form, and once a code opens a wave, its questions. No
 * session and no server-side view state: the code travels in a hidden field of the questionnaire.
 *
 * <p>Redirect after POST, without the code in any URL: a typed code (or the language switch, a POST
 * carrying the code) is answered with 303 to {@code /answer/?continue}, and a short-lived cookie of
 * the answering path carries the code across that one redirect (and a reload). A submission clears
 * it and is answered with 303 to the thanks page. So Back never meets a POST's answer and the
 * browser's resubmit prompt, and the code stays out of the history, access logs and Referer
 * headers. The slip's QR link {@code /answer/?code=…} is a GET and opens the questionnaire
 * directly. A refused code or answer is shown as the POST's answer, with its message.
 */
@Named
@RequestScoped
public class SurveyAnswerView {

  private static final Logger LOG = Logger.getLogger(SurveyAnswerView.class.getName());

  /** Carries a typed code from its POST to the questionnaire's GET; never in a URL. */
  static final String CODE_COOKIE = "survey-code";

  /** The questionnaire's GET after a typed code: the code is in the cookie. */
  static final String CONTINUE = "continue";

  private static final String FORM = "answerForm";
  private static final int CODE_COOKIE_SECONDS = 60 * 60;

  @Inject private SurveyAnswering answering;
  @Inject private SurveyLocale surveyLocale;
  @Inject private ThanksToken thanks;

  private final Map<String, String> answers = new HashMap<>();
  private String code;
  private Ticket ticket;
  private List<SurveyQuestion> questions;
  private String problem;
  private boolean entered;
  private boolean codeLost;

  @PostConstruct
  void init() {
    Map<String, String> parameters = external().getRequestParameterMap();
    boolean post = "POST".equals(request().getMethod());
    // the code form and the language switch; the questionnaire's own form is a Faces postback
    entered = post && !parameters.containsKey(FORM);
    String typed = parameters.get("code");
    boolean fromCookie = false;
    if (typed == null && !post && parameters.containsKey(CONTINUE)) {
      typed = rememberedCode();
      fromCookie = typed != null;
      codeLost = typed == null;
    }
    if (typed == null) {
      return;
    }
    if (typed.isBlank()) {
      problem = "survey.code.missing";
      return;
    }
    code = typed;
    try {
      ticket = answering.open(code, request().getRemoteAddr());
      questions = answering.questions(ticket.waveId());
    } catch (InvalidInputException e) {
      problem = e.messageKey();
      if (fromCookie) {
        forgetCode();
      }
    }
  }

  /**
   * After a typed code opened its wave: the cookie takes the code, 303 leads to the questionnaire.
   * A plain visit of the entry page forgets a code left over from an earlier, unfinished visit (a
   * shared device: the next pupil starts with the code form).
   */
  public void afterEntry() {
    if (entered && ticket != null) {
      codeCookie(AccessCodes.normalize(code).orElseThrow(), CODE_COOKIE_SECONDS);
      seeOther(answeringPath() + "?" + CONTINUE + "&lang=" + surveyLocale.getLanguage());
    } else if (!entered
        && code == null
        && !codeLost
        && external().getRequestCookieMap().containsKey(CODE_COOKIE)) {
      forgetCode();
    }
  }

  public String submit() {
    if (ticket == null) {
      // the code was spent meanwhile (second tab, double click): the page says so
      return null;
    }
    try {
      answering.submit(ticket, surveyLocale.getLanguage(), answers);
    } catch (InvalidInputException e) {
      Messages.error(e);
      return null;
    }
    try {
      answering.countSubmission(request().getRemoteAddr());
    } catch (RuntimeException e) {
      // the response is stored; a lost count only narrows the network's room for typos
      LOG.log(Level.WARNING, "Submission not counted for the typo allowance", e);
    }
    // a respondent must not leave a session behind (nor share one with the next pupil)
    HttpSession session = request().getSession(false);
    if (session != null) {
      session.invalidate();
    }
    forgetCode();
    seeOther(
        answeringPath()
            + "thanks.xhtml?lang="
            + surveyLocale.getLanguage()
            + "&"
            + SurveyThanksView.PARAMETER
            + "="
            + thanks.issue());
    return null;
  }

  /**
   * The questionnaire was asked for, but its code did not come along (cookies refused, expired).
   */
  public boolean isCodeLost() {
    return codeLost;
  }

  public boolean isOpened() {
    return ticket != null;
  }

  public String getCode() {
    return code;
  }

  /** Message key of why the typed code was refused, or null. */
  public String getProblem() {
    return problem;
  }

  public long getWaveId() {
    return ticket.waveId();
  }

  public String getWaveTitle() {
    return ticket.waveTitle();
  }

  public List<SurveyQuestion> getQuestions() {
    return questions;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public String text(SurveyQuestion question) {
    return question.text(locale());
  }

  /** The choices of a question, valued 1..n as the service stores them. */
  public List<SelectItem> choices(SurveyQuestion question) {
    List<String> labels = question.options(locale());
    List<SelectItem> items = new ArrayList<>();
    if (question.getKind() == QuestionKind.RATING) {
      for (int step = 1; step <= SurveyQuestion.RATING_STEPS; step++) {
        String end = step == 1 && !labels.isEmpty() ? labels.get(0) : null;
        if (step == SurveyQuestion.RATING_STEPS && labels.size() > 1) {
          end = labels.get(1);
        }
        items.add(
            new SelectItem(Integer.toString(step), end == null ? "" + step : step + " – " + end));
      }
    } else {
      for (int i = 0; i < labels.size(); i++) {
        items.add(new SelectItem(Integer.toString(i + 1), labels.get(i)));
      }
    }
    return items;
  }

  public int getMaxText() {
    return SurveyQuestion.MAX_TEXT;
  }

  private Locale locale() {
    return surveyLocale.getLocale();
  }

  private void forgetCode() {
    codeCookie("", 0);
  }

  private static void codeCookie(String value, int maxAge) {
    external()
        .addResponseCookie(
            CODE_COOKIE,
            value,
            Map.of("path", answeringPath(), "maxAge", maxAge, "httpOnly", true, "secure", true));
  }

  private String rememberedCode() {
    Object cookie = external().getRequestCookieMap().get(CODE_COOKIE);
    return cookie instanceof Cookie c && !c.getValue().isBlank() ? c.getValue() : null;
  }

  private static String answeringPath() {
    return external().getRequestContextPath() + "/answer/";
  }

  /** 303: the browser fetches the target with GET, and Back does not repeat the POST. */
  private static void seeOther(String url) {
    HttpServletResponse response = (HttpServletResponse) external().getResponse();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", url);
    FacesContext.getCurrentInstance().responseComplete();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) external().getRequest();
  }
}

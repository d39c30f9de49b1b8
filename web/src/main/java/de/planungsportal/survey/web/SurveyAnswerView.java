package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.Instrument;
import de.planungsportal.survey.QuestionKind;
import de.planungsportal.survey.SurveyAnswering;
import de.planungsportal.survey.TextKeys;
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
  private List<Instrument.Question> questions;
  private Instrument.Wording wording;
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
      Instrument instrument = answering.instrument(ticket.versionId());
      questions = instrument.questions();
      String language = surveyLocale.getLanguage();
      wording =
          instrument.wording(
              Instrument.Variant.STANDARD,
              SurveyAnswering.languages(instrument).contains(language) ? language : "de");
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
      Map<String, List<String>> raw = new HashMap<>();
      answers.forEach((key, value) -> raw.put(key, value == null ? List.of() : List.of(value)));
      answering.submit(ticket, surveyLocale.getLanguage(), raw);
    } catch (InvalidInputException e) {
      Messages.error(e);
      return null;
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

  public List<Instrument.Question> getQuestions() {
    return questions;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public String key(Instrument.Question question) {
    return question.key();
  }

  public boolean mandatory(Instrument.Question question) {
    return question.mandatory();
  }

  public boolean freeText(Instrument.Question question) {
    return question.kind() == QuestionKind.LONG_TEXT || question.kind() == QuestionKind.SHORT_TEXT;
  }

  public boolean rating(Instrument.Question question) {
    return question.kind() == QuestionKind.RATING;
  }

  public String text(Instrument.Question question) {
    return wording.text(TextKeys.question(question.key()));
  }

  /** The choices of a question, valued as the service stores them. */
  public List<SelectItem> choices(Instrument.Question question) {
    List<SelectItem> items = new ArrayList<>();
    if (question.kind() == QuestionKind.RATING) {
      String low = wording.text(TextKeys.low(question.key()));
      String high = wording.text(TextKeys.high(question.key()));
      for (int step = 1; step <= Instrument.RATING_STEPS; step++) {
        String end = step == 1 ? low : step == Instrument.RATING_STEPS ? high : null;
        items.add(
            new SelectItem(Integer.toString(step), end == null ? "" + step : step + " – " + end));
      }
    } else if (question.kind() == QuestionKind.YES_NO) {
      items.add(new SelectItem("yes", "Ja"));
      items.add(new SelectItem("no", "Nein"));
    } else {
      for (String option : question.options()) {
        items.add(new SelectItem(option, wording.text(TextKeys.option(question.key(), option))));
      }
    }
    if (question.dontKnow()) {
      items.add(new SelectItem(Instrument.DONT_KNOW, "weiß nicht"));
    }
    return items;
  }

  public int getMaxText() {
    return Instrument.MAX_LONG_TEXT;
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

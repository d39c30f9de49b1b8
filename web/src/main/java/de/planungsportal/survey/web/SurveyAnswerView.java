package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;

/**
 * Backs answer/index.xhtml: the code entry form, and once a code opens a wave, its questions. The
 * code travels in the URL (the QR link) and then in a hidden field, so the page needs no session
 * and no server-side view state.
 */
@Named
@RequestScoped
public class SurveyAnswerView {

  private static final Logger LOG = Logger.getLogger(SurveyAnswerView.class.getName());

  @Inject private SurveyAnswering answering;
  @Inject private SurveyLocale surveyLocale;

  private final Map<String, String> answers = new HashMap<>();
  private String code;
  private Ticket ticket;
  private List<SurveyQuestion> questions;
  private String problem;

  @PostConstruct
  void init() {
    code = external().getRequestParameterMap().get("code");
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    try {
      ticket = answering.open(code, request().getRemoteAddr());
      questions = answering.questions(ticket.waveId());
    } catch (InvalidInputException e) {
      problem = e.messageKey();
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
    return "/answer/thanks?faces-redirect=true&lang=" + surveyLocale.getLanguage();
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

  /**
   * PrimeFaces (CSP mode) refuses postbacks without the nonce its scripts would add; this page has
   * no scripts, so the form carries it. A transient view keeps no nonce to compare with: the
   * same-origin check of the CSRF filter is what guards this form.
   */
  public String getCspNonce() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }

  public int getMaxText() {
    return SurveyQuestion.MAX_TEXT;
  }

  private Locale locale() {
    return surveyLocale.getLocale();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) external().getRequest();
  }
}

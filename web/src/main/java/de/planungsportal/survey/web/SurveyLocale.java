package de.planungsportal.survey.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import de.planungsportal.web.LocalePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answering page, decided per request from {@code ?lang=} (links and a hidden
 * field carry it from page to page) or the browser's preference. Unlike the staff pages'
 * session-scoped preference it creates no session: a whole district may answer at once.
 */
@Named
@RequestScoped
public class SurveyLocale {

  /** Only what names public content: a code never goes into a URL (history, logs, Referer). */
  private static final List<String> KEPT_PARAMETERS = List.of("wave");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      locale =
          LocalePreference.negotiate(
              faces, faces.getExternalContext().getRequestParameterMap().get("lang"));
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * This page in another language, keeping what identifies its content (the wave). An open
   * questionnaire switches by a button of its page form, which carries the code (AnswerServlet).
   */
  public String switchTo(String language) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    StringBuilder url =
        new StringBuilder(((HttpServletRequest) external.getRequest()).getRequestURI())
            .append("?lang=")
            .append(LocalePreference.SUPPORTED.contains(language) ? language : "de");
    for (String kept : KEPT_PARAMETERS) {
      String value = external.getRequestParameterMap().get(kept);
      if (value != null && !value.isBlank()) {
        url.append('&').append(kept).append('=').append(URLEncoder.encode(value, UTF_8));
      }
    }
    return url.toString();
  }
}

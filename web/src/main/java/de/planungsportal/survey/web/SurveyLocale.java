package de.planungsportal.survey.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of an answering page, decided per request from {@code ?lang=} (links and a hidden
 * field carry it from page to page) or the browser's preference. Unlike the staff pages'
 * session-scoped preference it creates no session: a whole district may answer at once.
 */
@Named
@RequestScoped
public class SurveyLocale {

  private static final Set<String> SUPPORTED = Set.of("de", "en");
  private static final List<String> KEPT_PARAMETERS = List.of("code", "wave");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
      if (requested != null && SUPPORTED.contains(requested)) {
        locale = Locale.forLanguageTag(requested);
      } else if (faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
        locale = Locale.GERMAN;
      } else {
        locale = faces.getApplication().getViewHandler().calculateLocale(faces);
      }
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * This page in another language, keeping what identifies its content (the code, the wave).
   * Answers typed but not yet submitted are not carried over.
   */
  public String switchTo(String language) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    StringBuilder url =
        new StringBuilder(((HttpServletRequest) external.getRequest()).getRequestURI())
            .append("?lang=")
            .append(SUPPORTED.contains(language) ? language : "de");
    for (String kept : KEPT_PARAMETERS) {
      String value = external.getRequestParameterMap().get(kept);
      if (value != null && !value.isBlank()) {
        url.append('&').append(kept).append('=').append(URLEncoder.encode(value, UTF_8));
      }
    }
    return url.toString();
  }
}

package de.planungsportal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language a visitor chose with the language links ({@code ?lang=en}); until they choose, the
 * browser's preferred supported language (German if none matches) is used for each request.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SUPPORTED = Set.of("de", "en");

  private String language;

  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
    if (requested != null && SUPPORTED.contains(requested)) {
      language = requested;
    }
    if (language != null) {
      return Locale.forLanguageTag(language);
    }
    if (faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
      // no preference stated: the portal's own language, not the server's
      return Locale.GERMAN;
    }
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }
}

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

  /** The languages of the portal's bundles. */
  public static final Set<String> SUPPORTED = Set.of("de", "en");

  private String language;

  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String requested = faces.getExternalContext().getRequestParameterMap().get("lang");
    if (requested != null && SUPPORTED.contains(requested)) {
      language = requested;
    }
    return negotiate(faces, language);
  }

  /**
   * The locale of a chosen language if the portal has it, otherwise the browser's preferred
   * supported one; German when the browser states no preference (the portal's own language, not the
   * server's).
   */
  public static Locale negotiate(FacesContext faces, String chosen) {
    if (chosen != null && SUPPORTED.contains(chosen)) {
      return Locale.forLanguageTag(chosen);
    }
    if (faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
      return Locale.GERMAN;
    }
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }
}

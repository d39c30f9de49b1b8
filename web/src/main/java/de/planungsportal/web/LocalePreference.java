package de.planungsportal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language a visitor chose; until they choose, the browser's preferred supported language
 * (German if none matches) is used for each request.
 */
@Named
@SessionScoped
public class LocalePreference implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SUPPORTED = Set.of("de", "en");

  private String language;

  public Locale getLocale() {
    if (language != null) {
      return Locale.forLanguageTag(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void choose(String language) {
    if (SUPPORTED.contains(language)) {
      this.language = language;
    }
  }
}

package de.planungsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a visitor chose with the language links ({@code ?lang=en}), kept in a cookie of its
 * own rather than in a session, so anonymous visitors get none; until they choose, the browser's
 * preferred supported language (German if none matches) is used for each request.
 */
@Named
@RequestScoped
public class LocalePreference {

  /** The languages of the portal's bundles. */
  public static final Set<String> SUPPORTED = Set.of("de", "en");

  static final String COOKIE = "portal-lang";
  private static final int ONE_YEAR = 365 * 24 * 60 * 60;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      String requested = external.getRequestParameterMap().get("lang");
      String remembered = remembered(external);
      if (requested != null && SUPPORTED.contains(requested)) {
        if (!requested.equals(remembered)) {
          remember(external, requested);
        }
        remembered = requested;
      }
      locale = negotiate(faces, remembered);
    }
    return locale;
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

  /**
   * The same choice for a request Faces does not serve (a download): the remembered language, else
   * the browser's preferred supported one, else German.
   */
  public static Locale of(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (cookie.getName().equals(COOKIE) && SUPPORTED.contains(cookie.getValue())) {
          return Locale.forLanguageTag(cookie.getValue());
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale locale : Collections.list(request.getLocales())) {
        if (SUPPORTED.contains(locale.getLanguage())) {
          return Locale.forLanguageTag(locale.getLanguage());
        }
      }
    }
    return Locale.GERMAN;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  private static String remembered(ExternalContext external) {
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    return cookie instanceof Cookie c && SUPPORTED.contains(c.getValue()) ? c.getValue() : null;
  }

  private static void remember(ExternalContext external, String language) {
    external.addResponseCookie(
        COOKIE,
        language,
        Map.of(
            "path",
            external.getRequestContextPath() + "/",
            "maxAge",
            ONE_YEAR,
            "httpOnly",
            true,
            "secure",
            ((HttpServletRequest) external.getRequest()).isSecure()));
  }
}

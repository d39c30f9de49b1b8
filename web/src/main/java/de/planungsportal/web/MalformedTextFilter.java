package de.planungsportal.web;

import de.planungsportal.common.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Refuses a request whose parameters (query or form, names or values) were not valid UTF-8. The
 * server decodes them leniently and puts U+FFFD REPLACEMENT CHARACTER where bytes were malformed,
 * so without this check a mangled text would be stored as if someone had typed it. Nobody types
 * U+FFFD: it is the decoder's mark for "something was lost here", whatever the decoding step (query
 * string, form body, multipart field) that lost it, so its presence is the test. Checking the
 * decoded parameters keeps the server's own, size-limited form parsing instead of parsing bodies
 * twice. Runs after the upload check, so multipart bodies are only parsed where uploads belong.
 */
public class MalformedTextFilter extends HttpFilter {

  static final char REPLACEMENT = '\uFFFD';
  private static final Logger LOG = Logger.getLogger(MalformedTextFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isMangled(request.getParameterMap())) {
      LOG.info(() -> "Refused malformed UTF-8 in the parameters of " + RequestPaths.of(request));
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isMangled(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      if (parameter.getKey().indexOf(REPLACEMENT) >= 0) {
        return true;
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf(REPLACEMENT) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** 400 with a short page in the visitor's language: nothing of the request was used. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale =
        Collections.list(request.getLocales()).stream()
            .filter(l -> LocalePreference.SUPPORTED.contains(l.getLanguage()))
            .findFirst()
            .orElse(Locale.GERMAN);
    if (request.getHeader("Accept-Language") == null) {
      locale = Locale.GERMAN;
    }
    ResourceBundle bundle = ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale);
    String title = escape(bundle.getString("request.malformed.title"));
    String text = escape(bundle.getString("request.malformed.text"));
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1><p id=\"refusal\">"
                + text
                + "</p></body></html>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

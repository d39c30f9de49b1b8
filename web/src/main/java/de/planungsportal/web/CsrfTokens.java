package de.planungsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** One random token per session, for REST calls from the portal's own pages. */
@Named("csrf")
@RequestScoped
public class CsrfTokens {

  private static final String ATTRIBUTE = "portal.csrfToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private HttpServletRequest request;

  /** The session's token, created on first use; rendered into a meta tag of staff pages. */
  public String getToken() {
    HttpSession session = request.getSession();
    String token = (String) session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return token;
  }

  static boolean matches(HttpServletRequest request, String candidate) {
    HttpSession session = request.getSession(false);
    String token = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    return token != null
        && candidate != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
  }
}

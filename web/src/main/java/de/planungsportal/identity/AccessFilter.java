package de.planungsportal.identity;

import de.planungsportal.common.Problems;
import de.planungsportal.common.RequestPaths;
import de.planungsportal.tenant.Actor;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Guards every path the {@link AccessPolicy} does not name public: the caller must have an enabled
 * account, a session younger than the account's last "sign out everywhere", a changed initial
 * password and, where the policy asks for one, a role it allows. Anonymous API calls get 401;
 * anonymous visitors of pages are redirected to the sign-in page, which brings them back
 * afterwards.
 */
public class AccessFilter extends HttpFilter {

  static final String SIGNED_IN_AT = "portal.signedInAt";
  static final String PASSWORD_PAGE = "/account/password.xhtml";

  @Inject private CurrentUser currentUser;
  @Inject private SingleSignOn singleSignOn;

  /** Remembers when this session signed in, to compare with "sign out everywhere". */
  static void markSignedIn(HttpSession session) {
    session.setAttribute(SIGNED_IN_AT, Instant.now());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);
    if (rule.isPublic()) {
      chain.doFilter(request, response);
      return;
    }
    boolean api = AccessPolicy.isApi(path);
    Optional<Actor> actor = currentUser.actor();
    if (actor.isEmpty() || sessionEndedElsewhere(request)) {
      if (currentUser.principalName().isPresent()) {
        // signed in, but the account is gone, disabled or signed out everywhere
        request.logout();
        invalidate(request);
      }
      if (api) {
        Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
      } else if (currentUser.principalName().isPresent()) {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
      } else {
        response.sendRedirect(
            request.getContextPath() + "/login.xhtml?next=" + encode(pathAndQuery(request, path)));
      }
      return;
    }
    // with single sign-on the provider owns passwords; the portal's initial password is unused
    if (!singleSignOn.isEnabled()
        && currentUser.mustChangePassword()
        && !path.equals(PASSWORD_PAGE)) {
      if (api) {
        Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "password-change-required");
      } else {
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      }
      return;
    }
    if (!rule.admits(actor.get())) {
      if (api) {
        Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean sessionEndedElsewhere(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
    if (signedInAt == null) {
      // signed in by another mechanism (OIDC): the session starts counting now
      markSignedIn(session);
      return false;
    }
    Optional<LocalDateTime> validAfter = currentUser.sessionsValidAfter();
    // the column keeps whole seconds (the moment is cut, not rounded): a session that signed in
    // within the same second is ended too, rather than let one that began before the click live on
    return validAfter.isPresent()
        && !signedInAt
            .truncatedTo(ChronoUnit.SECONDS)
            .isAfter(validAfter.get().atZone(ZoneId.systemDefault()).toInstant());
  }

  private static String pathAndQuery(HttpServletRequest request, String path) {
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void invalidate(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}

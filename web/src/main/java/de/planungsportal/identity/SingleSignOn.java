package de.planungsportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether staff sign in through an OpenID Connect provider instead of the local password form.
 * The server decides that (ear/src/main/wildfly/enable-oidc.cli secures the WAR with OIDC and
 * sets {@code portal.oidc.enabled}); the application only adapts its pages: the sign-in page
 * offers the provider, {@code /sso/signin} starts the session, sign-out ends the provider's
 * session too.
 */
@Named
@ApplicationScoped
public class SingleSignOn {

  /** The protected entry path; the server's OIDC mechanism sends anonymous visitors onward. */
  static final String ENTRY_PATH = "/sso/signin";

  @Inject
  @ConfigProperty(name = "portal.oidc.enabled", defaultValue = "false")
  boolean enabled;

  public boolean isEnabled() {
    return enabled;
  }

  /** The link that signs in through the provider and then opens {@code next}, if it is local. */
  public String entryUrl(String contextPath, String next) {
    return contextPath
        + ENTRY_PATH
        + (LoginView.isLocalPath(next)
            ? "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
            : "");
  }

  /**
   * The provider's end-session address for the signed-in caller, which returns the browser to
   * {@code returnPath}; empty in local-account mode or when the provider names no such endpoint.
   * Call it before the session ends: it reads the caller's ID token.
   */
  public Optional<String> endSessionUrl(HttpServletRequest request, String returnPath) {
    if (!enabled || request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    return ProviderSession.endSessionUrl(request.getUserPrincipal(), origin(request) + returnPath);
  }

  /** Scheme, host and port as the browser used them (behind a proxy: X-Forwarded-*). */
  private static String origin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}

package de.planungsportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether staff sign in through an OpenID Connect provider instead of the local password form. The
 * server decides that (ear/src/main/wildfly/enable-oidc.cli secures the WAR with OIDC and sets
 * {@code portal.oidc.enabled}); the application only adapts: the sign-in page offers the provider
 * instead of the password form, and {@link SingleSignOnServlet} starts the session.
 */
@Named
@ApplicationScoped
public class SingleSignOn {

  /** The protected entry path; the server's OIDC mechanism sends anonymous visitors onward. */
  static final String ENTRY_PATH = "/sso/signin";

  /**
   * Session attribute with the page to open after signing in. The OIDC mechanism returns to the
   * entry path without its query string, so the sign-in page keeps {@code next} here.
   */
  static final String NEXT_PAGE = "portal.sso.next";

  @Inject
  @ConfigProperty(name = "portal.oidc.enabled", defaultValue = "false")
  boolean enabled;

  public boolean isEnabled() {
    return enabled;
  }
}

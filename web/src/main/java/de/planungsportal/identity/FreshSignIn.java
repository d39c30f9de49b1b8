package de.planungsportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcAccount;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * A sign-in at the OpenID provider asked for again before an irrevocable step (the chair's
 * signature), the single sign-on counterpart of typing the password again. The portal does not
 * trust that the provider honoured the request: the ID token's {@code auth_time} must lie after the
 * moment the step asked for it, and the provider's user must be the account that asked.
 *
 * <p>How: the session forgets the provider's tokens (otherwise WildFly's OIDC mechanism lets the
 * next request through on them) and the browser goes to the protected entry path with {@code
 * prompt=login&max_age=0}, which the mechanism forwards into the provider's authorization request.
 * {@link SingleSignOnServlet} checks the answer and records a {@link Confirmation} for the step.
 */
@ApplicationScoped
public class FreshSignIn {

  static final String REQUESTED = "portal.sso.fresh.requested";
  static final String CONFIRMED = "portal.sso.fresh.confirmed";

  /** The query that makes the provider ask for the password, whatever session it still has. */
  static final String FORCE_LOGIN = "?prompt=login&max_age=0";

  /** Who asked, for which step, when, and where the browser goes afterwards. */
  record Request(String username, String purpose, String returnPath, Instant requestedAt)
      implements Serializable {}

  /** A sign-in at the provider by {@code username} at {@code authTime}, for {@code purpose}. */
  public record Confirmation(String username, String purpose, Instant authTime)
      implements Serializable {}

  /** What the provider's answer to a request turned out to be. */
  enum Outcome {
    CONFIRMED,
    STALE,
    OTHER_ACCOUNT
  }

  @Inject private CurrentUser currentUser;

  /**
   * Asks for a fresh sign-in for {@code purpose}; returns the application path to send the browser
   * to. {@code returnPath} (a path of this application) is opened afterwards.
   */
  public String start(
      HttpServletRequest request, String username, String purpose, String returnPath) {
    if (!LoginView.isLocalPath(returnPath)) {
      throw new IllegalArgumentException("not a path of this application: " + returnPath);
    }
    HttpSession session = request.getSession();
    session.removeAttribute(CONFIRMED);
    session.removeAttribute(OidcAccount.class.getName());
    session.removeAttribute(OidcSecurityContext.class.getName());
    session.setAttribute(REQUESTED, new Request(username, purpose, returnPath, Instant.now()));
    return SingleSignOn.ENTRY_PATH + FORCE_LOGIN;
  }

  /** The confirmation for {@code purpose} by {@code username}, if any; usable once. */
  public Optional<Confirmation> take(HttpServletRequest request, String username, String purpose) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(CONFIRMED) instanceof Confirmation confirmation)
        || !confirmation.purpose().equals(purpose)
        || !confirmation.username().equals(username)) {
      return Optional.empty();
    }
    session.removeAttribute(CONFIRMED);
    return Optional.of(confirmation);
  }

  /** The pending request of this session, removed from it. */
  Optional<Request> pending(HttpSession session) {
    Object requested = session.getAttribute(REQUESTED);
    session.removeAttribute(REQUESTED);
    return requested instanceof Request r ? Optional.of(r) : Optional.empty();
  }

  /** Checks the provider's answer to {@code asked} and, if it holds, records the confirmation. */
  Outcome complete(HttpServletRequest request, Request asked) {
    if (!currentUser.principalName().filter(asked.username()::equals).isPresent()) {
      return Outcome.OTHER_ACCOUNT;
    }
    // auth_time has whole seconds: a sign-in within the second of the request counts as after it
    Optional<Instant> authTime = authTime(request);
    if (authTime.isEmpty()
        || authTime.get().isBefore(asked.requestedAt().truncatedTo(ChronoUnit.SECONDS))) {
      return Outcome.STALE;
    }
    request
        .getSession()
        .setAttribute(
            CONFIRMED, new Confirmation(asked.username(), asked.purpose(), authTime.get()));
    return Outcome.CONFIRMED;
  }

  /** When the provider last asked this user for credentials, from the ID token of the request. */
  static Optional<Instant> authTime(HttpServletRequest request) {
    try {
      OidcSecurityContext context =
          request.getUserPrincipal() instanceof OidcPrincipal<?> principal
              ? principal.getOidcSecurityContext()
              : (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
      IDToken token = context == null ? null : context.getIDToken();
      return token != null && token.getClaimValue("auth_time") instanceof Number seconds
          ? Optional.of(Instant.ofEpochSecond(seconds.longValue()))
          : Optional.empty();
    } catch (LinkageError notSecuredByOidc) {
      // WildFly adds the OIDC module only to deployments it secures with OIDC
      return Optional.empty();
    }
  }
}

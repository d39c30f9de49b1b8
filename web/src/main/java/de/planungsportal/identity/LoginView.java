package de.planungsportal.identity;

import de.planungsportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Backs login.xhtml and the logout button. The password check itself is done by the server's
 * Elytron realm over the account table; this view applies the sign-in policy around it and starts
 * and ends the session.
 */
@Named
@RequestScoped
public class LoginView {

  @Inject private SignInService signIn;
  @Inject private SingleSignOn singleSignOn;

  private String username;
  private String password;
  private String next;

  public String login() {
    HttpServletRequest request = request();
    String address = request.getRemoteAddr();
    Optional<SignInService.Refusal> refusal = signIn.refusal(username, address);
    if (refusal.isPresent()) {
      password = null;
      if (refusal.get() == SignInService.Refusal.TOO_MANY_ATTEMPTS_FROM_ADDRESS) {
        Messages.error("login.tooManyAttempts");
      } else {
        // same answer as a wrong password: no hint whether the account exists
        Messages.error("login.failed", signIn.lockMinutes());
      }
      return null;
    }
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(username, password);
    } catch (ServletException e) {
      signIn.failed(username, address);
      Messages.error("login.failed", signIn.lockMinutes());
      return null;
    } finally {
      password = null;
    }
    signIn.succeeded(username);
    // a new session id after sign-in defeats session fixation
    request.changeSessionId();
    AccessFilter.markSignedIn(request.getSession());
    if (isLocalPath(next)) {
      redirect(next);
      return null;
    }
    return "/workflow/tasks?faces-redirect=true";
  }

  /** Only paths of this application: no scheme, no host, no protocol-relative "//". */
  static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && path.chars().noneMatch(c -> c < 0x20 || c == '\\');
  }

  private static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (java.io.IOException e) {
      throw new jakarta.faces.FacesException(e);
    }
  }

  /**
   * In single-sign-on mode the sign-in link leaves through the provider and comes back without its
   * query string: keep where to go afterwards in the session.
   */
  public void rememberNext() {
    if (singleSignOn.isEnabled() && isLocalPath(next)) {
      request().getSession().setAttribute(SingleSignOn.NEXT_PAGE, next);
    }
  }

  /**
   * Ends the session. Signed in through an OpenID provider, WildFly's OIDC client also ends the
   * provider's session on {@code logout()} (a back-channel request with the refresh token, which
   * Keycloak supports; with other providers only the portal's session ends).
   */
  public String logout() throws ServletException {
    HttpServletRequest request = request();
    request.logout();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    return "/login?faces-redirect=true&signedOut=true";
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Where to go after signing in (a path of this application), from the sign-in link. */
  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

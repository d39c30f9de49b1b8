package de.planungsportal.identity;

import de.planungsportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Backs login.xhtml and the logout button. The password check itself is done by the server's
 * Elytron realm over the account table; this view only starts and ends the session.
 */
@Named
@RequestScoped
public class LoginView {

  private String username;
  private String password;

  public String login() {
    HttpServletRequest request = request();
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(username, password);
    } catch (ServletException e) {
      Messages.error("login.failed");
      return null;
    } finally {
      password = null;
    }
    // a new session id after sign-in defeats session fixation
    request.changeSessionId();
    return "/workflow/tasks?faces-redirect=true";
  }

  public String logout() throws ServletException {
    HttpServletRequest request = request();
    request.logout();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    return "/login?faces-redirect=true&signedOut=true";
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest)
        FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

package de.planungsportal.identity.web;

import de.planungsportal.identity.AccountService;
import de.planungsportal.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Backs account/index.xhtml: own data, password, sign out everywhere. */
@Named
@RequestScoped
public class MyAccountView {

  @Inject private AccountService accounts;
  @Inject private CurrentUser user;

  public String signOutEverywhere() throws ServletException {
    accounts.signOutEverywhere(user.require());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login?faces-redirect=true&signedOut=everywhere";
  }
}

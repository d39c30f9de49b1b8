package de.planungsportal.identity.admin.web;

import de.planungsportal.identity.admin.AccountAdminService.InitialPassword;
import de.planungsportal.web.Messages;
import java.io.Serializable;

/**
 * An initial password shown once, after an account was created or its password reset, until the
 * admin confirms they noted it (WEB-INF/includes/initial-password.xhtml shows it).
 */
public class InitialPasswordNotice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String password;
  private String username;

  /**
   * Shows the password of a new account; with single sign-on the provider owns passwords, so the
   * portal's (unusable) one is not shown and a message says how the person signs in.
   */
  public void announce(InitialPassword created, boolean singleSignOn) {
    if (singleSignOn) {
      Messages.info("admin.accounts.createdForSingleSignOn", created.account().getUsername());
    } else {
      show(created);
    }
  }

  public void show(InitialPassword created) {
    password = created.password();
    username = created.account().getUsername();
  }

  public void dismiss() {
    password = null;
    username = null;
  }

  public boolean isShown() {
    return password != null;
  }

  public String getPassword() {
    return password;
  }

  public String getUsername() {
    return username;
  }
}

package de.planungsportal.identity.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.AccountService;
import de.planungsportal.identity.CurrentUser;
import de.planungsportal.identity.PasswordPolicy;
import de.planungsportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs account/password.xhtml, also the forced change of an initial password. */
@Named
@RequestScoped
public class PasswordChangeView {

  @Inject private AccountService accounts;
  @Inject private CurrentUser user;

  private String current;
  private String chosen;
  private String repeated;

  public String change() {
    try {
      accounts.changePassword(user.require(), current, chosen, repeated);
    } catch (InvalidInputException e) {
      Messages.error(e);
      return null;
    } finally {
      current = null;
      chosen = null;
      repeated = null;
    }
    return "/account/index?faces-redirect=true&passwordChanged=true";
  }

  public boolean isForced() {
    return user.mustChangePassword();
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}

package de.planungsportal.identity.admin;

import de.planungsportal.common.EditForm;
import de.planungsportal.common.PlainText;
import de.planungsportal.common.Text;
import de.planungsportal.identity.Account;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account as an admin creates or edits it. */
public class AccountForm extends EditForm {

  private static final long serialVersionUID = 1L;

  @NotNull
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,79}", message = "{de.planungsportal.Username.message}")
  private String username;

  @NotBlank
  @Size(max = 200, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String displayName;

  @Email
  @Size(max = 254, message = "{de.planungsportal.MaxLength.message}")
  private String email;

  private boolean enabled = true;

  public static AccountForm of(Account account) {
    AccountForm form = new AccountForm();
    form.editing(account.getId(), account.getVersion());
    form.username = account.getUsername();
    form.displayName = account.getDisplayName();
    form.email = account.getEmail();
    form.enabled = account.isEnabled();
    return form;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = Text.clean(username);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = Text.clean(displayName);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = Text.clean(email);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}

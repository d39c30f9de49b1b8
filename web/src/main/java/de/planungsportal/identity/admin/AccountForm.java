package de.planungsportal.identity.admin;

import de.planungsportal.common.PlainText;
import de.planungsportal.common.Text;
import de.planungsportal.identity.Account;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An account as an admin creates or edits it. */
public class AccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;

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
    form.id = account.getId();
    form.version = account.getVersion();
    form.username = account.getUsername();
    form.displayName = account.getDisplayName();
    form.email = account.getEmail();
    form.enabled = account.isEnabled();
    return form;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
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

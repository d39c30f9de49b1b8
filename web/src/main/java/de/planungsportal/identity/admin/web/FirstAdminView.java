package de.planungsportal.identity.admin.web;

import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.identity.admin.AccountAdminService;
import de.planungsportal.identity.admin.AccountForm;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The first admin account of an organisation below the admin's own, on admin/organisations.xhtml:
 * account administration, so it lives with the accounts, not with the organisations it is shown
 * beside.
 */
@Named
@ViewScoped
public class FirstAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentActor currentActor;
  @Inject private AccountAdminService accounts;
  @Inject private SingleSignOn singleSignOn;

  private final InitialPasswordNotice initialPassword = new InitialPasswordNotice();
  private Set<Long> withAdmin;
  private Organisation organisation;
  private AccountForm form;

  /** A municipality below the admin's organisation that has no admin yet gets its first here. */
  public boolean needsFirstAdmin(Organisation candidate) {
    if (!candidate.isDirectlyBelow(currentActor.require().organisationId())) {
      return false;
    }
    if (withAdmin == null) {
      withAdmin = new HashSet<>(accounts.organisationsWithAdminBelow(currentActor.require()));
    }
    return !withAdmin.contains(candidate.getId());
  }

  public void open(Organisation candidate) {
    organisation = candidate;
    form = new AccountForm();
  }

  public void save() {
    long organisationId = organisation.getId();
    if (UserChange.apply(
        () ->
            initialPassword.announce(
                accounts.createFirstAdmin(currentActor.require(), organisationId, form),
                singleSignOn.isEnabled()))) {
      Messages.info("admin.saved");
      form = null;
      withAdmin = null;
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public AccountForm getForm() {
    return form;
  }

  public InitialPasswordNotice getInitialPassword() {
    return initialPassword;
  }
}

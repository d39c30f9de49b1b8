package de.planungsportal.area.admin.web;

import de.planungsportal.area.admin.OrganisationAdminService;
import de.planungsportal.area.admin.OrganisationForm;
import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.identity.admin.AccountAdminService;
import de.planungsportal.identity.admin.AccountForm;
import de.planungsportal.identity.admin.web.InitialPasswordNotice;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.web.CrudView;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/** Backs admin/organisations.xhtml. */
@Named
@ViewScoped
public class OrganisationAdminView extends CrudView<Organisation, OrganisationForm> {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisationAdminService service;
  @Inject private AccountAdminService accounts;
  @Inject private SingleSignOn singleSignOn;

  private final InitialPasswordNotice initialPassword = new InitialPasswordNotice();
  private Set<Long> withAdmin = Set.of();
  private Organisation firstAdminOf;
  private AccountForm firstAdmin;

  @Override
  protected List<Organisation> list(Actor admin) {
    List<Organisation> organisations = service.list(admin);
    withAdmin =
        Set.copyOf(
            accounts.organisationsWithAdmin(
                organisations.stream().map(Organisation::getId).toList()));
    return organisations;
  }

  /** A municipality below the admin's organisation that has no admin yet gets its first here. */
  public boolean needsFirstAdmin(Organisation organisation) {
    return organisation.getParent() != null
        && organisation.getParent().getId() == currentUser.require().organisationId()
        && !withAdmin.contains(organisation.getId());
  }

  public void openFirstAdmin(Organisation organisation) {
    firstAdminOf = organisation;
    firstAdmin = new AccountForm();
  }

  public void saveFirstAdmin() {
    long organisationId = firstAdminOf.getId();
    if (run(
        () ->
            initialPassword.announce(
                accounts.createFirstAdmin(currentUser.require(), organisationId, firstAdmin),
                singleSignOn.isEnabled()))) {
      Messages.info("admin.saved");
      firstAdmin = null;
      load();
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public Organisation getFirstAdminOf() {
    return firstAdminOf;
  }

  public AccountForm getFirstAdmin() {
    return firstAdmin;
  }

  public InitialPasswordNotice getInitialPassword() {
    return initialPassword;
  }

  @Override
  protected OrganisationForm newForm() {
    OrganisationForm form = new OrganisationForm();
    form.setKind(Organisation.Kind.MUNICIPALITY);
    return form;
  }

  @Override
  protected OrganisationForm formOf(Organisation organisation) {
    return OrganisationForm.of(organisation);
  }

  @Override
  protected void save(Actor admin, OrganisationForm form) {
    service.save(admin, form);
  }

  @Override
  protected void delete(Actor admin, Organisation organisation) {
    service.delete(admin, organisation.getId());
  }

  /** Only organisations below the admin's own can be deleted, never the own one. */
  public boolean isDeletable(Organisation organisation) {
    return organisation.getParent() != null
        && organisation.getParent().getId() == currentUser.require().organisationId();
  }

  public Organisation.Kind[] getKinds() {
    return Organisation.Kind.values();
  }
}

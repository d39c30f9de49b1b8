package de.planungsportal.area.admin.web;

import de.planungsportal.area.admin.OrganisationAdminService;
import de.planungsportal.area.admin.OrganisationForm;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.web.CrudView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs admin/organisations.xhtml. */
@Named
@ViewScoped
public class OrganisationAdminView extends CrudView<Organisation, OrganisationForm> {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisationAdminService service;

  @Override
  protected List<Organisation> list(Actor admin) {
    return service.list(admin);
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
    return organisation.isDirectlyBelow(currentUser.require().organisationId());
  }

  public Organisation.Kind[] getKinds() {
    return Organisation.Kind.values();
  }
}

package de.planungsportal.area.admin;

import de.planungsportal.tenant.Organisation;
import jakarta.validation.constraints.NotNull;

public class OrganisationForm extends ReferenceForm {

  private static final long serialVersionUID = 1L;

  @NotNull private Organisation.Kind kind;

  public static OrganisationForm of(Organisation organisation) {
    OrganisationForm form = new OrganisationForm();
    form.setId(organisation.getId());
    form.setVersion(organisation.getVersion());
    form.setCode(organisation.getCode());
    form.setName(organisation.getName());
    form.kind = organisation.getKind();
    return form;
  }

  public Organisation.Kind getKind() {
    return kind;
  }

  public void setKind(Organisation.Kind kind) {
    this.kind = kind;
  }
}

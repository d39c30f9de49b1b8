package de.planungsportal.area.admin;

import de.planungsportal.tenant.Organisation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public class OrganisationForm extends ReferenceForm {

  private static final long serialVersionUID = 1L;

  @NotNull private Organisation.Kind kind;

  /** Below 3 a cell could single out a pupil and the two others who answered with them. */
  @Min(value = 3, message = "{de.planungsportal.MinCellSize.message}")
  @Max(value = 50, message = "{de.planungsportal.MinCellSize.message}")
  private int minCellSize = Organisation.DEFAULT_MIN_CELL_SIZE;

  public static OrganisationForm of(Organisation organisation) {
    OrganisationForm form = new OrganisationForm();
    form.setId(organisation.getId());
    form.setVersion(organisation.getVersion());
    form.setCode(organisation.getCode());
    form.setName(organisation.getName());
    form.kind = organisation.getKind();
    form.minCellSize = organisation.getMinCellSize();
    return form;
  }

  public Organisation.Kind getKind() {
    return kind;
  }

  public void setKind(Organisation.Kind kind) {
    this.kind = kind;
  }

  public int getMinCellSize() {
    return minCellSize;
  }

  public void setMinCellSize(int minCellSize) {
    this.minCellSize = minCellSize;
  }
}

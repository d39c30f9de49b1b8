package de.planungsportal.area.admin;

import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.common.Code;
import de.planungsportal.common.EditForm;
import de.planungsportal.common.PlainText;
import de.planungsportal.common.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields every reference entity has, as entered in an admin dialog. */
public class ReferenceForm extends EditForm {

  private static final long serialVersionUID = 1L;

  @NotNull @Code private String code;

  @NotBlank
  @Size(max = 200, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String name;

  /** Copies the common fields of an entity being edited. */
  protected void fill(ReferenceEntity entity) {
    editing(entity.getId(), entity.getVersion());
    code = entity.getCode();
    name = entity.getName();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = Text.clean(code);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Text.clean(name);
  }
}

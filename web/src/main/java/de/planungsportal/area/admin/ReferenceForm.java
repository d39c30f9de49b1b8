package de.planungsportal.area.admin;

import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.common.Code;
import de.planungsportal.common.PlainText;
import de.planungsportal.common.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The fields every reference entity has, as entered in an admin dialog. */
public class ReferenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;

  @NotNull @Code private String code;

  @NotBlank
  @Size(max = 200, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String name;

  /** Copies the common fields of an entity being edited. */
  protected void fill(ReferenceEntity entity) {
    id = entity.getId();
    version = entity.getVersion();
    code = entity.getCode();
    name = entity.getName();
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

package de.planungsportal.area.admin;

import de.planungsportal.area.Area;
import de.planungsportal.common.PlainText;
import de.planungsportal.common.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new version of an area from a day: its name and enclosing area from then on. */
public class RedrawForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long areaId;
  private int version;
  private String code;

  @NotNull private LocalDate validFrom;

  @NotBlank
  @Size(max = 200, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String name;

  private Long parentId;

  public static RedrawForm of(Area latest) {
    RedrawForm form = new RedrawForm();
    form.areaId = latest.getId();
    form.version = latest.getVersion();
    form.code = latest.getCode();
    form.name = latest.getName();
    form.parentId = latest.getParent() == null ? null : latest.getParent().getId();
    form.validFrom = LocalDate.now();
    return form;
  }

  public long getAreaId() {
    return areaId;
  }

  public void setAreaId(long areaId) {
    this.areaId = areaId;
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

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Text.clean(name);
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }
}

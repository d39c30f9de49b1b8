package de.planungsportal.area.admin;

import de.planungsportal.area.Area;

public class AreaForm extends ReferenceForm {

  private static final long serialVersionUID = 1L;

  private Long parentId;

  public static AreaForm of(Area area) {
    AreaForm form = new AreaForm();
    form.fill(area);
    form.parentId = area.getParent() == null ? null : area.getParent().getId();
    return form;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }
}

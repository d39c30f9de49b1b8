package de.planungsportal.area.admin;

import de.planungsportal.area.Department;
import jakarta.validation.constraints.NotNull;

public class DepartmentForm extends ReferenceForm {

  private static final long serialVersionUID = 1L;

  @NotNull private Department.Kind kind;

  public static DepartmentForm of(Department department) {
    DepartmentForm form = new DepartmentForm();
    form.fill(department);
    form.kind = department.getKind();
    return form;
  }

  public Department.Kind getKind() {
    return kind;
  }

  public void setKind(Department.Kind kind) {
    this.kind = kind;
  }
}

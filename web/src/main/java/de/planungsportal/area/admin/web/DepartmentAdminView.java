package de.planungsportal.area.admin.web;

import de.planungsportal.area.Department;
import de.planungsportal.area.admin.DepartmentForm;
import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.web.CrudView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs admin/departments.xhtml. */
@Named
@ViewScoped
public class DepartmentAdminView extends CrudView<Department, DepartmentForm> {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceDataAdminService service;

  @Override
  protected List<Department> list(Actor admin) {
    return service.list(admin, Department.class);
  }

  @Override
  protected DepartmentForm newForm() {
    return new DepartmentForm();
  }

  @Override
  protected DepartmentForm formOf(Department department) {
    return DepartmentForm.of(department);
  }

  @Override
  protected void save(Actor admin, DepartmentForm form) {
    service.save(admin, form);
  }

  @Override
  protected void delete(Actor admin, Department department) {
    service.delete(admin, Department.class, department.getId());
  }

  public Department.Kind[] getKinds() {
    return Department.Kind.values();
  }
}

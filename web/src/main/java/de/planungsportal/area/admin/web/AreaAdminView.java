package de.planungsportal.area.admin.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.admin.AreaForm;
import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.web.CrudView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs admin/areas.xhtml. */
@Named
@ViewScoped
public class AreaAdminView extends CrudView<Area, AreaForm> {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceDataAdminService service;

  @Override
  protected List<Area> list(Actor admin) {
    return service.list(admin, Area.class);
  }

  @Override
  protected AreaForm newForm() {
    return new AreaForm();
  }

  @Override
  protected AreaForm formOf(Area area) {
    return AreaForm.of(area);
  }

  @Override
  protected void save(Actor admin, AreaForm form) {
    service.save(admin, form);
  }

  @Override
  protected void delete(Actor admin, Area area) {
    service.delete(admin, Area.class, area.getId());
  }

  /** Areas a new or edited area may be placed under. */
  public List<Area> getParents() {
    Long editing = getForm() == null ? null : getForm().getId();
    return getRows().stream().filter(a -> !a.getId().equals(editing)).toList();
  }
}

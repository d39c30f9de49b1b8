package de.planungsportal.area.admin.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.SchoolArea;
import de.planungsportal.area.admin.AreaForm;
import de.planungsportal.area.admin.AreaVersionAdminService;
import de.planungsportal.area.admin.RedrawForm;
import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.web.CrudView;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Backs admin/areas.xhtml. */
@Named
@ViewScoped
public class AreaAdminView extends CrudView<Area, AreaForm> {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceDataAdminService service;
  @Inject private AreaVersionAdminService versions;

  private RedrawForm redrawForm;
  private List<Area> history = List.of();
  private List<SchoolArea> assignments = List.of();

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
    AreaForm form = AreaForm.of(area);
    form.setParentId(latestId(area.getParent()));
    return form;
  }

  @Override
  protected void save(Actor admin, AreaForm form) {
    service.save(admin, form);
  }

  @Override
  protected void delete(Actor admin, Area area) {
    service.delete(admin, Area.class, area.getId());
  }

  /** Opens the redraw dialog for the latest version of an area. */
  public void openRedraw(Area area) {
    redrawForm = RedrawForm.of(area);
    redrawForm.setParentId(latestId(area.getParent()));
  }

  /**
   * The latest version of an area's enclosing area: a child keeps the parent version it was drawn
   * with, the list shows (and the dialogs offer) the parent as it is now.
   */
  public Area parentOf(Area area) {
    if (area.getParent() == null) {
      return null;
    }
    String code = area.getParent().getCode();
    return getRows().stream()
        .filter(a -> a.getCode().equals(code))
        .findFirst()
        .orElse(area.getParent());
  }

  private Long latestId(Area parent) {
    return parent == null
        ? null
        : getRows().stream()
            .filter(a -> a.getCode().equals(parent.getCode()))
            .map(Area::getId)
            .findFirst()
            .orElse(parent.getId());
  }

  /** Saves the new version; a refusal keeps the dialog open with the reason. */
  public void redraw() {
    if (run(() -> versions.redraw(currentUser.require(), redrawForm))) {
      Messages.info("area.redrawn");
      redrawForm = null;
      load();
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  /** Loads every version of the area's code with the schools assigned to each. */
  public void showHistory(Area area) {
    history = versions.history(currentUser.require(), area.getCode());
    assignments = versions.assignments(currentUser.require(), history);
  }

  public RedrawForm getRedrawForm() {
    return redrawForm;
  }

  public List<Area> getHistory() {
    return history;
  }

  /** The schools that were in the version, with the days they were. */
  public List<SchoolArea> schoolsOf(Area version) {
    return assignments.stream().filter(a -> a.getArea().getId().equals(version.getId())).toList();
  }

  /** Areas the redrawn area may be placed under: all others. */
  public List<Area> getRedrawParents() {
    String code = redrawForm == null ? null : redrawForm.getCode();
    return getRows().stream().filter(a -> !a.getCode().equals(code)).toList();
  }

  /** Areas a new or edited area may be placed under. */
  public List<Area> getParents() {
    Long editing = getForm() == null ? null : getForm().getId();
    return getRows().stream().filter(a -> !a.getId().equals(editing)).toList();
  }
}

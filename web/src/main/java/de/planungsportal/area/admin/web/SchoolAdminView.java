package de.planungsportal.area.admin.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.School;
import de.planungsportal.area.SchoolArea;
import de.planungsportal.area.SchoolType;
import de.planungsportal.area.admin.AreaVersionAdminService;
import de.planungsportal.area.admin.MoveForm;
import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.area.admin.SchoolForm;
import de.planungsportal.tenant.Actor;
import de.planungsportal.web.CrudView;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Backs admin/schools.xhtml. */
@Named
@ViewScoped
public class SchoolAdminView extends CrudView<School, SchoolForm> {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceDataAdminService service;

  @Inject private AreaVersionAdminService versions;

  private List<Area> areas;
  private MoveForm moveForm;
  private String historyOf;
  private List<SchoolArea> history = List.of();

  @Override
  protected List<School> list(Actor admin) {
    areas = service.list(admin, Area.class);
    return service.list(admin, School.class);
  }

  @Override
  protected SchoolForm newForm() {
    return new SchoolForm();
  }

  @Override
  protected SchoolForm formOf(School school) {
    return SchoolForm.of(school);
  }

  @Override
  protected void save(Actor admin, SchoolForm form) {
    service.save(admin, form);
  }

  @Override
  protected void delete(Actor admin, School school) {
    service.delete(admin, School.class, school.getId());
  }

  /** Loads the rows again, after schools were added elsewhere (the CSV import). */
  public void reload() {
    load();
  }

  public void openMove(School school) {
    moveForm = MoveForm.of(school);
  }

  /** Moves the school from the day; a refusal keeps the dialog open with the reason. */
  public void move() {
    if (run(() -> versions.move(currentUser.require(), moveForm))) {
      Messages.info("school.moved");
      moveForm = null;
      load();
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void showHistory(School school) {
    historyOf = school.getName();
    history = versions.schoolHistory(currentUser.require(), school.getId());
  }

  public MoveForm getMoveForm() {
    return moveForm;
  }

  public String getHistoryOf() {
    return historyOf;
  }

  public List<SchoolArea> getHistory() {
    return history;
  }

  public List<Area> getAreas() {
    return areas;
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }
}

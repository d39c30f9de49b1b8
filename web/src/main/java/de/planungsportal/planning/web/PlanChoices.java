package de.planungsportal.planning.web;

import de.planungsportal.area.ReferenceDataService;
import de.planungsportal.area.ReferenceItem;
import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.tenant.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The choices of the measure editor: the own organisation's departments, areas and schools (a
 * measure never names another organisation's, even a shared one), and the statuses.
 */
@Named
@RequestScoped
public class PlanChoices {

  @Inject private ReferenceDataService reference;
  @Inject private CurrentActor user;

  private List<ReferenceItem> departments;
  private List<ReferenceItem> areas;
  private List<ReferenceItem> schools;

  public List<ReferenceItem> getDepartments() {
    if (departments == null) {
      departments = own(reference.departments(user.require()));
    }
    return departments;
  }

  public List<ReferenceItem> getAreas() {
    if (areas == null) {
      areas = own(reference.areas(user.require()));
    }
    return areas;
  }

  public List<ReferenceItem> getSchools() {
    if (schools == null) {
      schools = own(reference.schools(user.require()));
    }
    return schools;
  }

  public List<MeasureStatus> getStatuses() {
    return List.of(MeasureStatus.values());
  }

  private static List<ReferenceItem> own(List<ReferenceItem> items) {
    return items.stream().filter(i -> !i.isShared()).toList();
  }
}

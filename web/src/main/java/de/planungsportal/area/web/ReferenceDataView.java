package de.planungsportal.area.web;

import de.planungsportal.area.ReferenceDataService;
import de.planungsportal.area.ReferenceItem;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs reference/index.xhtml: departments, areas, schools and committees of the user's own
 * organisation and of those sharing theirs, each row marked with its owner.
 */
@Named
@RequestScoped
public class ReferenceDataView {

  @Inject private ReferenceDataService referenceData;
  @Inject private CurrentActor user;

  private List<ReferenceItem> departments;
  private List<ReferenceItem> areas;
  private List<ReferenceItem> schools;
  private List<ReferenceItem> committees;

  @PostConstruct
  void load() {
    Actor actor = user.require();
    departments = referenceData.departments(actor);
    areas = referenceData.areas(actor);
    schools = referenceData.schools(actor);
    committees = referenceData.committees(actor);
  }

  public List<ReferenceItem> getDepartments() {
    return departments;
  }

  public List<ReferenceItem> getAreas() {
    return areas;
  }

  public List<ReferenceItem> getSchools() {
    return schools;
  }

  public List<ReferenceItem> getCommittees() {
    return committees;
  }
}

package de.planungsportal.planning.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaRules;
import de.planungsportal.area.AreaVersions;
import de.planungsportal.area.ReferenceDataService;
import de.planungsportal.area.ReferenceItem;
import de.planungsportal.common.Translatable;
import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The choices of the measure editor: the own organisation's departments, areas and schools (a
 * measure never names another organisation's, even a shared one), and the statuses.
 */
@Named
@RequestScoped
public class PlanChoices {

  @Inject private ReferenceDataService reference;
  @Inject private AreaVersions areaVersions;
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

  /**
   * What the measure editor offers: the area versions that apply today, plus the older versions the
   * measure already names. Those must stay among the options (the menu drops a value it does not
   * offer, so saving would lose them) and are labelled with their validity, so they are not
   * mistaken for today's.
   */
  public List<ReferenceItem> areasFor(List<Long> chosen) {
    List<ReferenceItem> today = getAreas();
    if (chosen == null || chosen.isEmpty()) {
      return today;
    }
    Set<Long> offered = today.stream().map(ReferenceItem::getId).collect(Collectors.toSet());
    List<ReferenceItem> choices = new ArrayList<>(today);
    long organisation = user.require().organisationId();
    for (Long id : chosen) {
      Area area = offered.contains(id) ? null : areaVersions.find(id);
      if (area != null && area.getOrganisation().getId() == organisation) {
        Translatable label = AreaRules.label(area);
        choices.add(
            new ReferenceItem(
                area.getId(),
                area.getCode(),
                Messages.text(label.key(), label.arguments().toArray()),
                null,
                area.getParent() == null ? null : area.getParent().getName(),
                area.getOrganisation().getName(),
                false));
      }
    }
    return choices;
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

package de.planungsportal.planning.web;

import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.planning.PlanViews.MeasureDetail;
import de.planungsportal.planning.PlanViews.Plan;
import de.planungsportal.planning.PlanViews.PlanFilter;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backs planning/plan.xhtml?version=: goals and measures of one version, filtered by the address
 * (department, area, school, status), and one measure with its progress reports (measure=). A
 * filter that is no id or status is named in a message and left out, so the page still answers.
 */
@Named
@RequestScoped
public class WorkPlanView {

  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;

  private String version;
  private String department;
  private String area;
  private String school;
  private String status;
  private String measure;

  private Plan plan;
  private MeasureDetail detail;

  public void load() {
    Optional<Long> versionId = Pages.id(version);
    PlanFilter filter =
        new PlanFilter(
            filterId("planning.filter.department", department),
            filterId("planning.filter.area", area),
            filterId("planning.filter.school", school),
            statusFilter());
    plan =
        PlanPages.load(() -> versionId.flatMap(id -> queries.plan(user.require(), id, filter)))
            .orElse(null);
    if (plan != null && measure != null && !measure.isEmpty()) {
      detail =
          Pages.id(measure)
              .flatMap(id -> queries.measure(user.require(), id))
              .filter(d -> d.versionId() == plan.version().id())
              .orElse(null);
      if (detail == null) {
        Messages.error("planning.plan.noSuchMeasure");
      }
    }
  }

  private Long filterId(String labelKey, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    Optional<Long> id = Pages.id(value);
    if (id.isEmpty()) {
      Messages.error("planning.plan.badFilter", Messages.text(labelKey));
    }
    return id.orElse(null);
  }

  private MeasureStatus statusFilter() {
    if (status == null || status.isEmpty()) {
      return null;
    }
    Optional<MeasureStatus> parsed =
        Arrays.stream(MeasureStatus.values()).filter(s -> s.name().equals(status)).findFirst();
    if (parsed.isEmpty()) {
      Messages.error("planning.plan.badFilter", Messages.text("planning.filter.status"));
    }
    return parsed.orElse(null);
  }

  public List<MeasureStatus> getStatuses() {
    return List.of(MeasureStatus.values());
  }

  /** Whether an option is the one the filter names (for the plain form's "selected"). */
  public boolean isChosen(Long filterValue, long optionId) {
    return filterValue != null && filterValue == optionId;
  }

  public Plan getPlan() {
    return plan;
  }

  public MeasureDetail getDetail() {
    return detail;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }
}

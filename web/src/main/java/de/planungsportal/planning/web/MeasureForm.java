package de.planungsportal.planning.web;

import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureInput;
import de.planungsportal.planning.MeasureStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The measure editor's fields (WEB-INF/includes/planning-measure-editor.xhtml): a new measure under
 * a goal, or an existing one with the version it was loaded in, so a concurrent save is noticed.
 */
public class MeasureForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long goalId;
  private Long measureId;
  private int version;
  private String title;
  private String description;
  private Long ownerDepartmentId;
  private BigDecimal budgetEur;
  private LocalDate startDate;
  private LocalDate dueDate;
  private String indicator;
  private String indicatorUnit;
  private BigDecimal indicatorBaseline;
  private BigDecimal indicatorTarget;
  private MeasureStatus status;
  private List<Long> areaIds = new ArrayList<>();
  private List<Long> schoolIds = new ArrayList<>();

  static MeasureForm newUnder(long goalId, Long ownerDepartmentId) {
    MeasureForm form = new MeasureForm();
    form.goalId = goalId;
    form.ownerDepartmentId = ownerDepartmentId;
    form.status = MeasureStatus.PLANNED;
    return form;
  }

  static MeasureForm of(Measure measure) {
    MeasureInput in = MeasureInput.from(measure);
    MeasureForm form = new MeasureForm();
    form.measureId = measure.getId();
    form.version = measure.getVersion();
    form.title = in.title();
    form.description = in.description();
    form.ownerDepartmentId = in.ownerDepartmentId();
    form.budgetEur = in.budgetEur();
    form.startDate = in.startDate();
    form.dueDate = in.dueDate();
    form.indicator = in.indicator();
    form.indicatorUnit = in.indicatorUnit();
    form.indicatorBaseline = in.indicatorBaseline();
    form.indicatorTarget = in.indicatorTarget();
    form.status = in.status();
    form.areaIds = new ArrayList<>(in.areaIds());
    form.schoolIds = new ArrayList<>(in.schoolIds());
    return form;
  }

  MeasureInput input() {
    return new MeasureInput(
        title,
        description,
        ownerDepartmentId,
        budgetEur,
        startDate,
        dueDate,
        indicator,
        indicatorUnit,
        indicatorBaseline,
        indicatorTarget,
        status,
        areaIds,
        schoolIds);
  }

  public boolean isNew() {
    return measureId == null;
  }

  public Long getGoalId() {
    return goalId;
  }

  public Long getMeasureId() {
    return measureId;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getOwnerDepartmentId() {
    return ownerDepartmentId;
  }

  public void setOwnerDepartmentId(Long ownerDepartmentId) {
    this.ownerDepartmentId = ownerDepartmentId;
  }

  public BigDecimal getBudgetEur() {
    return budgetEur;
  }

  public void setBudgetEur(BigDecimal budgetEur) {
    this.budgetEur = budgetEur;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getIndicatorUnit() {
    return indicatorUnit;
  }

  public void setIndicatorUnit(String indicatorUnit) {
    this.indicatorUnit = indicatorUnit;
  }

  public BigDecimal getIndicatorBaseline() {
    return indicatorBaseline;
  }

  public void setIndicatorBaseline(BigDecimal indicatorBaseline) {
    this.indicatorBaseline = indicatorBaseline;
  }

  public BigDecimal getIndicatorTarget() {
    return indicatorTarget;
  }

  public void setIndicatorTarget(BigDecimal indicatorTarget) {
    this.indicatorTarget = indicatorTarget;
  }

  public MeasureStatus getStatus() {
    return status;
  }

  public void setStatus(MeasureStatus status) {
    this.status = status;
  }

  public List<Long> getAreaIds() {
    return areaIds;
  }

  public void setAreaIds(List<Long> areaIds) {
    this.areaIds = areaIds == null ? new ArrayList<>() : areaIds;
  }

  public List<Long> getSchoolIds() {
    return schoolIds;
  }

  public void setSchoolIds(List<Long> schoolIds) {
    this.schoolIds = schoolIds == null ? new ArrayList<>() : schoolIds;
  }
}

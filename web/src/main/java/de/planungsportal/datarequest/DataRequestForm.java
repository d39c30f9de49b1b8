package de.planungsportal.datarequest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the planner edits of a draft request: its facts, fields, sum rules and schools. */
public class DataRequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One field row of the form. */
  public static class FieldRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String label;
    private String unit;
    private BigDecimal min;
    private BigDecimal max;
    private Long indicatorId;

    public FieldRow() {}

    public FieldRow(
        String key, String label, String unit, BigDecimal min, BigDecimal max, Long indicatorId) {
      this.key = key;
      this.label = label;
      this.unit = unit;
      this.min = min;
      this.max = max;
      this.indicatorId = indicatorId;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public BigDecimal getMin() {
      return min;
    }

    public void setMin(BigDecimal min) {
      this.min = min;
    }

    public BigDecimal getMax() {
      return max;
    }

    public void setMax(BigDecimal max) {
      this.max = max;
    }

    public Long getIndicatorId() {
      return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
      this.indicatorId = indicatorId;
    }
  }

  /** One sum rule row: the total's key and its parts' keys, separated by + or commas. */
  public static class RuleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String totalKey;
    private String parts;

    public RuleRow() {}

    public RuleRow(String totalKey, String parts) {
      this.totalKey = totalKey;
      this.parts = parts;
    }

    public String getTotalKey() {
      return totalKey;
    }

    public void setTotalKey(String totalKey) {
      this.totalKey = totalKey;
    }

    public String getParts() {
      return parts;
    }

    public void setParts(String parts) {
      this.parts = parts;
    }
  }

  private Long id;
  private String title;
  private LocalDate referenceDay;
  private LocalDate dueOn;
  private Integer reminderDays = 3;
  private List<FieldRow> fields = new ArrayList<>();
  private List<RuleRow> rules = new ArrayList<>();
  private List<Long> schoolIds = new ArrayList<>();

  /** The form of a saved request. */
  public static DataRequestForm of(DataRequest request) {
    DataRequestForm form = new DataRequestForm();
    form.id = request.getId();
    form.title = request.getTitle();
    form.referenceDay = request.getReferenceDay();
    form.dueOn = request.getDueOn();
    form.reminderDays = request.getReminderDays();
    for (RequestField f : request.getFields()) {
      form.fields.add(
          new FieldRow(
              f.getKey(), f.getLabel(), f.getUnit(), f.getMin(), f.getMax(), f.getIndicatorId()));
    }
    for (SumRule r : request.getRules()) {
      form.rules.add(new RuleRow(r.getTotalKey(), String.join(" + ", r.getPartKeys())));
    }
    for (Recipient r : request.getRecipients()) {
      form.schoolIds.add(r.getSchool().getId());
    }
    return form;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getReferenceDay() {
    return referenceDay;
  }

  public void setReferenceDay(LocalDate referenceDay) {
    this.referenceDay = referenceDay;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public Integer getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(Integer reminderDays) {
    this.reminderDays = reminderDays;
  }

  public List<FieldRow> getFields() {
    return fields;
  }

  public void setFields(List<FieldRow> fields) {
    this.fields = fields;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public void setRules(List<RuleRow> rules) {
    this.rules = rules;
  }

  public List<Long> getSchoolIds() {
    return schoolIds;
  }

  public void setSchoolIds(List<Long> schoolIds) {
    this.schoolIds = schoolIds;
  }
}

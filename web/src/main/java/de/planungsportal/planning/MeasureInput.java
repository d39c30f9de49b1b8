package de.planungsportal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a measure form submits; departments, areas and schools by id of the own organisation. */
public record MeasureInput(
    String title,
    String description,
    Long ownerDepartmentId,
    BigDecimal budgetEur,
    LocalDate startDate,
    LocalDate dueDate,
    String indicator,
    String indicatorUnit,
    BigDecimal indicatorBaseline,
    BigDecimal indicatorTarget,
    MeasureStatus status,
    List<Long> areaIds,
    List<Long> schoolIds) {

  public MeasureInput {
    areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
    schoolIds = schoolIds == null ? List.of() : List.copyOf(schoolIds);
  }

  /** A measure with only the essentials, the rest empty. */
  public static MeasureInput of(
      String title, Long ownerDepartmentId, BigDecimal budgetEur, LocalDate dueDate) {
    return new MeasureInput(
        title,
        null,
        ownerDepartmentId,
        budgetEur,
        null,
        dueDate,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  /** The form's view of an existing measure. */
  public static MeasureInput from(Measure m) {
    return new MeasureInput(
        m.getTitle(),
        m.getDescription(),
        m.getOwnerDepartment().getId(),
        m.getBudgetEur(),
        m.getStartDate(),
        m.getDueDate(),
        m.getIndicator(),
        m.getIndicatorUnit(),
        m.getIndicatorBaseline(),
        m.getIndicatorTarget(),
        m.getStatus(),
        m.getAreas().stream().map(a -> a.getId()).toList(),
        m.getSchools().stream().map(s -> s.getId()).toList());
  }
}

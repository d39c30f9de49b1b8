package de.planungsportal.planning;

import de.planungsportal.area.Area;
import de.planungsportal.area.School;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** Checks what goal and measure forms submit and turns it into entity content. */
@ApplicationScoped
class PlanContent {

  @Inject private PlanningAccess access;

  Measure.Content measure(Actor actor, MeasureInput in) {
    if (in == null) {
      throw new InvalidInputException("planning.measure.titleRequired");
    }
    String title = text(in.title(), 300, "planning.measure.titleRequired");
    if (in.ownerDepartmentId() == null) {
      throw new InvalidInputException("planning.measure.departmentRequired");
    }
    if (in.budgetEur() != null
        && (in.budgetEur().signum() < 0
            || in.budgetEur().compareTo(new BigDecimal("999999999999")) > 0)) {
      throw new InvalidInputException("planning.measure.budgetInvalid");
    }
    if (in.startDate() != null && in.dueDate() != null && in.dueDate().isBefore(in.startDate())) {
      throw new InvalidInputException("planning.measure.dueBeforeStart");
    }
    optional(in.indicator(), 300);
    optional(in.indicatorUnit(), 40);
    return new Measure.Content(
        title,
        blankToNull(in.description()),
        access.department(actor, in.ownerDepartmentId()),
        in.budgetEur(),
        in.startDate(),
        in.dueDate(),
        blankToNull(in.indicator()),
        blankToNull(in.indicatorUnit()),
        in.indicatorBaseline(),
        in.indicatorTarget(),
        in.status(),
        in.areaIds().stream().map(id -> access.reference(actor, Area.class, id)).toList(),
        in.schoolIds().stream().map(id -> access.reference(actor, School.class, id)).toList());
  }

  /** Focus area and title of a goal, checked; the description may be empty. */
  String[] goal(String focusArea, String title, String description) {
    return new String[] {
      text(focusArea, 200, "planning.goal.focusAreaRequired"),
      text(title, 300, "planning.goal.titleRequired"),
      blankToNull(description)
    };
  }

  static String text(String value, int max, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(requiredKey);
    }
    return optional(value, max);
  }

  static String optional(String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new InvalidInputException("planning.tooLong", max);
    }
    return blankToNull(value);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

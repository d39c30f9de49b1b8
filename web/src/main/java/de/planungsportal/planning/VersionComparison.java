package de.planungsportal.planning;

import de.planungsportal.area.Area;
import de.planungsportal.area.School;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version of a work plan to another. Goals and measures are matched by
 * lineage, the identity copies keep across versions, so a renamed measure is "changed", not
 * "removed and added". Values are compared as a reader sees them (names, amounts), not by row id.
 */
public final class VersionComparison {

  /** What became of a goal or measure between the two versions. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  /** The compared fields, in the order the comparison screen shows them. */
  public enum Field {
    FOCUS_AREA,
    TITLE,
    DESCRIPTION,
    OWNER_DEPARTMENT,
    BUDGET,
    START_DATE,
    DUE_DATE,
    INDICATOR,
    INDICATOR_UNIT,
    INDICATOR_BASELINE,
    INDICATOR_TARGET,
    STATUS,
    AREAS,
    SCHOOLS
  }

  /** One field side by side; a side is null where the goal or measure does not exist. */
  public record FieldValues(Field field, Object before, Object after, boolean changed) {}

  public record MeasureComparison(
      String lineage,
      Kind kind,
      String title,
      boolean moved,
      String movedFromGoal,
      List<FieldValues> fields) {

    public List<FieldValues> changedFields() {
      return fields.stream().filter(FieldValues::changed).toList();
    }
  }

  public record GoalComparison(
      String lineage,
      Kind kind,
      String title,
      List<FieldValues> fields,
      List<MeasureComparison> measures) {

    /** The goal itself or one of its measures differs. */
    public boolean isTouched() {
      return kind != Kind.UNCHANGED || measures.stream().anyMatch(m -> m.kind() != Kind.UNCHANGED);
    }
  }

  public record Result(List<GoalComparison> goals) {

    public long count(Kind kind) {
      return goals.stream()
          .flatMap(g -> g.measures().stream())
          .filter(m -> m.kind() == kind)
          .count();
    }

    public long moved() {
      return goals.stream().flatMap(g -> g.measures().stream()).filter(m -> m.moved()).count();
    }

    public List<MeasureComparison> measures() {
      return goals.stream().flatMap(g -> g.measures().stream()).toList();
    }
  }

  private VersionComparison() {}

  /** Goals in the order of the newer version, then goals it no longer has. */
  public static Result compare(WorkPlanVersion from, WorkPlanVersion to) {
    Map<String, Goal> fromGoals = byLineage(from.getGoals(), Goal::getLineage);
    Map<String, Goal> toGoals = byLineage(to.getGoals(), Goal::getLineage);
    Map<String, Measure> fromMeasures = byLineage(from.measures(), Measure::getLineage);
    Map<String, Measure> toMeasures = byLineage(to.measures(), Measure::getLineage);

    List<GoalComparison> goals = new ArrayList<>();
    for (Goal goal : to.getGoals()) {
      goals.add(compareGoal(fromGoals.get(goal.getLineage()), goal, fromMeasures, toMeasures));
    }
    for (Goal goal : from.getGoals()) {
      if (!toGoals.containsKey(goal.getLineage())) {
        goals.add(compareGoal(goal, null, fromMeasures, toMeasures));
      }
    }
    return new Result(List.copyOf(goals));
  }

  private static GoalComparison compareGoal(
      Goal before, Goal after, Map<String, Measure> fromMeasures, Map<String, Measure> toMeasures) {
    Goal either = after != null ? after : before;
    List<FieldValues> fields =
        List.of(
            values(Field.FOCUS_AREA, before, after, Goal::getFocusArea),
            values(Field.TITLE, before, after, Goal::getTitle),
            values(Field.DESCRIPTION, before, after, Goal::getDescription));
    List<MeasureComparison> measures = new ArrayList<>();
    if (after != null) {
      for (Measure measure : after.getMeasures()) {
        measures.add(compareMeasure(fromMeasures.get(measure.getLineage()), measure));
      }
    }
    if (before != null) {
      // removed measures stay under the goal they were in
      for (Measure measure : before.getMeasures()) {
        if (!toMeasures.containsKey(measure.getLineage())) {
          measures.add(compareMeasure(measure, null));
        }
      }
    }
    return new GoalComparison(
        either.getLineage(),
        kindOf(before, after, fields, false),
        either.getTitle(),
        fields,
        List.copyOf(measures));
  }

  private static MeasureComparison compareMeasure(Measure before, Measure after) {
    Measure either = after != null ? after : before;
    List<FieldValues> fields =
        List.of(
            values(Field.TITLE, before, after, Measure::getTitle),
            values(Field.DESCRIPTION, before, after, Measure::getDescription),
            values(Field.OWNER_DEPARTMENT, before, after, m -> m.getOwnerDepartment().getName()),
            values(Field.BUDGET, before, after, Measure::getBudgetEur),
            values(Field.START_DATE, before, after, Measure::getStartDate),
            values(Field.DUE_DATE, before, after, Measure::getDueDate),
            values(Field.INDICATOR, before, after, Measure::getIndicator),
            values(Field.INDICATOR_UNIT, before, after, Measure::getIndicatorUnit),
            values(Field.INDICATOR_BASELINE, before, after, Measure::getIndicatorBaseline),
            values(Field.INDICATOR_TARGET, before, after, Measure::getIndicatorTarget),
            values(Field.STATUS, before, after, Measure::getStatus),
            values(Field.AREAS, before, after, m -> names(m.getAreas(), Area::getName)),
            values(Field.SCHOOLS, before, after, m -> names(m.getSchools(), School::getName)));
    boolean moved =
        before != null
            && after != null
            && !before.getGoal().getLineage().equals(after.getGoal().getLineage());
    return new MeasureComparison(
        either.getLineage(),
        kindOf(before, after, fields, moved),
        either.getTitle(),
        moved,
        moved ? before.getGoal().getTitle() : null,
        fields);
  }

  private static Kind kindOf(Object before, Object after, List<FieldValues> fields, boolean moved) {
    if (before == null) {
      return Kind.ADDED;
    }
    if (after == null) {
      return Kind.REMOVED;
    }
    return moved || fields.stream().anyMatch(FieldValues::changed) ? Kind.CHANGED : Kind.UNCHANGED;
  }

  private static <T> FieldValues values(Field field, T before, T after, Function<T, ?> value) {
    Object old = before == null ? null : value.apply(before);
    Object now = after == null ? null : value.apply(after);
    boolean changed = before != null && after != null && !same(old, now);
    return new FieldValues(field, old, now, changed);
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof String x && b instanceof String y) {
      return x.strip().equals(y.strip());
    }
    // an empty text and no text read the same
    if (a instanceof String x && b == null) {
      return x.isBlank();
    }
    if (b instanceof String y && a == null) {
      return y.isBlank();
    }
    return Objects.equals(a, b);
  }

  private static <T> List<String> names(List<T> rows, Function<T, String> name) {
    return rows.stream().map(name).sorted().toList();
  }

  private static <T> Map<String, T> byLineage(List<T> rows, Function<T, String> lineage) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.put(lineage.apply(r), r));
    return map;
  }
}

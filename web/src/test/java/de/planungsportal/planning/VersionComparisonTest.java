package de.planungsportal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.area.School;
import de.planungsportal.area.SchoolType;
import de.planungsportal.planning.VersionComparison.Field;
import de.planungsportal.planning.VersionComparison.FieldValues;
import de.planungsportal.planning.VersionComparison.GoalComparison;
import de.planungsportal.planning.VersionComparison.Kind;
import de.planungsportal.planning.VersionComparison.MeasureComparison;
import de.planungsportal.planning.VersionComparison.Result;
import de.planungsportal.tenant.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

  private final Organisation district =
      new Organisation("lk-test", "Landkreis Test", Organisation.Kind.DISTRICT);
  private final Department youth =
      new Department(district, "jugendhilfe", "Jugendhilfeplanung", Department.Kind.YOUTH_WELFARE);
  private final Department education =
      new Department(district, "bildung", "Bildungsbüro", Department.Kind.EDUCATION);
  private final Area north = new Area(district, "nord", "Musterstadt-Nord", null);
  private final Area south = new Area(district, "sued", "Musterstadt-Süd", null);
  private final School igs =
      new School(district, "igs", "IGS Musterstadt", SchoolType.GESAMTSCHULE, north);

  private PlanningCycle cycle;
  private WorkPlanVersion first;
  private Goal transitions;
  private Measure mentoring;
  private Measure homework;

  @BeforeEach
  void firstVersion() {
    cycle =
        new PlanningCycle(
            district, 2027, "Jahresarbeitsplan 2027", "planer", null, List.of(), null);
    first = new WorkPlanVersion(cycle, 1, "planer");
    transitions = first.addGoal("Übergänge", "Gute Übergänge Kita–Schule", "Alle Kinder");
    mentoring =
        transitions.addMeasure(
            content("Mentoring an Grundschulen", youth, "12000.00", List.of(north), List.of(igs)));
    homework =
        transitions.addMeasure(
            content("Hausaufgabenhilfe", education, "3000", List.of(), List.of()));
  }

  @Test
  void copyWithoutEditsIsUnchangedThroughout() {
    WorkPlanVersion second = copyOf(first, 2);

    Result result = VersionComparison.compare(first, second);

    assertThat(result.goals()).singleElement().satisfies(g -> assertThat(g.isTouched()).isFalse());
    assertThat(result.measures()).extracting(MeasureComparison::kind).containsOnly(Kind.UNCHANGED);
    assertThat(result.count(Kind.UNCHANGED)).isEqualTo(2);
  }

  @Test
  void editedMeasureNamesEveryChangedFieldWithBothValues() {
    WorkPlanVersion second = copyOf(first, 2);
    Measure copy = measureTitled(second, "Mentoring an Grundschulen");
    Measure.Content old = copy.content();
    copy.edit(
        new Measure.Content(
            "Mentoring an allen Grundschulen",
            old.description(),
            education,
            new BigDecimal("15000"),
            old.startDate(),
            LocalDate.of(2027, 12, 31),
            old.indicator(),
            old.indicatorUnit(),
            old.indicatorBaseline(),
            new BigDecimal("60"),
            MeasureStatus.IN_PROGRESS,
            List.of(north, south),
            List.of()));

    MeasureComparison change = measure(VersionComparison.compare(first, second), copy.getLineage());

    assertThat(change.kind()).isEqualTo(Kind.CHANGED);
    assertThat(change.moved()).isFalse();
    assertThat(change.changedFields())
        .extracting(FieldValues::field)
        .containsExactly(
            Field.TITLE,
            Field.OWNER_DEPARTMENT,
            Field.BUDGET,
            Field.DUE_DATE,
            Field.INDICATOR_TARGET,
            Field.STATUS,
            Field.AREAS,
            Field.SCHOOLS);
    assertThat(field(change, Field.OWNER_DEPARTMENT))
        .isEqualTo(
            new FieldValues(Field.OWNER_DEPARTMENT, "Jugendhilfeplanung", "Bildungsbüro", true));
    assertThat(field(change, Field.AREAS).after())
        .isEqualTo(List.of("Musterstadt-Nord", "Musterstadt-Süd"));
    assertThat(field(change, Field.SCHOOLS).before()).isEqualTo(List.of("IGS Musterstadt"));
    assertThat(field(change, Field.START_DATE).changed()).isFalse();
  }

  @Test
  void sameAmountWrittenWithOtherScaleIsNoChange() {
    WorkPlanVersion second = copyOf(first, 2);
    Measure copy = measureTitled(second, "Hausaufgabenhilfe");
    Measure.Content old = copy.content();
    copy.edit(content(old.title(), education, "3000.00", List.of(), List.of()));

    assertThat(measure(VersionComparison.compare(first, second), copy.getLineage()).kind())
        .isEqualTo(Kind.UNCHANGED);
  }

  @Test
  void addedAndRemovedMeasuresShowOnlyTheSideTheyExistOn() {
    WorkPlanVersion second = copyOf(first, 2);
    Goal goal = second.getGoals().get(0);
    goal.removeMeasure(measureTitled(second, "Hausaufgabenhilfe"));
    Measure added =
        goal.addMeasure(content("Sprachförderung", youth, "5000", List.of(south), List.of()));

    Result result = VersionComparison.compare(first, second);

    MeasureComparison addition = measure(result, added.getLineage());
    MeasureComparison removal = measure(result, homework.getLineage());
    assertThat(addition.kind()).isEqualTo(Kind.ADDED);
    assertThat(field(addition, Field.TITLE))
        .isEqualTo(new FieldValues(Field.TITLE, null, "Sprachförderung", false));
    assertThat(removal.kind()).isEqualTo(Kind.REMOVED);
    assertThat(field(removal, Field.TITLE).after()).isNull();
    assertThat(result.goals().get(0).measures())
        .as("the removed measure stays under its goal")
        .extracting(MeasureComparison::title)
        .containsExactly("Mentoring an Grundschulen", "Sprachförderung", "Hausaufgabenhilfe");
    assertThat(result.count(Kind.ADDED)).isEqualTo(1);
    assertThat(result.count(Kind.REMOVED)).isEqualTo(1);
  }

  @Test
  void copiedMeasureInANewGoalCountsAsMoved() {
    WorkPlanVersion second = new WorkPlanVersion(cycle, 2, "planer");
    Goal kept = second.copyGoal(transitions);
    kept.removeMeasure(measureTitled(second, "Hausaufgabenhilfe"));
    Goal allDay = second.addGoal("Ganztag", "Verlässlicher Ganztag", null);
    allDay.copyMeasure(homework);

    Result result = VersionComparison.compare(first, second);

    MeasureComparison moved = measure(result, homework.getLineage());
    assertThat(moved.kind()).isEqualTo(Kind.CHANGED);
    assertThat(moved.moved()).isTrue();
    assertThat(moved.movedFromGoal()).isEqualTo("Gute Übergänge Kita–Schule");
    assertThat(moved.changedFields()).isEmpty();
    assertThat(result.goals().get(1).measures()).containsExactly(moved);
    assertThat(result.goals().get(0).measures())
        .as("not also listed as removed from its former goal")
        .extracting(MeasureComparison::lineage)
        .containsExactly(mentoring.getLineage());
    assertThat(result.moved()).isEqualTo(1);
  }

  @Test
  void removedGoalComesLastWithItsMeasuresRemoved() {
    WorkPlanVersion second = new WorkPlanVersion(cycle, 2, "planer");
    Goal health = second.addGoal("Gesundheit", "Gesund aufwachsen", null);

    Result result = VersionComparison.compare(first, second);

    assertThat(result.goals())
        .extracting(GoalComparison::kind)
        .containsExactly(Kind.ADDED, Kind.REMOVED);
    assertThat(result.goals().get(0).lineage()).isEqualTo(health.getLineage());
    assertThat(result.goals().get(1).measures())
        .extracting(MeasureComparison::kind)
        .containsOnly(Kind.REMOVED);
  }

  @Test
  void renamedGoalIsChangedInItsTitleOnly() {
    WorkPlanVersion second = copyOf(first, 2);
    second.getGoals().get(0).edit("Übergänge", "Gelingende Übergänge", "Alle Kinder");

    GoalComparison goal = VersionComparison.compare(first, second).goals().get(0);

    assertThat(goal.kind()).isEqualTo(Kind.CHANGED);
    assertThat(goal.fields())
        .filteredOn(FieldValues::changed)
        .extracting(FieldValues::field)
        .containsExactly(Field.TITLE);
  }

  @Test
  void blankAndMissingDescriptionReadTheSame() {
    WorkPlanVersion second = copyOf(first, 2);
    describe(measureTitled(second, "Hausaufgabenhilfe"), null);
    WorkPlanVersion third = copyOf(second, 3);
    third.getGoals().get(0).edit("Übergänge", "Gute Übergänge Kita–Schule ", "Alle Kinder ");
    Measure copy = measureTitled(third, "Hausaufgabenhilfe");
    describe(copy, "  ");

    Result result = VersionComparison.compare(second, third);

    assertThat(result.goals().get(0).kind()).isEqualTo(Kind.UNCHANGED);
    assertThat(measure(result, copy.getLineage()).kind()).isEqualTo(Kind.UNCHANGED);
  }

  private static void describe(Measure measure, String description) {
    Measure.Content old = measure.content();
    measure.edit(
        new Measure.Content(
            old.title(),
            description,
            old.ownerDepartment(),
            old.budgetEur(),
            old.startDate(),
            old.dueDate(),
            old.indicator(),
            old.indicatorUnit(),
            old.indicatorBaseline(),
            old.indicatorTarget(),
            old.status(),
            old.areas(),
            old.schools()));
  }

  private static WorkPlanVersion copyOf(WorkPlanVersion source, int number) {
    WorkPlanVersion copy = new WorkPlanVersion(source.getCycle(), number, "planer");
    source.getGoals().forEach(copy::copyGoal);
    return copy;
  }

  private static Measure measureTitled(WorkPlanVersion version, String title) {
    return version.measures().stream()
        .filter(m -> m.getTitle().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private static MeasureComparison measure(Result result, String lineage) {
    return result.measures().stream()
        .filter(m -> m.lineage().equals(lineage))
        .findFirst()
        .orElseThrow();
  }

  private static FieldValues field(MeasureComparison change, Field field) {
    return change.fields().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
  }

  private static Measure.Content content(
      String title, Department owner, String budget, List<Area> areas, List<School> schools) {
    return new Measure.Content(
        title,
        "Beschreibung",
        owner,
        new BigDecimal(budget),
        LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 7, 31),
        "Teilnehmende",
        "Personen",
        new BigDecimal("10"),
        new BigDecimal("40"),
        MeasureStatus.PLANNED,
        areas,
        schools);
  }
}

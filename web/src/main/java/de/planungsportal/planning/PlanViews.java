package de.planungsportal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the read side of planning hands to screens: plain values, no entities. */
public final class PlanViews {

  private PlanViews() {}

  /** An active user task of a cycle's process, with how many instances of it are open. */
  public record CurrentStep(String taskKey, String name, int open) {}

  /** A row of the cycle list. {@code shared}: the cycle belongs to a partner organisation. */
  public record CycleRow(
      long id,
      int year,
      String title,
      PlanningCycle.Status status,
      List<CurrentStep> currentSteps,
      String startedBy,
      LocalDateTime startedAt,
      String organisationName,
      boolean shared) {}

  /** A participating department and where its contribution stands (null: none created yet). */
  public record DepartmentState(
      long departmentId,
      String name,
      Contribution.Status contribution,
      String submittedBy,
      LocalDateTime submittedAt) {}

  public record DecisionRow(
      WorkPlanDecision.Step step,
      String committee,
      WorkPlanDecision.Outcome outcome,
      String reasons,
      String decidedBy,
      LocalDateTime decidedAt) {}

  public record VersionRow(
      long id,
      int number,
      WorkPlanVersion.Status status,
      String createdBy,
      LocalDateTime createdAt,
      LocalDateTime submittedAt,
      int goals,
      int measures,
      BigDecimal totalBudget,
      List<DecisionRow> decisions) {}

  /**
   * A cycle as its page shows it. {@code full}: the reader is a planner or head of the owning
   * organisation and sees drafts, contributions and the current step; otherwise only the published
   * version, and {@code departments} and {@code currentSteps} are empty.
   */
  public record CycleDetail(
      CycleRow cycle,
      LocalDate contributionDue,
      String followUpInterval,
      Long previousCycleId,
      String processInstanceId,
      boolean full,
      List<DepartmentState> departments,
      List<VersionRow> versions) {}

  /** An area or school as the plan names it, with the area version it was planned with if any. */
  public record Place(long id, String name, String versionLabel) {}

  /** The filters of the plan page; null means "all". Status is the current status. */
  public record PlanFilter(Long departmentId, Long areaId, Long schoolId, MeasureStatus status) {

    public static final PlanFilter NONE = new PlanFilter(null, null, null, null);

    public boolean isActive() {
      return departmentId != null || areaId != null || schoolId != null || status != null;
    }
  }

  public record MeasureRow(
      long id,
      String lineage,
      String title,
      String description,
      long departmentId,
      String department,
      BigDecimal budgetEur,
      LocalDate startDate,
      LocalDate dueDate,
      String indicator,
      String indicatorUnit,
      BigDecimal indicatorBaseline,
      BigDecimal indicatorTarget,
      MeasureStatus plannedStatus,
      MeasureStatus currentStatus,
      Integer percentDone,
      boolean carriedOver,
      List<Place> areas,
      List<Place> schools) {}

  public record GoalGroup(
      long id, String focusArea, String title, String description, List<MeasureRow> measures) {}

  public record Option(long id, String name) {}

  /**
   * One version with its goals (in plan order, each with the measures the filter lets through) and
   * the choices the filters offer: the departments, areas and schools the version names.
   */
  public record Plan(
      CycleRow cycle,
      VersionRow version,
      PlanFilter filter,
      List<GoalGroup> goals,
      int shownMeasures,
      List<Option> departments,
      List<Option> areas,
      List<Option> schools) {}

  /** One measure with the goal it serves and every progress report on it, newest first. */
  public record MeasureDetail(
      long versionId, String goalTitle, MeasureRow measure, List<ProgressRow> reports) {}

  public record ProgressRow(
      LocalDate reportedOn,
      MeasureStatus status,
      int percentDone,
      String text,
      String author,
      LocalDateTime createdAt) {}

  /** Two versions of one cycle and what changed between them. */
  public record Comparison(
      CycleRow cycle, VersionRow from, VersionRow to, VersionComparison.Result result) {}
}

package de.planungsportal.planning;

import de.planungsportal.area.Area;
import de.planungsportal.area.School;
import de.planungsportal.planning.PlanViews.Comparison;
import de.planungsportal.planning.PlanViews.CurrentStep;
import de.planungsportal.planning.PlanViews.CycleDetail;
import de.planungsportal.planning.PlanViews.CycleRow;
import de.planungsportal.planning.PlanViews.DecisionRow;
import de.planungsportal.planning.PlanViews.DepartmentState;
import de.planungsportal.planning.PlanViews.GoalGroup;
import de.planungsportal.planning.PlanViews.MeasureDetail;
import de.planungsportal.planning.PlanViews.MeasureRow;
import de.planungsportal.planning.PlanViews.Option;
import de.planungsportal.planning.PlanViews.Place;
import de.planungsportal.planning.PlanViews.Plan;
import de.planungsportal.planning.PlanViews.PlanFilter;
import de.planungsportal.planning.PlanViews.ProgressRow;
import de.planungsportal.planning.PlanViews.VersionRow;
import de.planungsportal.sharing.SharingScope;
import de.planungsportal.sharing.SharingService;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;

/**
 * The read side of planning: cycles, versions, goals, measures and progress as screens and exports
 * show them. Who reads what:
 *
 * <ul>
 *   <li>planners and administrative heads of the owning organisation: everything, drafts included;
 *   <li>its department contributors: published (and closed) cycles and their published version;
 *   <li>planners, heads and contributors of an organisation the owner shares {@link
 *       SharingScope#PUBLISHED_PLANS} with: the same as contributors.
 * </ul>
 *
 * Anything else is answered as if it did not exist (empty), so a guessed id learns nothing; an
 * actor without any of these roles gets {@link AccessDeniedException}.
 */
@ApplicationScoped
@Transactional
public class WorkPlanQueries {

  /** Roles that read plans at all. */
  public static final Set<Role> READERS =
      EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD, Role.DEPARTMENT_CONTRIBUTOR);

  /** Roles that read the own organisation's drafts, contributions and decisions. */
  private static final Set<Role> FULL_READERS = EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD);

  private static final List<PlanningCycle.Status> PUBLISHED =
      List.of(PlanningCycle.Status.PUBLISHED, PlanningCycle.Status.CLOSED);

  /** What the cycle list can be sorted by. */
  public enum CycleSort {
    YEAR("c.year"),
    TITLE("c.title"),
    STATUS("c.status"),
    STARTED_AT("c.createdAt");

    private final String path;

    CycleSort(String path) {
      this.path = path;
    }
  }

  private enum Reach {
    FULL,
    PUBLISHED,
    NONE
  }

  @PersistenceContext private EntityManager em;
  @Inject private SharingService sharing;
  @Inject private TaskService taskService;

  /** The planning cycle's step that calls one committee-approval process per committee. */
  static final String COMMITTEE_APPROVAL = "CallActivity_CommitteeApproval";

  @Inject private RuntimeService runtimeService;

  public long countCycles(Actor actor) {
    return cycleQuery(actor, "select count(c)", "", Long.class).getSingleResult();
  }

  /** One page of the cycles the actor may read, each with its current step from the engine. */
  public List<CycleRow> cycles(
      Actor actor, int first, int pageSize, CycleSort sort, boolean ascending) {
    CycleSort by = sort == null ? CycleSort.YEAR : sort;
    String order = " order by " + by.path + (ascending ? " asc" : " desc") + ", c.id desc";
    List<PlanningCycle> page =
        cycleQuery(actor, "select c", order, PlanningCycle.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, pageSize))
            .getResultList();
    Map<String, List<CurrentStep>> steps =
        currentSteps(
            page.stream()
                .filter(c -> isFullReader(actor, c))
                .map(PlanningCycle::getProcessInstanceId)
                .filter(Objects::nonNull)
                .toList());
    return page.stream().map(c -> row(actor, c, stepsOf(steps, c))).toList();
  }

  private static List<CurrentStep> stepsOf(
      Map<String, List<CurrentStep>> steps, PlanningCycle cycle) {
    String instance = cycle.getProcessInstanceId();
    return instance == null ? List.of() : steps.getOrDefault(instance, List.of());
  }

  public Optional<CycleDetail> cycle(Actor actor, long cycleId) {
    PlanningCycle cycle = em.find(PlanningCycle.class, cycleId);
    Reach reach = reach(actor, cycle);
    if (reach == Reach.NONE) {
      return Optional.empty();
    }
    boolean full = reach == Reach.FULL;
    List<WorkPlanVersion> versions =
        em
            .createQuery(
                "select v from WorkPlanVersion v where v.cycle.id = :cycle order by v.number",
                WorkPlanVersion.class)
            .setParameter("cycle", cycleId)
            .getResultList()
            .stream()
            .filter(v -> full || v.getStatus() == WorkPlanVersion.Status.PUBLISHED)
            .toList();
    List<CurrentStep> steps =
        full && cycle.getProcessInstanceId() != null
            ? currentSteps(List.of(cycle.getProcessInstanceId()))
                .getOrDefault(cycle.getProcessInstanceId(), List.of())
            : List.of();
    return Optional.of(
        new CycleDetail(
            row(actor, cycle, steps),
            cycle.getContributionDue(),
            cycle.getFollowUpInterval(),
            cycle.getPreviousCycle() == null ? null : cycle.getPreviousCycle().getId(),
            full ? cycle.getProcessInstanceId() : null,
            full,
            full ? departments(cycle) : List.of(),
            versionRows(versions),
            cycle.getYearEndReport()));
  }

  /** A version's goals and the measures the filter lets through, or empty if not readable. */
  public Optional<Plan> plan(Actor actor, long versionId, PlanFilter filter) {
    PlanFilter by = filter == null ? PlanFilter.NONE : filter;
    Optional<WorkPlanVersion> found = readableVersion(actor, versionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    WorkPlanVersion version = found.get();
    List<Goal> goals =
        em.createQuery(
                "select g from Goal g where g.workPlanVersion.id = :v order by g.position, g.id",
                Goal.class)
            .setParameter("v", versionId)
            .getResultList();
    List<MeasureRow> measures = measureRows(versionId);
    Map<Long, List<MeasureRow>> byGoal = new HashMap<>();
    Map<Long, Long> goalOf = goalIds(versionId);
    List<MeasureRow> shown = measures.stream().filter(m -> matches(m, by)).toList();
    shown.forEach(m -> byGoal.computeIfAbsent(goalOf.get(m.id()), k -> new ArrayList<>()).add(m));
    List<GoalGroup> groups =
        goals.stream()
            .filter(g -> !by.isActive() || byGoal.containsKey(g.getId()))
            .map(
                g ->
                    new GoalGroup(
                        g.getId(),
                        g.getFocusArea(),
                        g.getTitle(),
                        g.getDescription(),
                        List.copyOf(byGoal.getOrDefault(g.getId(), List.of()))))
            .toList();
    return Optional.of(
        new Plan(
            row(actor, version.getCycle(), List.of()),
            versionRows(List.of(version)).get(0),
            by,
            groups,
            shown.size(),
            options(measures, m -> List.of(new Option(m.departmentId(), m.department()))),
            options(measures, m -> places(m.areas())),
            options(measures, m -> places(m.schools()))));
  }

  /** A measure of a readable version with its progress reports, newest first. */
  public Optional<MeasureDetail> measure(Actor actor, long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null || !measure.getGoal().isPlanned()) {
      return Optional.empty();
    }
    WorkPlanVersion version = measure.getGoal().getWorkPlanVersion();
    if (readableVersion(actor, version.getId()).isEmpty()) {
      return Optional.empty();
    }
    List<ProgressRow> reports =
        reportsOf(List.of(measureId)).stream()
            .sorted(
                Comparator.comparing(ProgressReport::getReportedOn)
                    .thenComparing(ProgressReport::getCreatedAt)
                    .thenComparing(ProgressReport::getId)
                    .reversed())
            .map(
                r ->
                    new ProgressRow(
                        r.getReportedOn(),
                        r.getStatus(),
                        r.getPercentDone(),
                        r.getText(),
                        r.getAuthor(),
                        r.getCreatedAt()))
            .toList();
    MeasureRow row =
        measureRows(version.getId()).stream()
            .filter(m -> m.id() == measureId)
            .findFirst()
            .orElseThrow();
    return Optional.of(
        new MeasureDetail(version.getId(), measure.getGoal().getTitle(), row, reports));
  }

  /** Progress reports of a readable measure, newest first (empty list if none or not readable). */
  public List<ProgressRow> progressReports(Actor actor, long measureId) {
    return measure(actor, measureId).map(MeasureDetail::reports).orElse(List.of());
  }

  /**
   * Where a measure stands now: the status of its latest progress report, else the status planned
   * in its version.
   */
  public MeasureStatus currentStatus(Measure measure) {
    List<ProgressReport> reports = reportsOf(List.of(measure.getId()));
    return reports.isEmpty() ? measure.getStatus() : reports.get(reports.size() - 1).getStatus();
  }

  /** Two versions of the same readable cycle compared, or empty. */
  public Optional<Comparison> compare(Actor actor, long fromVersionId, long toVersionId) {
    Optional<WorkPlanVersion> from = readableVersion(actor, fromVersionId);
    Optional<WorkPlanVersion> to = readableVersion(actor, toVersionId);
    if (from.isEmpty()
        || to.isEmpty()
        || !from.get().getCycle().getId().equals(to.get().getCycle().getId())) {
      return Optional.empty();
    }
    // loads what the comparison reads in a few queries instead of one per measure
    measuresWithDetails(List.of(fromVersionId, toVersionId));
    List<VersionRow> rows = versionRows(List.of(from.get(), to.get()));
    return Optional.of(
        new Comparison(
            row(actor, from.get().getCycle(), List.of()),
            rows.get(0),
            rows.get(rows.size() - 1),
            VersionComparison.compare(from.get(), to.get())));
  }

  // --- access ------------------------------------------------------------------------------

  private Reach reach(Actor actor, PlanningCycle cycle) {
    if (!actor.hasAny(READERS)) {
      throw new AccessDeniedException(actor.username() + " reads no work plans");
    }
    if (cycle == null) {
      return Reach.NONE;
    }
    if (isFullReader(actor, cycle)) {
      return Reach.FULL;
    }
    long owner = cycle.owner().getId();
    boolean own = owner == actor.organisationId();
    boolean published = PUBLISHED.contains(cycle.getStatus());
    if (published
        && (own || sharing.mayRead(actor, owner, SharingScope.PUBLISHED_PLANS, cycle.getId()))) {
      return Reach.PUBLISHED;
    }
    return Reach.NONE;
  }

  private static boolean isFullReader(Actor actor, PlanningCycle cycle) {
    return cycle.owner().getId() == actor.organisationId() && actor.hasAny(FULL_READERS);
  }

  private Optional<WorkPlanVersion> readableVersion(Actor actor, long versionId) {
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId);
    Reach reach = reach(actor, version == null ? null : version.getCycle());
    if (reach == Reach.FULL
        || (reach == Reach.PUBLISHED && version.getStatus() == WorkPlanVersion.Status.PUBLISHED)) {
      return Optional.of(version);
    }
    return Optional.empty();
  }

  /**
   * Own cycles (drafts only for planners and heads) and the published cycles of organisations that
   * share all their published plans with the actor's.
   */
  private <T> TypedQuery<T> cycleQuery(Actor actor, String select, String order, Class<T> type) {
    if (!actor.hasAny(READERS)) {
      throw new AccessDeniedException(actor.username() + " reads no work plans");
    }
    Set<Long> partners =
        new HashSet<>(sharing.readableOrganisations(actor, SharingScope.PUBLISHED_PLANS));
    partners.remove(actor.organisationId());
    partners.add(-1L); // an empty IN list is not portable
    boolean full = actor.hasAny(FULL_READERS);
    return em.createQuery(
            select
                + " from PlanningCycle c where (c.organisation.id = :own"
                + (full ? "" : " and c.status in :published")
                + ") or (c.organisation.id in :partners and c.status in :published)"
                + order,
            type)
        .setParameter("own", actor.organisationId())
        .setParameter("partners", partners)
        .setParameter("published", PUBLISHED);
  }

  // --- building rows -----------------------------------------------------------------------

  private CycleRow row(Actor actor, PlanningCycle cycle, List<CurrentStep> steps) {
    return new CycleRow(
        cycle.getId(),
        cycle.getYear(),
        cycle.getTitle(),
        cycle.getStatus(),
        steps,
        cycle.getStartedBy(),
        cycle.getCreatedAt(),
        cycle.getOrganisation().getName(),
        cycle.owner().getId() != actor.organisationId());
  }

  /** The active user tasks of the process instances, in one engine query for all of them. */
  private Map<String, List<CurrentStep>> currentSteps(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
            .active()
            .orderByTaskCreateTime()
            .asc()
            .list();
    Map<String, Map<String, CurrentStep>> byInstance = new HashMap<>();
    for (Task task : tasks) {
      byInstance
          .computeIfAbsent(task.getProcessInstanceId(), k -> new LinkedHashMap<>())
          .merge(
              task.getTaskDefinitionKey(),
              new CurrentStep(task.getTaskDefinitionKey(), task.getName(), 1),
              (a, b) -> new CurrentStep(a.taskKey(), a.name(), a.open() + 1));
    }
    // committees decide in processes of their own: the cycle waits at the call activity, once per
    // committee still deciding (few cycles at a time are there: filtered here)
    java.util.Set<String> wanted = new java.util.HashSet<>(processInstanceIds);
    for (Execution waiting :
        runtimeService.createExecutionQuery().activityId(COMMITTEE_APPROVAL).list()) {
      if (!wanted.contains(waiting.getProcessInstanceId())) {
        continue;
      }
      byInstance
          .computeIfAbsent(waiting.getProcessInstanceId(), k -> new LinkedHashMap<>())
          .merge(
              COMMITTEE_APPROVAL,
              new CurrentStep(COMMITTEE_APPROVAL, "Gremienbeschluss einholen", 1),
              (a, b) -> new CurrentStep(a.taskKey(), a.name(), a.open() + 1));
    }
    Map<String, List<CurrentStep>> steps = new HashMap<>();
    byInstance.forEach((id, byKey) -> steps.put(id, List.copyOf(byKey.values())));
    return steps;
  }

  private List<DepartmentState> departments(PlanningCycle cycle) {
    Map<Long, Contribution> contributions = new HashMap<>();
    em.createQuery("select c from Contribution c where c.cycle.id = :cycle", Contribution.class)
        .setParameter("cycle", cycle.getId())
        .getResultList()
        .forEach(c -> contributions.put(c.getDepartment().getId(), c));
    return cycle.getDepartments().stream()
        .map(
            d -> {
              Contribution c = contributions.get(d.getId());
              return new DepartmentState(
                  d.getId(),
                  d.getName(),
                  c == null ? null : c.getStatus(),
                  c == null ? null : c.getSubmittedBy(),
                  c == null ? null : c.getSubmittedAt());
            })
        .toList();
  }

  private List<VersionRow> versionRows(List<WorkPlanVersion> versions) {
    if (versions.isEmpty()) {
      return List.of();
    }
    List<Long> ids = versions.stream().map(WorkPlanVersion::getId).distinct().toList();
    Map<Long, Object[]> sizes = new HashMap<>();
    em.createQuery(
            "select g.workPlanVersion.id, count(distinct g.id), count(m.id), sum(m.budgetEur)"
                + " from Goal g left join g.measures m where g.workPlanVersion.id in :ids"
                + " group by g.workPlanVersion.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> sizes.put((Long) r[0], r));
    Map<Long, List<DecisionRow>> decisions = new HashMap<>();
    em.createQuery(
            "select d from WorkPlanDecision d where d.workPlanVersion.id in :ids"
                + " order by d.decidedAt, d.id",
            WorkPlanDecision.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            d ->
                decisions
                    .computeIfAbsent(d.getWorkPlanVersion().getId(), k -> new ArrayList<>())
                    .add(
                        new DecisionRow(
                            d.getStep(),
                            d.getCommittee(),
                            d.getOutcome(),
                            d.getReasons(),
                            d.getDecidedBy(),
                            d.getDecidedAt())));
    return versions.stream()
        .map(
            v -> {
              Object[] size = sizes.get(v.getId());
              return new VersionRow(
                  v.getId(),
                  v.getNumber(),
                  v.getStatus(),
                  v.getCreatedBy(),
                  v.getCreatedAt(),
                  v.getSubmittedAt(),
                  size == null ? 0 : ((Number) size[1]).intValue(),
                  size == null ? 0 : ((Number) size[2]).intValue(),
                  size == null || size[3] == null ? BigDecimal.ZERO : (BigDecimal) size[3],
                  List.copyOf(decisions.getOrDefault(v.getId(), List.of())));
            })
        .toList();
  }

  private List<Measure> measuresWithDetails(List<Long> versionIds) {
    return em.createQuery(
            "select m from Measure m join fetch m.ownerDepartment join fetch m.goal g"
                + " where g.workPlanVersion.id in :v order by g.position, m.position, m.id",
            Measure.class)
        .setParameter("v", versionIds)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "m.areas")
        .setHint("eclipselink.batch", "m.schools")
        .getResultList();
  }

  private List<MeasureRow> measureRows(long versionId) {
    List<Measure> measures = measuresWithDetails(List.of(versionId));
    List<Long> ids = measures.stream().map(Measure::getId).toList();
    Map<Long, ProgressReport> latest = new HashMap<>();
    reportsOf(ids).forEach(r -> latest.put(r.getMeasure().getId(), r)); // ascending: last wins
    Set<Long> carried =
        new HashSet<>(
            em.createQuery(
                    "select m.id from Measure m where m.goal.workPlanVersion.id = :v"
                        + " and m.carriedOverFrom is not null",
                    Long.class)
                .setParameter("v", versionId)
                .getResultList());
    return measures.stream()
        .map(
            m -> {
              ProgressReport report = latest.get(m.getId());
              return new MeasureRow(
                  m.getId(),
                  m.getLineage(),
                  m.getTitle(),
                  m.getDescription(),
                  m.getOwnerDepartment().getId(),
                  m.getOwnerDepartment().getName(),
                  m.getBudgetEur(),
                  m.getStartDate(),
                  m.getDueDate(),
                  m.getIndicator(),
                  m.getIndicatorUnit(),
                  m.getIndicatorBaseline(),
                  m.getIndicatorTarget(),
                  m.getStatus(),
                  report == null ? m.getStatus() : report.getStatus(),
                  report == null ? null : report.getPercentDone(),
                  carried.contains(m.getId()),
                  m.getAreas().stream().map(WorkPlanQueries::place).toList(),
                  m.getSchools().stream().map(WorkPlanQueries::place).toList());
            })
        .toList();
  }

  private Map<Long, Long> goalIds(long versionId) {
    Map<Long, Long> goalOf = new HashMap<>();
    em.createQuery(
            "select m.id, m.goal.id from Measure m where m.goal.workPlanVersion.id = :v",
            Object[].class)
        .setParameter("v", versionId)
        .getResultList()
        .forEach(r -> goalOf.put((Long) r[0], (Long) r[1]));
    return goalOf;
  }

  /** Reports of the measures, oldest first. */
  private List<ProgressReport> reportsOf(List<Long> measureIds) {
    if (measureIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from ProgressReport r where r.measure.id in :ids"
                + " order by r.reportedOn, r.createdAt, r.id",
            ProgressReport.class)
        .setParameter("ids", measureIds)
        .getResultList();
  }

  /**
   * An area as the plan names it. Area master data carries no versions yet; once it does, the label
   * of the version the measure was planned with goes here.
   */
  private static Place place(Area area) {
    return new Place(area.getId(), area.getName(), null);
  }

  private static Place place(School school) {
    return new Place(school.getId(), school.getName(), null);
  }

  private static boolean matches(MeasureRow m, PlanFilter filter) {
    return (filter.departmentId() == null || filter.departmentId() == m.departmentId())
        && (filter.areaId() == null || m.areas().stream().anyMatch(a -> a.id() == filter.areaId()))
        && (filter.schoolId() == null
            || m.schools().stream().anyMatch(s -> s.id() == filter.schoolId()))
        && (filter.status() == null || filter.status() == m.currentStatus());
  }

  private static List<Option> places(List<Place> places) {
    return places.stream().map(p -> new Option(p.id(), p.name())).toList();
  }

  private static List<Option> options(
      List<MeasureRow> measures, Function<MeasureRow, List<Option>> of) {
    Map<Long, Option> unique = new TreeMap<>();
    measures.stream().flatMap(m -> of.apply(m).stream()).forEach(o -> unique.put(o.id(), o));
    return unique.values().stream().sorted(Comparator.comparing(Option::name)).toList();
  }
}

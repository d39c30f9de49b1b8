package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starting a planning cycle, and what the planner reads about one. Each method is one JTA
 * transaction shared by EclipseLink and the Camunda engine, so a domain change and the process step
 * it belongs to commit or roll back together.
 */
@ApplicationScoped
@Transactional
public class PlanningCycleService {

  /** Reminders go out this long before the due date, or half-way when the time is shorter. */
  static final Duration REMINDER_LEAD = Duration.ofDays(7);

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private PlanningAccess access;
  @Inject private AuditLog audit;

  /**
   * Persists the cycle with one open contribution per department, starts its process and, when
   * asked, carries the last cycle's open measures over into draft version 1.
   */
  public PlanningCycle start(Actor actor, StartCycle command) {
    actor.require(Role.PLANNER);
    int thisYear = LocalDate.now().getYear();
    if (command.year() < thisYear - 1 || command.year() > thisYear + 5) {
      throw new InvalidInputException("planning.start.yearInvalid", thisYear - 1, thisYear + 5);
    }
    String title = PlanContent.text(command.title(), 200, "planning.start.titleRequired");
    if (command.departmentIds().isEmpty()) {
      throw new InvalidInputException("planning.start.departmentsRequired");
    }
    if (command.contributionDue() == null
        || !command.contributionDue().isAfter(LocalDate.now())
        || command.contributionDue().getYear() > command.year()) {
      throw new InvalidInputException("planning.start.dueInvalid");
    }
    String interval = followUpInterval(command.followUpInterval());
    List<Department> departments =
        command.departmentIds().stream()
            .distinct()
            .map(id -> access.department(actor, id))
            .toList();
    if (running(actor.organisationId(), command.year()) > 0) {
      throw new CycleConflictException(actor.organisationCode(), command.year());
    }
    PlanningCycle previous = null;
    if (command.fromPreviousCycle()) {
      previous =
          lastFinished(actor.organisationId(), command.year())
              .orElseThrow(() -> new InvalidInputException("planning.start.noPreviousCycle"));
    }

    PlanningCycle cycle =
        new PlanningCycle(
            em.getReference(Organisation.class, actor.organisationId()),
            command.year(),
            title,
            actor.username(),
            command.contributionDue(),
            departments,
            previous);
    cycle.setFollowUpInterval(interval);
    em.persist(cycle);
    departments.forEach(d -> em.persist(new Contribution(cycle, d)));
    int carried = previous == null ? 0 : carryOver(previous, cycle, actor.username());
    em.flush();

    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            ProcessModels.PLANNING_CYCLE,
            cycle.getId().toString(),
            startVariables(actor, cycle, departments, command.contributionDue(), interval));
    cycle.runBy(instance.getId());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PLANNING_CYCLE_STARTED",
        "PlanningCycle",
        cycle.getId(),
        "Planungszyklus "
            + cycle.getYear()
            + " gestartet, "
            + departments.size()
            + " Fachbereiche"
            + (previous == null ? "" : ", " + carried + " Maßnahmen übernommen"),
        null);
    return cycle;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanningCycle find(Actor actor, long cycleId) {
    return access.cycle(actor, Role.PLANNER, cycleId);
  }

  /** The versions of a cycle's plan, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WorkPlanVersion> versions(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    return em.createQuery(
            "select v from WorkPlanVersion v where v.cycle = :cycle order by v.number desc",
            WorkPlanVersion.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Contribution> contributions(Actor actor, long cycleId) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    return em.createQuery(
            "select c from Contribution c where c.cycle = :cycle order by c.department.name",
            Contribution.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  private static String followUpInterval(String value) {
    if (value == null || value.isBlank()) {
      return "P3M";
    }
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || period.isZero() || period.toTotalMonths() > 12) {
        throw new InvalidInputException("planning.start.intervalInvalid");
      }
      return period.toString();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("planning.start.intervalInvalid");
    }
  }

  private long running(long organisationId, int year) {
    return em.createQuery(
            "select count(c) from PlanningCycle c where c.organisation.id = :org and c.year = :year"
                + " and c.status = :running",
            Long.class)
        .setParameter("org", organisationId)
        .setParameter("year", year)
        .setParameter("running", PlanningCycle.Status.RUNNING)
        .getSingleResult();
  }

  private Optional<PlanningCycle> lastFinished(long organisationId, int beforeYear) {
    return em.createQuery(
            "select c from PlanningCycle c where c.organisation.id = :org and c.year < :year"
                + " and c.status in :finished order by c.year desc, c.id desc",
            PlanningCycle.class)
        .setParameter("org", organisationId)
        .setParameter("year", beforeYear)
        .setParameter(
            "finished", List.of(PlanningCycle.Status.PUBLISHED, PlanningCycle.Status.CLOSED))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Open measures of the previous cycle's published plan (by their latest progress report, else as
   * planned) continue in draft version 1 of the new cycle, under copies of their goals.
   */
  private int carryOver(PlanningCycle previous, PlanningCycle cycle, String username) {
    WorkPlanVersion published =
        em.createQuery(
                "select v from WorkPlanVersion v where v.cycle = :cycle and v.status = :published",
                WorkPlanVersion.class)
            .setParameter("cycle", previous)
            .setParameter("published", WorkPlanVersion.Status.PUBLISHED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    WorkPlanVersion draft = new WorkPlanVersion(cycle, 1, username);
    em.persist(draft);
    if (published == null) {
      return 0;
    }
    Map<Goal, Goal> goals = new LinkedHashMap<>();
    int carried = 0;
    for (Measure measure : published.measures()) {
      MeasureStatus status = FollowUpService.currentStatus(em, measure);
      if (!status.isOpen()) {
        continue;
      }
      Goal goal = goals.computeIfAbsent(measure.getGoal(), draft::adoptGoal);
      Measure copy = goal.carryOver(measure);
      if (copy.getStatus() != status) {
        copy.edit(withStatus(copy.content(), status));
      }
      carried++;
    }
    return carried;
  }

  private static Measure.Content withStatus(Measure.Content c, MeasureStatus status) {
    return new Measure.Content(
        c.title(),
        c.description(),
        c.ownerDepartment(),
        c.budgetEur(),
        c.startDate(),
        c.dueDate(),
        c.indicator(),
        c.indicatorUnit(),
        c.indicatorBaseline(),
        c.indicatorTarget(),
        status,
        c.areas(),
        c.schools());
  }

  private static Map<String, Object> startVariables(
      Actor actor,
      PlanningCycle cycle,
      List<Department> departments,
      LocalDate contributionDue,
      String interval) {
    ZoneId zone = ZoneId.systemDefault();
    LocalDateTime now = LocalDateTime.now();
    // due at the end of the due day; the reminder a week before or half-way
    LocalDateTime due = contributionDue.plusDays(1).atStartOfDay().minusMinutes(1);
    LocalDateTime weekBefore = due.minus(REMINDER_LEAD);
    LocalDateTime halfWay = now.plus(Duration.between(now, due).dividedBy(2));
    LocalDateTime reminder = weekBefore.isAfter(halfWay) ? weekBefore : halfWay;
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.PLANNING_CYCLE_ID, cycle.getId());
    variables.put(ProcessVariables.ORGANISATION_CODE, actor.organisationCode());
    variables.put(ProcessVariables.YEAR, cycle.getYear());
    variables.put(
        ProcessVariables.DEPARTMENTS,
        new ArrayList<>(departments.stream().map(Department::getId).toList()));
    variables.put(ProcessVariables.CONTRIBUTION_DUE, Date.from(due.atZone(zone).toInstant()));
    variables.put(
        ProcessVariables.CONTRIBUTION_REMINDER_DATE, Date.from(reminder.atZone(zone).toInstant()));
    variables.put(
        ProcessVariables.YEAR_END,
        Date.from(LocalDate.of(cycle.getYear(), 12, 31).atStartOfDay(zone).toInstant()));
    variables.put(ProcessVariables.FOLLOW_UP_INTERVAL, interval);
    return variables;
  }
}

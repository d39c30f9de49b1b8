package de.planungsportal.planning;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * The follow-up of a published plan (Wiedervorlage): departments report progress on their measures,
 * overdue measures are found, and the planner closes the year with a report.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {

  /** String: the planner's year-end report, kept in the process history. */
  static final String YEAR_END_REPORT = "yearEndReport";

  @PersistenceContext private EntityManager em;
  @Inject private PlanningAccess access;
  @Inject private CycleTasks tasks;
  @Inject private AuditLog audit;

  /** The published version of a cycle, if any. */
  static Optional<WorkPlanVersion> published(EntityManager em, PlanningCycle cycle) {
    return em.createQuery(
            "select v from WorkPlanVersion v where v.cycle = :cycle and v.status = :published",
            WorkPlanVersion.class)
        .setParameter("cycle", cycle)
        .setParameter("published", WorkPlanVersion.Status.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /** Where a measure stands: its latest progress report, else as planned. */
  static MeasureStatus currentStatus(EntityManager em, Measure measure) {
    return em.createQuery(
            "select r.status from ProgressReport r where r.measure = :m"
                + " order by r.reportedOn desc, r.id desc",
            MeasureStatus.class)
        .setParameter("m", measure)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(measure.getStatus());
  }

  /** Published measures whose due date has passed while they are still open. */
  static List<Measure> overdue(EntityManager em, PlanningCycle cycle, LocalDate today) {
    return published(em, cycle).map(WorkPlanVersion::measures).orElse(List.of()).stream()
        .filter(m -> m.getDueDate() != null && m.getDueDate().isBefore(today))
        .filter(m -> currentStatus(em, m).isOpen())
        .toList();
  }

  /** The measures a progress-report task asks about: the department's in the published plan. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Measure> measuresToReport(Actor actor, long cycleId, String taskId) {
    PlanningCycle cycle = access.cycle(actor, Role.DEPARTMENT_CONTRIBUTOR, cycleId);
    Long department = reportingDepartment(actor, cycle, taskId);
    return published(em, cycle).map(WorkPlanVersion::measures).orElse(List.of()).stream()
        .filter(m -> m.getOwnerDepartment().getId().equals(department))
        .toList();
  }

  /** Adds one progress report per line and completes the department's progress-report task. */
  public void reportProgress(Actor actor, long cycleId, String taskId, List<ProgressInput> lines) {
    PlanningCycle cycle = access.cycle(actor, Role.DEPARTMENT_CONTRIBUTOR, cycleId);
    Task task = tasks.byId(cycle, CycleTasks.REPORT_PROGRESS, taskId);
    Long department = reportingDepartment(actor, cycle, taskId);
    if (lines == null || lines.isEmpty()) {
      throw new InvalidInputException("planning.progress.empty");
    }
    Set<Long> allowed = new HashSet<>();
    measuresToReport(actor, cycleId, taskId).forEach(m -> allowed.add(m.getId()));
    for (ProgressInput line : lines) {
      if (!allowed.contains(line.measureId())) {
        throw new InvalidInputException("planning.unknownReference");
      }
      if (line.reportedOn() == null || line.reportedOn().isAfter(LocalDate.now())) {
        throw new InvalidInputException("planning.progress.dateInvalid");
      }
      if (line.status() == null) {
        throw new InvalidInputException("planning.progress.statusRequired");
      }
      if (line.percentDone() == null || line.percentDone() < 0 || line.percentDone() > 100) {
        throw new InvalidInputException("planning.progress.percentInvalid");
      }
      em.persist(
          new ProgressReport(
              em.find(Measure.class, line.measureId()),
              line.reportedOn(),
              line.status(),
              line.percentDone(),
              PlanContent.optional(line.text(), 10_000),
              actor.username()));
    }
    tasks.complete(actor, task, Map.of());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PROGRESS_REPORTED",
        "PlanningCycle",
        cycle.getId(),
        "Fortschritt zu " + lines.size() + " Maßnahmen berichtet (Fachbereich " + department + ")",
        null);
  }

  private Long reportingDepartment(Actor actor, PlanningCycle cycle, String taskId) {
    Long department = tasks.department(tasks.byId(cycle, CycleTasks.REPORT_PROGRESS, taskId));
    if (department == null || !PlanningAccess.contributesFor(actor, department)) {
      throw new AccessDeniedException("progress task " + taskId + " is not the actor's");
    }
    return department;
  }

  /** The planner's year-end report ends the cycle. */
  public void closeYear(Actor actor, long cycleId, String report) {
    PlanningCycle cycle = access.cycle(actor, Role.PLANNER, cycleId);
    String checked = PlanContent.text(report, 20_000, "planning.yearEnd.reportRequired");
    Task task = tasks.single(cycle, CycleTasks.YEAR_END_REPORT);
    cycle.close();
    tasks.complete(actor, task, Map.of(YEAR_END_REPORT, checked));
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PLANNING_CYCLE_CLOSED",
        "PlanningCycle",
        cycle.getId(),
        "Planungszyklus " + cycle.getYear() + " mit Jahresbericht abgeschlossen: " + checked,
        null);
  }
}

package de.planungsportal.results;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The planner releases a closed wave's computed results: from then on they leave the planning team
 * (see {@link ResultAccess}). Where the wave's survey-wave process waits at Task_ReleaseResults,
 * the release completes that task as the planner, in the same transaction; waves without a running
 * process (closed before the task existed, or the demo's) are released directly. A process still on
 * its way to the task (the hand-over job not yet run) refuses the release, so no task is left
 * behind for a released wave.
 */
@ApplicationScoped
public class ResultRelease {

  public static final String TASK = "Task_ReleaseResults";

  @PersistenceContext private EntityManager em;
  @Inject private ResultAccess access;
  @Inject private AuditLog audit;
  @Inject private ProcessEngine engine;
  @Inject private ResultAtoms atoms;

  /** Who released the wave's results, and on which day; empty while not released. */
  public record Released(LocalDate on, String by) {}

  @Transactional
  public void release(Actor actor, long waveId) {
    if (!access.plans(actor, waveId)) {
      throw new WaveNotVisibleException("wave " + waveId + " not planned by " + actor.username());
    }
    Object[] wave =
        (Object[])
            em.createNativeQuery("SELECT title, state FROM survey_wave WHERE id = ?1 FOR UPDATE")
                .setParameter(1, waveId)
                .getSingleResult();
    if (!"CLOSED".equals(wave[1])) {
      throw new InvalidInputException("results.release.notClosed");
    }
    List<?> result =
        em.createNativeQuery("SELECT released_on FROM wave_result WHERE wave_id = ?1 FOR UPDATE")
            .setParameter(1, waveId)
            .getResultList();
    if (result.isEmpty()) {
      // a wave closed before results existed: computed on demand, as its first read would
      atoms.refresh(waveId);
      result =
          em.createNativeQuery("SELECT released_on FROM wave_result WHERE wave_id = ?1 FOR UPDATE")
              .setParameter(1, waveId)
              .getResultList();
    }
    if (result.get(0) != null) {
      throw new InvalidInputException("results.release.already");
    }
    Optional<Task> task = openTask(waveId);
    em.createNativeQuery(
            "UPDATE wave_result SET released_on = CURRENT_DATE, released_by = ?2,"
                + " version = version + 1 WHERE wave_id = ?1")
        .setParameter(1, waveId)
        .setParameter(2, actor.username())
        .executeUpdate();
    task.ifPresent(t -> complete(actor, t));
    audit.record(
        actor.username(),
        actor.organisationId(),
        "RESULTS_RELEASED",
        "SurveyWave",
        waveId,
        "Ergebnisse der Befragung „" + wave[0] + "“ freigegeben",
        null);
  }

  /** A wave in the list of results: whose it is, and how far its results are. */
  public record WaveEntry(
      long waveId,
      String title,
      String organisation,
      LocalDate fieldEnd,
      boolean own,
      boolean computed,
      boolean released) {}

  /**
   * The waves whose results the actor may see, newest field end first: for planners every closed
   * wave of their organisation (computed or not yet), for everyone else the released ones of their
   * organisation and of organisations that share their survey results with it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WaveEntry> visibleWaves(Actor actor) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT w.id, w.title, o.name, w.field_end, w.organisation_id,"
                    + " r.computed_on IS NOT NULL, r.released_on IS NOT NULL"
                    + " FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id"
                    + " LEFT JOIN wave_result r ON r.wave_id = w.id"
                    + " WHERE (w.organisation_id = ?1 AND (r.released_on IS NOT NULL"
                    + " OR (?2 AND w.state = 'CLOSED')))"
                    + " OR (r.released_on IS NOT NULL AND EXISTS (SELECT 1 FROM sharing_grant g"
                    + " WHERE g.owner_organisation_id = w.organisation_id"
                    + " AND g.grantee_organisation_id = ?1 AND g.scope = 'SURVEY_RESULTS'"
                    + " AND g.revoked_at IS NULL AND (g.scope_ref IS NULL OR g.scope_ref = w.id)))"
                    + " ORDER BY w.field_end DESC, w.id DESC")
            .setParameter(1, actor.organisationId())
            .setParameter(2, actor.has(Role.PLANNER))
            .getResultList();
    List<WaveEntry> waves = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      // the access rule decides, the query only narrows the candidates
      if (access.mayRead(actor, id)) {
        waves.add(
            new WaveEntry(
                id,
                (String) r[1],
                (String) r[2],
                toDate(r[3]),
                ((Number) r[4]).longValue() == actor.organisationId(),
                truth(r[5]),
                truth(r[6])));
      }
    }
    return waves;
  }

  /** The wave's title (the caller has checked access). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String title(long waveId) {
    return (String)
        em.createNativeQuery("SELECT title FROM survey_wave WHERE id = ?1")
            .setParameter(1, waveId)
            .getSingleResult();
  }

  /** Who released the results and when (a day); empty while they are not released. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Released> released(long waveId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT released_on, released_by FROM wave_result"
                    + " WHERE wave_id = ?1 AND released_on IS NOT NULL")
            .setParameter(1, waveId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Released(toDate(row[0]), (String) row[1]));
  }

  /**
   * The waiting release task of the wave's running process; empty without a running process;
   * InvalidInputException while the process has not reached the task yet.
   */
  private Optional<Task> openTask(long waveId) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ProcessModels.SURVEY_WAVE)
            .processInstanceBusinessKey(Long.toString(waveId))
            .singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(TASK)
            .singleResult();
    if (task == null) {
      throw new InvalidInputException("results.release.notHandedOver");
    }
    return Optional.of(task);
  }

  /** Completes the task as the planner, so the history shows who released. */
  private void complete(Actor actor, Task task) {
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
      throw new InvalidInputException("tasks.alreadyClaimed");
    }
    engine.getTaskService().setAssignee(task.getId(), actor.username());
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(
        actor.username(), actor.candidateGroups(), List.of(actor.organisationCode()));
    try {
      engine.getTaskService().complete(task.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean truth(Object value) {
    return value instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(value);
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return (LocalDate) value;
  }
}

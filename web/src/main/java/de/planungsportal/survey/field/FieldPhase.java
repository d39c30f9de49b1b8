package de.planungsportal.survey.field;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.survey.SurveyOutbox;
import de.planungsportal.survey.WaveState;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The wave's steps from the release to the hand-over (called by the delegates of survey-wave.bpmn)
 * and the planner's one change during the field: moving its dates, which moves the waiting timers.
 */
@ApplicationScoped
public class FieldPhase {

  /** Who the audit events of the process's own steps name. */
  static final String SYSTEM = "system";

  static final Set<WaveState> MOVABLE = EnumSet.of(WaveState.RELEASED, WaveState.IN_FIELD);

  @PersistenceContext private EntityManager em;
  @Inject private FieldWaves waves;
  @Inject private FieldMail mail;
  @Inject private AuditLog audit;
  @Inject private ProcessEngine engine;
  @Inject private SurveyOutbox outbox;
  @Inject private Event<WaveHandedOver> handedOver;

  /** RELEASED, and the school contacts told where their code sheets are. */
  @Transactional
  public void release(long waveId) {
    FieldWave wave = waves.lock(waveId);
    if (wave.state() == WaveState.RELEASED) {
      return;
    }
    if (!waves.moveState(waveId, EnumSet.of(WaveState.APPROVED), WaveState.RELEASED)) {
      throw new IllegalStateException("Wave " + waveId + " is " + wave.state() + ", not approved");
    }
    List<WaveClass> classes = waves.classes(waveId);
    int mailed = mail.released(wave, classes);
    audit.record(
        SYSTEM,
        wave.organisationId(),
        "SURVEY_WAVE_RELEASED",
        "SurveyWave",
        waveId,
        "Befragung „"
            + wave.title()
            + "“ an die Schulen freigegeben: "
            + classes.size()
            + " Klassen, "
            + mailed
            + " Schulkontakte benachrichtigt",
        null);
  }

  /**
   * IN_FIELD, but only if wave_approval holds both approvals of the wave's current revision:
   * otherwise it throws, the timer's job fails into an incident and the field stays closed.
   */
  @Transactional
  public void open(long waveId) {
    FieldWave wave = waves.lock(waveId);
    if (!waves.approvedByBoth(waveId, wave.revision())) {
      throw new IllegalStateException(
          "Wave "
              + waveId
              + " has not been approved by both the data-protection officer and the school"
              + " authority for revision "
              + wave.revision()
              + ": the field stays closed");
    }
    if (wave.state() == WaveState.IN_FIELD) {
      return;
    }
    if (!waves.moveState(waveId, EnumSet.of(WaveState.RELEASED), WaveState.IN_FIELD)) {
      throw new IllegalStateException("Wave " + waveId + " is " + wave.state() + ", not released");
    }
    audit.record(
        SYSTEM,
        wave.organisationId(),
        "SURVEY_FIELD_OPENED",
        "SurveyWave",
        waveId,
        "Feldphase der Befragung „" + wave.title() + "“ eröffnet",
        null);
  }

  /**
   * Mails the contacts of schools with classes whose response rate (spent codes of all codes) is
   * below the wave's reminder rate; nothing unless the wave is in the field. The classes reminded.
   */
  @Transactional
  public List<WaveClass> remind(long waveId) {
    FieldWave wave = waves.require(waveId);
    if (wave.state() != WaveState.IN_FIELD) {
      return List.of();
    }
    List<WaveClass> low =
        ResponseRates.rates(em, waveId, waves.classes(waveId)).stream()
            .filter(
                r ->
                    r.codes() > 0
                        && r.spent() * 100L < (long) wave.reminderBelowPercent() * r.codes())
            .map(ClassRate::schoolClass)
            .toList();
    if (low.isEmpty()) {
      return low;
    }
    int mailed = mail.remind(wave, low);
    audit.record(
        SYSTEM,
        wave.organisationId(),
        "SURVEY_REMINDER_SENT",
        "SurveyWave",
        waveId,
        "Erinnerung zur Befragung „"
            + wave.title()
            + "“: "
            + low.size()
            + " Klassen unter "
            + wave.reminderBelowPercent()
            + " % Rücklauf, "
            + mailed
            + " Schulkontakte benachrichtigt",
        null);
    return low;
  }

  /** CLOSED; answers never submitted and the code sheets (the plain codes) are deleted. */
  @Transactional
  public void close(long waveId) {
    FieldWave wave = waves.lock(waveId);
    waves.moveState(
        waveId,
        EnumSet.of(WaveState.APPROVED, WaveState.RELEASED, WaveState.IN_FIELD),
        WaveState.CLOSED);
    int drafts =
        em.createNativeQuery("DELETE FROM survey_draft WHERE wave_id = ?1")
            .setParameter(1, waveId)
            .executeUpdate();
    int sheets =
        em.createNativeQuery(
                "DELETE FROM wave_code_sheet WHERE wave_class_id IN"
                    + " (SELECT id FROM wave_class WHERE wave_id = ?1)")
            .setParameter(1, waveId)
            .executeUpdate();
    audit.record(
        SYSTEM,
        wave.organisationId(),
        "SURVEY_FIELD_CLOSED",
        "SurveyWave",
        waveId,
        "Feldphase der Befragung „"
            + wave.title()
            + "“ geschlossen: "
            + drafts
            + " nicht abgeschickte Antworten und "
            + sheets
            + " Codebögen gelöscht",
        null);
  }

  /**
   * Hands the closed wave to the results: first every response still waiting in the outbox is
   * stored (the mover runs only every few seconds, and the last ones may have come in just before
   * the close), then {@link WaveHandedOver} lets the results compute the wave's aggregates in this
   * same transaction.
   */
  @Transactional
  public void handOver(long waveId) {
    FieldWave wave = waves.require(waveId);
    // the whole outbox (it does not tell waves apart cheaply); how many is not recorded
    outbox.moveAll();
    handedOver.fire(new WaveHandedOver(waveId, wave.organisationId()));
    audit.record(
        SYSTEM,
        wave.organisationId(),
        "SURVEY_HANDED_OVER",
        "SurveyWave",
        waveId,
        "Befragung „" + wave.title() + "“ an die Auswertung übergeben",
        null);
  }

  /**
   * The planner moves the field period of a released wave or one in the field: the wave's dates,
   * the process variables and the due dates of the waiting timers (field start while released,
   * field end in the field). A wave in the field keeps its start; the end may not lie in the past.
   */
  @Transactional
  public void changeFieldPeriod(Actor actor, long waveId, LocalDate start, LocalDate end) {
    FieldWave wave = waves.find(waveId).orElseThrow(() -> new NotVisibleException("no wave"));
    if (actor.organisationId() != wave.organisationId()) {
      throw new NotVisibleException("wave " + waveId + " of another organisation");
    }
    if (!actor.has(Role.PLANNER)) {
      throw new AccessDeniedException(actor.username() + " does not plan waves");
    }
    wave = waves.lock(waveId);
    if (!MOVABLE.contains(wave.state())) {
      throw new InvalidInputException("survey.field.period.notMovable");
    }
    if (start == null || end == null) {
      throw new InvalidInputException("survey.field.period.missing");
    }
    if (end.isBefore(LocalDate.now())) {
      throw new InvalidInputException("survey.field.period.endPassed");
    }
    if (end.isBefore(start)) {
      throw new InvalidInputException("survey.field.period.endBeforeStart");
    }
    if (wave.state() == WaveState.IN_FIELD && !start.equals(wave.fieldStart())) {
      throw new InvalidInputException("survey.field.period.startFixed");
    }
    waves.setFieldPeriod(waveId, start, end);
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ProcessModels.SURVEY_WAVE)
            .processInstanceBusinessKey(Long.toString(waveId))
            .active()
            .singleResult();
    if (instance != null) {
      engine
          .getRuntimeService()
          .setVariable(
              instance.getId(), ProcessVariables.FIELD_START, FieldTimes.fieldStart(start));
      engine
          .getRuntimeService()
          .setVariable(instance.getId(), ProcessVariables.FIELD_END, FieldTimes.fieldEnd(end));
      ZoneId zone = ZoneId.systemDefault();
      moveTimer(instance, "Timer_FieldStart", Date.from(FieldTimes.opens(start, zone).toInstant()));
      moveTimer(instance, "Timer_FieldEnd", Date.from(FieldTimes.closes(end, zone).toInstant()));
    }
    audit.record(
        actor.username(),
        wave.organisationId(),
        "SURVEY_FIELD_PERIOD_CHANGED",
        "SurveyWave",
        waveId,
        "Feldzeit der Befragung „"
            + wave.title()
            + "“ von "
            + wave.fieldStart()
            + "–"
            + wave.fieldEnd()
            + " auf "
            + start
            + "–"
            + end
            + " verschoben",
        null);
  }

  /** The wave for the planner of its organisation; NotVisibleException for anybody else. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FieldWave periodOf(Actor actor, long waveId) {
    FieldWave wave = waves.find(waveId).orElseThrow(() -> new NotVisibleException("no wave"));
    if (!FieldAccess.plans(actor, wave)) {
      throw new NotVisibleException("wave " + waveId + " not planned by " + actor.username());
    }
    return wave;
  }

  public static boolean isMovable(FieldWave wave) {
    return MOVABLE.contains(wave.state());
  }

  /** In the field, only the end can move. */
  public static boolean isStartFixed(FieldWave wave) {
    return wave.state() == WaveState.IN_FIELD;
  }

  private void moveTimer(ProcessInstance instance, String timer, Date due) {
    for (Job job :
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(timer)
            .list()) {
      engine.getManagementService().setJobDuedate(job.getId(), due);
    }
  }
}

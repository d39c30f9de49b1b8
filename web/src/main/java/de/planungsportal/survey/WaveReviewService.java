package de.planungsportal.survey;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Text;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The two reviews of a submitted wave: the data-protection officer's and the school authority's,
 * each approving the revision it read or returning the wave with reasons. Every decision is a
 * wave_approval row and an audit event, written in the transaction that completes the task; a
 * return sends the wave back to the draft, two approvals of the same revision make it APPROVED
 * (from there the field's delegates take over).
 */
@ApplicationScoped
@Transactional
public class WaveReviewService {

  static final int MAX_REASONS = 10_000;

  /** The review step of a role, with its task and the names of its process variables. */
  public enum Step {
    DATA_PROTECTION(
        Role.DATA_PROTECTION_OFFICER,
        WaveTasks.DATA_PROTECTION_REVIEW,
        ProcessVariables.DATA_PROTECTION_OUTCOME,
        ProcessVariables.DATA_PROTECTION_REASONS),
    SCHOOL_AUTHORITY(
        Role.SCHOOL_AUTHORITY,
        WaveTasks.SCHOOL_AUTHORITY_REVIEW,
        ProcessVariables.SCHOOL_AUTHORITY_OUTCOME,
        ProcessVariables.SCHOOL_AUTHORITY_REASONS);

    private final Role role;
    private final String taskKey;
    private final String outcomeVariable;
    private final String reasonsVariable;

    Step(Role role, String taskKey, String outcomeVariable, String reasonsVariable) {
      this.role = role;
      this.taskKey = taskKey;
      this.outcomeVariable = outcomeVariable;
      this.reasonsVariable = reasonsVariable;
    }

    public Role role() {
      return role;
    }

    Step other() {
      return this == DATA_PROTECTION ? SCHOOL_AUTHORITY : DATA_PROTECTION;
    }
  }

  /** What a reviewer reads: the wave as submitted, its classes and the decisions so far. */
  public record Review(
      SurveyWave wave, List<WaveClass> classes, List<WaveService.Decision> decisions)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private WaveTasks tasks;
  @Inject private WaveService waves;
  @Inject private AuditLog audit;

  /**
   * The wave waiting for this reviewer's decision. AccessDeniedException for a reader without the
   * step's role; also (looking like a missing wave) for another organisation's wave; bad input when
   * the wave is not waiting for this step.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Review open(Actor actor, Step step, long waveId) {
    SurveyWave wave = own(actor, step, waveId);
    if (wave.getState() != WaveState.IN_REVIEW || tasks.open(wave, step.taskKey).isEmpty()) {
      throw new InvalidInputException("wave.review.notWaiting");
    }
    return new Review(wave, waves.classes(wave), waves.decisions(wave));
  }

  /**
   * Records the decision on the revision the reviewer read and completes the step. A decision on a
   * revision that is no longer the wave's current one is refused and counts for nothing.
   */
  public void decide(
      Actor actor, Step step, long waveId, int revision, boolean approved, String reasons) {
    SurveyWave wave = own(actor, step, waveId);
    String checked = Text.clean(reasons);
    if (!approved
        && (checked == null || checked.codePoints().noneMatch(Character::isLetterOrDigit))) {
      throw new InvalidInputException("wave.review.reasonsRequired");
    }
    if (checked != null && checked.length() > MAX_REASONS) {
      throw new InvalidInputException("wave.review.reasonsTooLong", MAX_REASONS);
    }
    if (wave.getState() != WaveState.IN_REVIEW) {
      throw new InvalidInputException("wave.review.notWaiting");
    }
    if (revision != wave.getRevision()) {
      throw new InvalidInputException("wave.review.staleRevision", revision, wave.getRevision());
    }
    Task task =
        tasks
            .open(wave, step.taskKey)
            .orElseThrow(() -> new InvalidInputException("wave.review.notWaiting"));

    em.persist(
        new WaveApproval(
            wave, step.role.roleName(), revision, approved, checked, actor.accountId()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        step.outcomeVariable, approved ? ProcessVariables.APPROVED : ProcessVariables.RETURNED);
    if (checked != null) {
      variables.put(step.reasonsVariable, checked);
    }
    tasks.complete(actor, task, variables);

    if (!approved || tasks.open(wave, WaveTasks.EDIT_DRAFT).isPresent()) {
      wave.setState(WaveState.DRAFT);
    } else if (approvedBy(wave, step.other(), revision)) {
      wave.setState(WaveState.APPROVED);
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        approved ? "WAVE_APPROVED" : "WAVE_RETURNED",
        "SurveyWave",
        wave.getId(),
        "Befragungswelle '"
            + wave.getTitle()
            + "' Fassung "
            + revision
            + (approved ? " freigegeben (" : " zurückgegeben (")
            + step.role.roleName()
            + ")"
            + (approved ? "" : ": " + checked),
        null);
  }

  private boolean approvedBy(SurveyWave wave, Step step, int revision) {
    return em.createQuery(
                "SELECT COUNT(a) FROM WaveApproval a WHERE a.wave = :wave AND a.role = :role"
                    + " AND a.revision = :revision AND a.approved = TRUE",
                Long.class)
            .setParameter("wave", wave)
            .setParameter("role", step.role.roleName())
            .setParameter("revision", revision)
            .getSingleResult()
        > 0;
  }

  private SurveyWave own(Actor actor, Step step, long waveId) {
    actor.require(step.role);
    return TenantScope.findOwn(em, SurveyWave.class, waveId, actor)
        .orElseThrow(() -> new AccessDeniedException("wave " + waveId + " not of the actor"));
  }
}

package de.planungsportal.survey;

import de.planungsportal.area.School;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Text;
import de.planungsportal.common.Translatable;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A planner's waves from the draft to the review: creating and editing a draft (or a wave returned
 * to it), its classes, and submitting it for review, which freezes its questionnaire version and
 * starts survey-wave (business key: the wave's id) or completes its Task_EditDraft. Each method is
 * one JTA transaction shared with the engine; refused input changes nothing.
 */
@ApplicationScoped
@Transactional
public class WaveService {

  static final int MAX_TITLE = 200;
  static final int MAX_PURPOSE = 10_000;
  static final int MAX_LEGAL_BASIS = 500;
  static final int MAX_PRIVACY_CONTACT = 300;
  static final int MAX_CLASS_LABEL = 40;
  static final int MAX_PUPILS = 60;
  static final int MAX_GRADE = 13;
  static final int MAX_MARGIN = 10;

  /** A row of the wave list. */
  public record WaveRow(
      long id,
      String title,
      WaveState state,
      TargetKind targetKind,
      Integer gradeFrom,
      Integer gradeTo,
      LocalDate fieldStart,
      LocalDate fieldEnd,
      int revision)
      implements java.io.Serializable {}

  /** A questionnaire version of the organisation a wave may use. */
  public record VersionChoice(long id, String questionnaire, int number, boolean frozen)
      implements java.io.Serializable {}

  /** One decision of the review as the planner and the reviewers read it. */
  public record Decision(
      int revision,
      String role,
      boolean approved,
      String reasons,
      String decidedBy,
      java.time.LocalDateTime decidedAt)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private WaveTasks tasks;
  @Inject private Instruments instruments;
  @Inject private AuditLog audit;

  // --- reading

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WaveRow> list(Actor actor) {
    actor.require(Role.PLANNER);
    return em
        .createQuery(
            "SELECT w FROM SurveyWave w WHERE w.organisation.id = :org"
                + " ORDER BY w.fieldStart DESC, w.id DESC",
            SurveyWave.class)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .map(
            w ->
                new WaveRow(
                    w.getId(),
                    w.getTitle(),
                    w.getState(),
                    w.getTargetKind(),
                    w.getGradeFrom(),
                    w.getGradeTo(),
                    w.getFieldStart(),
                    w.getFieldEnd(),
                    w.getRevision()))
        .toList();
  }

  /** A wave of the planner's organisation, or empty (also for another organisation's). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SurveyWave> find(Actor actor, long waveId) {
    actor.require(Role.PLANNER);
    return TenantScope.findOwn(em, SurveyWave.class, waveId, actor);
  }

  /** A new wave's form: the last wave's questionnaire version and privacy facts, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WaveForm newForm(Actor actor) {
    actor.require(Role.PLANNER);
    WaveForm form = new WaveForm();
    latestWave(actor, null)
        .ifPresent(
            last -> {
              form.setQuestionnaireVersionId(last.getQuestionnaireVersionId());
              form.setLegalBasis(Text.clean(last.getLegalBasis()));
              form.setPrivacyContact(Text.clean(last.getPrivacyContact()));
            });
    if (form.getPrivacyContact() == null) {
      form.setPrivacyContact(dataProtectionContact(actor).orElse(null));
    }
    return form;
  }

  /** The questionnaire version the organisation's previous wave used (before this one). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Long> previousVersion(Actor actor, Long waveId) {
    actor.require(Role.PLANNER);
    return latestWave(actor, waveId).map(SurveyWave::getQuestionnaireVersionId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VersionChoice> versions(Actor actor) {
    actor.require(Role.PLANNER);
    return em
        .createNativeQuery(
            "SELECT v.id, q.title, v.number, v.state FROM questionnaire_version v"
                + " JOIN questionnaire q ON q.id = v.questionnaire_id"
                + " WHERE q.organisation_id = ?1 ORDER BY q.title, v.number DESC")
        .setParameter(1, actor.organisationId())
        .getResultList()
        .stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new VersionChoice(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  ((Number) r[2]).intValue(),
                  "FROZEN".equals(r[3]));
            })
        .toList();
  }

  /**
   * The organisation's schools a wave's classes may come from: day-care centres share the register
   * but have no classes or grades, so they are left out.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<School> schools(Actor actor) {
    actor.require(Role.PLANNER);
    return em
        .createQuery(
            "SELECT s FROM School s WHERE s.organisation.id = :org ORDER BY s.name", School.class)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .filter(School::hasClasses)
        .toList();
  }

  /** The classes of a wave, for its planners and its reviewers. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WaveClass> classes(SurveyWave wave) {
    return em.createQuery(
            "SELECT c FROM WaveClass c JOIN FETCH c.school WHERE c.wave = :wave"
                + " ORDER BY c.school.name, c.classLabel",
            WaveClass.class)
        .setParameter("wave", wave)
        .getResultList();
  }

  /** Every decision of the wave's review, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Decision> decisions(SurveyWave wave) {
    return em
        .createNativeQuery(
            "SELECT a.revision, a.role, a.approved, a.reasons, x.display_name, a.decided_at"
                + " FROM wave_approval a JOIN account x ON x.id = a.account_id"
                + " WHERE a.wave_id = ?1 ORDER BY a.decided_at DESC, a.id DESC")
        .setParameter(1, wave.getId())
        .getResultList()
        .stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new Decision(
                  ((Number) r[0]).intValue(),
                  (String) r[1],
                  r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0,
                  (String) r[3],
                  (String) r[4],
                  r[5] instanceof java.sql.Timestamp t
                      ? t.toLocalDateTime()
                      : (java.time.LocalDateTime) r[5]);
            })
        .toList();
  }

  // --- changing

  /** Creates a draft or changes one (also a wave returned to the draft). */
  public SurveyWave save(Actor actor, WaveForm form) {
    actor.require(Role.PLANNER);
    SurveyWave wave;
    if (form.isNew()) {
      String title = title(form.getTitle());
      long version = version(actor, form.getQuestionnaireVersionId());
      wave =
          new SurveyWave(
              em.getReference(Organisation.class, actor.organisationId()), title, version);
      apply(actor, wave, form);
      em.persist(wave);
      em.flush();
      record(actor, "WAVE_CREATED", wave, "Befragungswelle '" + wave.getTitle() + "' angelegt");
    } else {
      wave = editable(actor, form.getId());
      apply(actor, wave, form);
      em.flush();
      record(actor, "WAVE_CHANGED", wave, "Befragungswelle '" + wave.getTitle() + "' geändert");
    }
    return wave;
  }

  public WaveClass addClass(
      Actor actor, long waveId, Long schoolId, String label, Integer grade, Integer pupils) {
    actor.require(Role.PLANNER);
    SurveyWave wave = editable(actor, waveId);
    School school =
        TenantScope.findOwn(em, School.class, schoolId, actor)
            .filter(School::hasClasses) // a day-care centre is no school to sample classes from
            .orElseThrow(() -> new InvalidInputException("wave.class.schoolRequired"));
    String classLabel = Text.clean(label);
    if (classLabel == null) {
      throw new InvalidInputException("wave.class.labelRequired");
    }
    if (classLabel.length() > MAX_CLASS_LABEL || !Text.isPlain(classLabel)) {
      throw new InvalidInputException("wave.class.labelInvalid", MAX_CLASS_LABEL);
    }
    if (grade == null || grade < 1 || grade > MAX_GRADE) {
      throw new InvalidInputException("wave.class.gradeInvalid", 1, MAX_GRADE);
    }
    requireGradeOfWave(wave, classLabel, grade);
    if (pupils == null || pupils < 1 || pupils > MAX_PUPILS) {
      throw new InvalidInputException("wave.class.pupilsInvalid", 1, MAX_PUPILS);
    }
    boolean taken =
        classes(wave).stream()
            .anyMatch(
                c ->
                    c.getSchool().getId().equals(school.getId())
                        && c.getClassLabel().equalsIgnoreCase(classLabel));
    if (taken) {
      throw new InvalidInputException("wave.class.duplicate", classLabel, school.getName());
    }
    WaveClass added = new WaveClass(wave, school, classLabel, grade, pupils);
    em.persist(added);
    em.flush();
    record(
        actor,
        "WAVE_CLASS_ADDED",
        wave,
        "Klasse " + classLabel + " (" + school.getName() + ") zur Welle '" + wave.getTitle() + "'");
    return added;
  }

  public void removeClass(Actor actor, long waveId, Long classId) {
    actor.require(Role.PLANNER);
    SurveyWave wave = editable(actor, waveId);
    WaveClass gone = classId == null ? null : em.find(WaveClass.class, classId);
    if (gone == null || !gone.getWave().getId().equals(wave.getId())) {
      throw new InvalidInputException("wave.class.gone");
    }
    em.remove(gone);
    record(
        actor,
        "WAVE_CLASS_REMOVED",
        wave,
        "Klasse " + gone.getClassLabel() + " aus der Welle '" + wave.getTitle() + "' entfernt");
  }

  /**
   * Saves the form and submits the wave for review as its next revision: checks that it is
   * complete, freezes its questionnaire version and hands it to the data-protection officer and the
   * school authority. Anything refused leaves the draft as it was.
   */
  public SurveyWave submit(Actor actor, WaveForm form) {
    SurveyWave wave = save(actor, form);
    requireComplete(wave);
    List<WaveClass> classes = classes(wave);
    if (classes.isEmpty()) {
      throw new InvalidInputException("wave.submit.noClasses");
    }
    for (WaveClass c : classes) {
      requireGradeOfWave(wave, c.getClassLabel(), c.getGrade());
    }
    if (!wave.getFieldStart().isAfter(LocalDate.now())) {
      throw new InvalidInputException("wave.submit.startInFuture");
    }
    instruments.freeze(wave.getQuestionnaireVersionId());
    int revision = wave.submit();

    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DRAFT_REVISION, revision);
    variables.put(ProcessVariables.FIELD_START, timerDate(wave.getFieldStart()));
    variables.put(ProcessVariables.FIELD_END, timerDate(wave.getFieldEnd().plusDays(1)));
    variables.put(ProcessVariables.REMINDER_BELOW_RATE, wave.getReminderBelowPercent());
    if (wave.getProcessInstanceId() == null) {
      Map<String, Object> start = new HashMap<>(variables);
      start.put(ProcessVariables.ORGANISATION_CODE, actor.organisationCode());
      start.put(ProcessVariables.WAVE_ID, wave.getId());
      ProcessInstance instance =
          runtimeService.startProcessInstanceByKey(
              ProcessModels.SURVEY_WAVE, wave.getId().toString(), start);
      wave.runBy(instance.getId());
    }
    Task draft =
        tasks
            .open(wave, WaveTasks.EDIT_DRAFT)
            .orElseThrow(() -> new InvalidInputException("wave.notEditable"));
    tasks.complete(actor, draft, variables);
    record(
        actor,
        "WAVE_SUBMITTED",
        wave,
        "Befragungswelle '"
            + wave.getTitle()
            + "' zur Prüfung eingereicht (Fassung "
            + revision
            + ")");
    return wave;
  }

  /**
   * A date as the model's timers take it: ISO-8601 with offset, at the start of the day in the
   * server's zone (the field opens on its first day and closes when its last day is over).
   */
  static String timerDate(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault())
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  // --- rules

  private void apply(Actor actor, SurveyWave wave, WaveForm form) {
    wave.setTitle(title(form.getTitle()));
    wave.setQuestionnaireVersionId(version(actor, form.getQuestionnaireVersionId()));
    wave.setPurpose(optional(form.getPurpose(), MAX_PURPOSE, "wave.purpose"));
    wave.setLegalBasis(optional(form.getLegalBasis(), MAX_LEGAL_BASIS, "wave.legalBasis"));
    wave.setPrivacyContact(
        optional(form.getPrivacyContact(), MAX_PRIVACY_CONTACT, "wave.privacyContact"));
    TargetKind kind = form.getTargetKind();
    if (kind == null) {
      throw new InvalidInputException("wave.targetRequired");
    }
    if (kind == TargetKind.PUPILS) {
      Integer from = form.getGradeFrom();
      Integer to = form.getGradeTo();
      if (from == null || to == null || from < 1 || to > MAX_GRADE || from > to) {
        throw new InvalidInputException("wave.gradesInvalid", 1, MAX_GRADE);
      }
      ConsentMode consent = form.getConsentMode();
      if (consent != ConsentMode.PUPIL_CONFIRMS && consent != ConsentMode.PARENTS_SLIP) {
        throw new InvalidInputException("wave.consentRequired");
      }
      wave.setTarget(kind, from, to, consent);
    } else {
      if (form.getConsentMode() != null && form.getConsentMode() != ConsentMode.NONE) {
        throw new InvalidInputException("wave.consentOnlyPupils");
      }
      wave.setTarget(kind, null, null, ConsentMode.NONE);
    }
    wave.setTargetGroup(targetGroup(wave));
    if (form.getFieldStart() == null || form.getFieldEnd() == null) {
      throw new InvalidInputException("wave.periodRequired");
    }
    if (form.getFieldEnd().isBefore(form.getFieldStart())) {
      throw new InvalidInputException("wave.endBeforeStart");
    }
    if (form.getFieldStart().isAfter(LocalDate.now().plusYears(5))
        || form.getFieldEnd().isAfter(form.getFieldStart().plusYears(1))) {
      throw new InvalidInputException("wave.periodTooLong");
    }
    wave.setFieldPeriod(form.getFieldStart(), form.getFieldEnd());
    Integer margin = form.getCodeMargin();
    if (margin == null || margin < 0 || margin > MAX_MARGIN) {
      throw new InvalidInputException("wave.marginInvalid", 0, MAX_MARGIN);
    }
    wave.setCodeMargin(margin);
    Integer reminder = form.getReminderBelowPercent();
    if (reminder == null || reminder < 0 || reminder > 100) {
      throw new InvalidInputException("wave.reminderInvalid");
    }
    wave.setReminderBelowPercent(reminder);
  }

  private static void requireComplete(SurveyWave wave) {
    if (wave.getPurpose().isEmpty()) {
      throw new InvalidInputException("wave.submit.missing", label("wave.purpose"));
    }
    if (wave.getLegalBasis().isEmpty()) {
      throw new InvalidInputException("wave.submit.missing", label("wave.legalBasis"));
    }
    if (wave.getPrivacyContact().isEmpty()) {
      throw new InvalidInputException("wave.submit.missing", label("wave.privacyContact"));
    }
  }

  private static void requireGradeOfWave(SurveyWave wave, String label, int grade) {
    if (wave.getTargetKind() == TargetKind.PUPILS
        && (grade < wave.getGradeFrom() || grade > wave.getGradeTo())) {
      throw new InvalidInputException(
          "wave.class.gradeOutside", label, grade, wave.getGradeFrom(), wave.getGradeTo());
    }
  }

  /** What the privacy page says about who is asked (German, as the page's other facts). */
  private static String targetGroup(SurveyWave wave) {
    return switch (wave.getTargetKind()) {
      case PUPILS ->
          wave.getGradeFrom().equals(wave.getGradeTo())
              ? "Schülerinnen und Schüler der Klassenstufe " + wave.getGradeFrom()
              : "Schülerinnen und Schüler der Klassenstufen "
                  + wave.getGradeFrom()
                  + " bis "
                  + wave.getGradeTo();
      case PARENTS -> "Eltern";
      case TEACHERS -> "Lehrkräfte";
    };
  }

  private SurveyWave editable(Actor actor, Long waveId) {
    SurveyWave wave =
        TenantScope.findOwn(em, SurveyWave.class, waveId, actor)
            .orElseThrow(() -> new AccessDeniedException("wave " + waveId + " not of the actor"));
    if (!wave.isEditable()) {
      throw new InvalidInputException("wave.notEditable");
    }
    return wave;
  }

  private long version(Actor actor, Long versionId) {
    if (versionId == null) {
      throw new InvalidInputException("wave.versionRequired");
    }
    boolean own =
        !em.createNativeQuery(
                "SELECT v.id FROM questionnaire_version v JOIN questionnaire q"
                    + " ON q.id = v.questionnaire_id WHERE v.id = ?1 AND q.organisation_id = ?2")
            .setParameter(1, versionId)
            .setParameter(2, actor.organisationId())
            .getResultList()
            .isEmpty();
    if (!own) {
      throw new InvalidInputException("wave.versionRequired");
    }
    return versionId;
  }

  private static String title(String text) {
    String title = Text.clean(text);
    if (title == null) {
      throw new InvalidInputException("wave.titleRequired");
    }
    if (title.length() > MAX_TITLE || !Text.isPlain(title)) {
      throw new InvalidInputException("wave.titleInvalid", MAX_TITLE);
    }
    return title;
  }

  /** Cleaned text, "" when empty (the columns take no null), refused when too long. */
  private static String optional(String text, int max, String field) {
    String cleaned = Text.clean(text);
    if (cleaned == null) {
      return "";
    }
    if (cleaned.length() > max || cleaned.indexOf('\u0000') >= 0) {
      throw new InvalidInputException("wave.tooLong", label(field), max);
    }
    return cleaned;
  }

  private static Translatable label(String field) {
    return new Translatable(field, null, List.of());
  }

  private Optional<SurveyWave> latestWave(Actor actor, Long except) {
    return em.createQuery(
            "SELECT w FROM SurveyWave w WHERE w.organisation.id = :org AND w.id <> :except"
                + " ORDER BY w.id DESC",
            SurveyWave.class)
        .setParameter("org", actor.organisationId())
        .setParameter("except", except == null ? -1L : except)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The organisation's data-protection officer as a contact line, if there is one. */
  private Optional<String> dataProtectionContact(Actor actor) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.email FROM account a JOIN role_grant g ON g.account_id = a.id"
                    + " WHERE a.organisation_id = ?1 AND a.enabled AND g.role = ?2"
                    + " ORDER BY a.id")
            .setParameter(1, actor.organisationId())
            .setParameter(2, Role.DATA_PROTECTION_OFFICER.roleName())
            .setMaxResults(1)
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of("Datenschutzbeauftragte/r, " + rows.get(0));
  }

  private void record(Actor actor, String action, SurveyWave wave, String summary) {
    audit.record(
        actor.username(),
        actor.organisationId(),
        action,
        "SurveyWave",
        wave.getId(),
        summary,
        null);
  }
}

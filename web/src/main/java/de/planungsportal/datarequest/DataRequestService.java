package de.planungsportal.datarequest;

import de.planungsportal.area.School;
import de.planungsportal.area.SchoolType;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Text;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The planner's side of data requests: list, edit a draft, send it (starts data-request, business
 * key the request's id), and accept or return each institution's (school's or day-care centre's)
 * answer. Each method is one JTA transaction shared with the engine; refused input changes nothing.
 */
@ApplicationScoped
@Transactional
public class DataRequestService {

  static final int MAX_TITLE = 200;
  static final int MAX_LABEL = 200;
  static final int MAX_UNIT = 40;
  static final int MAX_FIELDS = 40;
  static final int MAX_RULES = 20;
  static final int MAX_REASON = 2000;
  static final int MAX_REMINDER_DAYS = 60;
  static final BigDecimal LIMIT = new BigDecimal("10000000000");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** A row of the planner's list. */
  public record RequestRow(
      long id,
      String title,
      int referenceYear,
      LocalDate dueOn,
      DataRequest.State state,
      long recipients,
      long accepted)
      implements Serializable {}

  /** What the list can be sorted by. */
  public enum Sort {
    TITLE,
    DUE,
    YEAR,
    STATE
  }

  /** An indicator a field may feed. */
  public record Choice(long id, String label) implements Serializable {}

  /** An institution that may be asked: a school or a day-care centre, by its kind. */
  public record Institution(long id, String name, SchoolType type) implements Serializable {

    public boolean kita() {
      return type == SchoolType.KITA;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private DataRequestTasks tasks;
  @Inject private DataRequestMail mail;
  @Inject private IndicatorFigures figures;
  @Inject private AuditLog audit;
  @Inject private AnswerSheets sheets;

  // --- reading

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(Actor actor) {
    actor.require(Role.PLANNER);
    return em.createQuery(
            "select count(r) from DataRequest r where r.organisation.id = :org", Long.class)
        .setParameter("org", actor.organisationId())
        .getSingleResult();
  }

  /** One page of the organisation's requests; latest due date first unless sorted otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RequestRow> page(Actor actor, int first, int size, Sort sort, boolean ascending) {
    actor.require(Role.PLANNER);
    String order =
        switch (sort == null ? Sort.DUE : sort) {
          case TITLE -> "r.title";
          case YEAR -> "r.referenceYear";
          case STATE -> "r.state";
          case DUE -> "r.dueOn";
        };
    List<DataRequest> page =
        em.createQuery(
                "select r from DataRequest r where r.organisation.id = :org order by "
                    + order
                    + (ascending ? " asc" : " desc")
                    + ", r.id desc",
                DataRequest.class)
            .setParameter("org", actor.organisationId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 100)))
            .getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Long, long[]> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select x.request.id, x.state, count(x) from Recipient x"
                    + " where x.request.id in :page group by x.request.id, x.state",
                Object[].class)
            .setParameter("page", page.stream().map(DataRequest::getId).toList())
            .getResultList()) {
      long[] count = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
      long n = ((Number) row[2]).longValue();
      count[0] += n;
      if (row[1] == Recipient.State.ACCEPTED) {
        count[1] += n;
      }
    }
    return page.stream()
        .map(
            r -> {
              long[] count = counts.getOrDefault(r.getId(), new long[2]);
              return new RequestRow(
                  r.getId(),
                  r.getTitle(),
                  r.getReferenceYear(),
                  r.getDueOn(),
                  r.getState(),
                  count[0],
                  count[1]);
            })
        .toList();
  }

  /** A request of the planner's organisation, or empty (also for another organisation's). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<DataRequest> find(Actor actor, long id) {
    actor.require(Role.PLANNER);
    // from the database: the shared cache kept a request's state from before its last review
    DataRequest request =
        em.find(
            DataRequest.class,
            id,
            Map.of(
                "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
                "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH));
    return request != null && request.owner().getId() == actor.organisationId()
        ? Optional.of(request)
        : Optional.empty();
  }

  /** The answers of every institution asked, by name; empty for a foreign or unknown request. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AnswerSheet> answers(Actor actor, long id) {
    return find(actor, id).stream()
        .flatMap(r -> r.getRecipients().stream())
        .sorted(Comparator.comparing(r -> r.getSchool().getName()))
        .map(sheets::of)
        .toList();
  }

  /** The organisation's indicators, by code, for the fields' indicator choice. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Choice> indicators(Actor actor) {
    actor.require(Role.PLANNER);
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, CONCAT(code, ' – ', name, ' (', unit, ')') FROM indicator"
                    + " WHERE organisation_id = ?1 ORDER BY code")
            .setParameter(1, actor.organisationId())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1]))
        .toList();
  }

  /**
   * The organisation's institutions that may be asked: its schools by name, then its day-care
   * centres by name, so the choice reads as two groups.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Institution> institutions(Actor actor) {
    actor.require(Role.PLANNER);
    return em
        .createQuery(
            "select s from School s where s.organisation.id = :org order by s.name", School.class)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .map(s -> new Institution(s.getId(), s.getName(), s.getSchoolType()))
        .sorted(Comparator.comparing(Institution::kita))
        .toList();
  }

  // --- editing a draft

  /** Creates or updates the draft; returns it. */
  public DataRequest save(Actor actor, DataRequestForm form) {
    actor.require(Role.PLANNER);
    DataRequest request;
    if (form.getId() == null) {
      request =
          new DataRequest(
              em.getReference(Organisation.class, actor.organisationId()),
              actor.username(),
              LocalDate.now());
    } else {
      request = draft(actor, form.getId());
    }
    apply(actor, request, form);
    if (request.getId() == null) {
      em.persist(request);
      em.flush();
      record(
          actor,
          "DATA_REQUEST_CREATED",
          request,
          "Datenabfrage '" + request.getTitle() + "' angelegt");
    } else {
      em.flush();
    }
    return request;
  }

  /**
   * Saves the form and sends the request: every institution asked gets a task and a mail, reminders
   * and the escalation are scheduled. Refused unless it has fields and institutions and its due
   * date leaves room for the reminder.
   */
  public DataRequest send(Actor actor, DataRequestForm form) {
    DataRequest request = save(actor, form);
    if (request.fields().isEmpty()) {
      throw new InvalidInputException("datarequest.send.noFields");
    }
    if (request.recipients().isEmpty()) {
      throw new InvalidInputException("datarequest.send.noInstitutions");
    }
    LocalDate today = LocalDate.now();
    if (!request.getDueOn().minusDays(request.getReminderDays()).isAfter(today)) {
      throw new InvalidInputException("datarequest.send.dueTooSoon", request.getReminderDays());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, actor.organisationCode());
    variables.put(ProcessVariables.DATA_REQUEST_ID, request.getId());
    variables.put(
        ProcessVariables.SCHOOLS,
        new ArrayList<>(request.recipients().stream().map(r -> r.getSchool().getId()).toList()));
    variables.put(ProcessVariables.DATA_REQUEST_DUE, at(request.getDueOn(), 23, 59));
    variables.put(
        ProcessVariables.DATA_REQUEST_REMIND_AT,
        at(request.getDueOn().minusDays(request.getReminderDays()), 8, 0));
    variables.put(
        ProcessVariables.DATA_REQUEST_OVERDUE_AT, at(request.getDueOn().plusDays(1), 0, 0));
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            ProcessModels.DATA_REQUEST, request.getId().toString(), variables);
    request.sent(instance.getId(), today);
    mail.sent(request);
    record(
        actor,
        "DATA_REQUEST_SENT",
        request,
        "Datenabfrage '"
            + request.getTitle()
            + "' an "
            + request.recipients().size()
            + " Einrichtung(en) versandt");
    return request;
  }

  // --- review

  /** Accepts the school's submitted answer; its figures become indicator values. */
  public void accept(Actor actor, long requestId, long schoolId) {
    Recipient recipient = submitted(actor, requestId, schoolId);
    DataRequest request = recipient.getRequest();
    recipient.accepted(actor.username(), LocalDate.now());
    tasks.complete(
        actor,
        tasks.open(request, schoolId, DataRequestTasks.REVIEW).orElseThrow(this::notSubmitted),
        Map.of(ProcessVariables.REVIEW_OUTCOME, ProcessVariables.ACCEPTED));
    em.flush();
    figures.record(request, actor);
    if (request.recipients().stream().allMatch(r -> r.getState() == Recipient.State.ACCEPTED)) {
      request.close();
    }
    record(
        actor,
        "DATA_REQUEST_ACCEPTED",
        request,
        "Antwort von "
            + recipient.getSchool().getName()
            + " auf '"
            + request.getTitle()
            + "' angenommen");
  }

  /** Returns the school's submitted answer with a reason; its contacts correct and resubmit. */
  public void returnAnswer(Actor actor, long requestId, long schoolId, String reason) {
    String cleaned = Text.clean(reason);
    if (cleaned == null) {
      throw new InvalidInputException("datarequest.review.reasonRequired");
    }
    if (cleaned.length() > MAX_REASON || cleaned.indexOf('\u0000') >= 0) {
      throw new InvalidInputException("datarequest.review.reasonTooLong", MAX_REASON);
    }
    Recipient recipient = submitted(actor, requestId, schoolId);
    DataRequest request = recipient.getRequest();
    recipient.returned(actor.username(), LocalDate.now(), cleaned);
    tasks.complete(
        actor,
        tasks.open(request, schoolId, DataRequestTasks.REVIEW).orElseThrow(this::notSubmitted),
        Map.of(ProcessVariables.REVIEW_OUTCOME, ProcessVariables.RETURNED));
    mail.returned(request, recipient);
    record(
        actor,
        "DATA_REQUEST_RETURNED",
        request,
        "Antwort von "
            + recipient.getSchool().getName()
            + " auf '"
            + request.getTitle()
            + "' zurückgegeben");
  }

  private Recipient submitted(Actor actor, long requestId, long schoolId) {
    actor.require(Role.PLANNER);
    DataRequest request =
        TenantScope.findOwn(em, DataRequest.class, requestId, actor)
            .orElseThrow(() -> new AccessDeniedException("data request " + requestId));
    Recipient recipient =
        request.recipients().stream()
            .filter(r -> r.getSchool().getId() == schoolId)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("school " + schoolId + " not asked"));
    if (recipient.getState() != Recipient.State.SUBMITTED) {
      throw notSubmitted();
    }
    return recipient;
  }

  private InvalidInputException notSubmitted() {
    return new InvalidInputException("datarequest.review.notSubmitted");
  }

  // --- rules

  private DataRequest draft(Actor actor, long id) {
    DataRequest request =
        TenantScope.findOwn(em, DataRequest.class, id, actor)
            .orElseThrow(() -> new AccessDeniedException("data request " + id));
    if (!request.isDraft()) {
      throw new InvalidInputException("datarequest.notEditable");
    }
    return request;
  }

  private void apply(Actor actor, DataRequest request, DataRequestForm form) {
    String title = Text.clean(form.getTitle());
    if (title == null) {
      throw new InvalidInputException("datarequest.titleRequired");
    }
    if (title.length() > MAX_TITLE || !Text.isPlain(title)) {
      throw new InvalidInputException("datarequest.titleInvalid", MAX_TITLE);
    }
    LocalDate referenceDay = form.getReferenceDay();
    if (referenceDay == null || referenceDay.getYear() < 1990 || referenceDay.getYear() > 2100) {
      throw new InvalidInputException("datarequest.referenceDayRequired");
    }
    if (form.getDueOn() == null) {
      throw new InvalidInputException("datarequest.dueRequired");
    }
    if (form.getDueOn().isAfter(LocalDate.now().plusYears(2))) {
      throw new InvalidInputException("datarequest.dueTooLate");
    }
    Integer reminder = form.getReminderDays();
    if (reminder == null || reminder < 1 || reminder > MAX_REMINDER_DAYS) {
      throw new InvalidInputException("datarequest.reminderInvalid", 1, MAX_REMINDER_DAYS);
    }
    request.describe(title, referenceDay, form.getDueOn(), reminder);
    applyFields(actor, request, form.getFields());
    applyRules(request, form.getRules());
    applySchools(actor, request, form.getSchoolIds());
  }

  private void applyFields(Actor actor, DataRequest request, List<DataRequestForm.FieldRow> rows) {
    if (rows.size() > MAX_FIELDS) {
      throw new InvalidInputException("datarequest.field.tooMany", MAX_FIELDS);
    }
    Set<Long> indicators = new HashSet<>(indicators(actor).stream().map(Choice::id).toList());
    Set<String> keys = new HashSet<>();
    Map<String, RequestField> existing = new HashMap<>();
    request.fields().forEach(f -> existing.put(f.getKey(), f));
    List<RequestField> next = new ArrayList<>();
    int position = 0;
    for (DataRequestForm.FieldRow row : rows) {
      position++;
      String key = Text.clean(row.getKey());
      if (key == null || !KEY.matcher(key).matches()) {
        throw new InvalidInputException("datarequest.field.keyInvalid", position);
      }
      if (!keys.add(key)) {
        throw new InvalidInputException("datarequest.field.keyTwice", key);
      }
      String label = Text.clean(row.getLabel());
      if (label == null || label.length() > MAX_LABEL || !Text.isPlain(label)) {
        throw new InvalidInputException("datarequest.field.labelInvalid", key, MAX_LABEL);
      }
      String unit = Text.clean(row.getUnit());
      if (unit == null || unit.length() > MAX_UNIT || !Text.isPlain(unit)) {
        throw new InvalidInputException("datarequest.field.unitInvalid", key, MAX_UNIT);
      }
      BigDecimal min = bounded(row.getMin(), key);
      BigDecimal max = bounded(row.getMax(), key);
      if (min != null && max != null && min.compareTo(max) > 0) {
        throw new InvalidInputException("datarequest.field.rangeInvalid", key);
      }
      if (row.getIndicatorId() != null && !indicators.contains(row.getIndicatorId())) {
        throw new InvalidInputException("datarequest.field.indicatorInvalid", key);
      }
      RequestField field = existing.remove(key);
      if (field == null) {
        field =
            new RequestField(request, position, key, label, unit, min, max, row.getIndicatorId());
      } else {
        field.update(position, label, unit, min, max, row.getIndicatorId());
      }
      next.add(field);
    }
    request.fields().clear();
    request.fields().addAll(next);
  }

  private static BigDecimal bounded(BigDecimal value, String key) {
    if (value != null && (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4)) {
      throw new InvalidInputException("datarequest.field.boundInvalid", key);
    }
    return value;
  }

  private void applyRules(DataRequest request, List<DataRequestForm.RuleRow> rows) {
    if (rows.size() > MAX_RULES) {
      throw new InvalidInputException("datarequest.rule.tooMany", MAX_RULES);
    }
    Set<String> keys = new HashSet<>(request.fields().stream().map(RequestField::getKey).toList());
    List<SumRule> next = new ArrayList<>();
    int position = 0;
    for (DataRequestForm.RuleRow row : rows) {
      position++;
      String total = Text.clean(row.getTotalKey());
      String partsText = Text.clean(row.getParts());
      if (total == null && partsText == null) {
        continue;
      }
      if (total == null || !keys.contains(total)) {
        throw new InvalidInputException("datarequest.rule.totalInvalid", position);
      }
      List<String> parts =
          partsText == null
              ? List.of()
              : List.copyOf(
                  new LinkedHashSet<>(
                      Arrays.stream(partsText.split("[+,;\\s]+"))
                          .filter(p -> !p.isBlank())
                          .toList()));
      if (parts.isEmpty() || parts.contains(total) || !keys.containsAll(parts)) {
        throw new InvalidInputException("datarequest.rule.partsInvalid", position, total);
      }
      next.add(new SumRule(request, position, total, parts));
    }
    request.rules().clear();
    request.rules().addAll(next);
  }

  private void applySchools(Actor actor, DataRequest request, List<Long> schoolIds) {
    Map<Long, Recipient> existing = new HashMap<>();
    request.recipients().forEach(r -> existing.put(r.getSchool().getId(), r));
    List<Recipient> next = new ArrayList<>();
    for (Long schoolId : new LinkedHashSet<>(schoolIds == null ? List.<Long>of() : schoolIds)) {
      School school = schoolId == null ? null : em.find(School.class, schoolId);
      if (school == null || school.getOrganisation().getId() != actor.organisationId()) {
        throw new InvalidInputException("datarequest.institutionInvalid");
      }
      Recipient recipient = existing.remove(schoolId);
      next.add(recipient != null ? recipient : new Recipient(request, school));
    }
    request.recipients().clear();
    request.recipients().addAll(next);
  }

  /** A day and time in the server's zone, as the model's timers and due dates take it. */
  static Date at(LocalDate day, int hour, int minute) {
    return Date.from(day.atTime(hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }

  private void record(Actor actor, String action, DataRequest request, String summary) {
    audit.record(
        actor.username(),
        actor.organisationId(),
        action,
        "DataRequest",
        request.getId(),
        summary,
        null);
  }
}

package de.planungsportal.datarequest;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Text;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The school contact's side of data requests: the requests to their schools, entering figures
 * (saved as they go), and submitting once every figure is there and each implausible one is
 * corrected or explained. Contacts see only the schools their grants name, in their organisation.
 */
@ApplicationScoped
@Transactional
public class DataRequestAnswers {

  static final int MAX_EXPLANATION = 1000;

  /** A row of "my data requests". */
  public record MyRow(
      long requestId,
      String title,
      long schoolId,
      String schoolName,
      LocalDate dueOn,
      Recipient.State state,
      boolean overdue,
      boolean answerable)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private AnswerSheets sheets;
  @Inject private DataRequestTasks tasks;
  @Inject private AuditLog audit;

  /** The sent requests to the actor's schools, open ones first, then by due date. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MyRow> mine(Actor actor) {
    Set<Long> schools = schoolsOf(actor);
    if (schools.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select r from Recipient r join fetch r.request q join fetch r.school"
                + " where r.school.id in :schools and q.organisation.id = :org"
                + " and q.state <> :draft"
                + " order by q.dueOn desc, q.id desc",
            Recipient.class)
        .setParameter("schools", schools)
        .setParameter("org", actor.organisationId())
        .setParameter("draft", DataRequest.State.DRAFT)
        .getResultList()
        .stream()
        .map(
            r ->
                new MyRow(
                    r.getRequest().getId(),
                    r.getRequest().getTitle(),
                    r.getSchool().getId(),
                    r.getSchool().getName(),
                    r.getRequest().getDueOn(),
                    r.getState(),
                    r.getOverdueSince() != null && r.isAnswerable(),
                    r.isAnswerable()))
        .sorted(Comparator.comparing(MyRow::answerable).reversed())
        .toList();
  }

  /**
   * The actor's school's answer sheet; without a school, the first of the actor's schools asked
   * (one still to answer if there is one). AccessDeniedException when none of them is asked.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnswerSheet sheet(Actor actor, long requestId, Long schoolId) {
    return sheets.of(recipient(actor, requestId, schoolId));
  }

  /** The sheet with the findings of the figures as entered, storing nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnswerSheet preview(
      Actor actor,
      long requestId,
      long schoolId,
      Map<Long, BigDecimal> figures,
      Map<Long, String> explanations) {
    return sheets.of(recipient(actor, requestId, schoolId), figures, explanations);
  }

  /** Stores the figures and explanations as entered and returns the sheet with its findings. */
  public AnswerSheet save(
      Actor actor,
      long requestId,
      long schoolId,
      Map<Long, BigDecimal> figures,
      Map<Long, String> explanations) {
    Recipient recipient = answerable(actor, requestId, schoolId);
    store(recipient, figures, explanations);
    return sheets.of(recipient, figures, explanations);
  }

  /**
   * Stores and submits the answer: refused (nothing stored) while a figure is missing or an
   * implausible one has no explanation. Completes the school's fill-in task.
   */
  public AnswerSheet submit(
      Actor actor,
      long requestId,
      long schoolId,
      Map<Long, BigDecimal> figures,
      Map<Long, String> explanations) {
    Recipient recipient = answerable(actor, requestId, schoolId);
    store(recipient, figures, explanations);
    AnswerSheet sheet = sheets.of(recipient, figures, explanations);
    for (AnswerSheet.Line line : sheet.lines()) {
      if (line.value() == null) {
        throw new InvalidInputException("datarequest.fill.missing", line.label());
      }
      if (sheet.implausible(line.key()) && Text.clean(line.explanation()) == null) {
        throw new InvalidInputException("datarequest.fill.explainOrCorrect", line.label());
      }
    }
    DataRequest request = recipient.getRequest();
    tasks.complete(
        actor,
        tasks
            .open(request, schoolId, DataRequestTasks.FILL_IN)
            .orElseThrow(() -> new InvalidInputException("datarequest.fill.notOpen")),
        Map.of());
    recipient.submitted(actor.username(), LocalDate.now());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "DATA_REQUEST_SUBMITTED",
        "DataRequest",
        request.getId(),
        "Antwort von "
            + recipient.getSchool().getName()
            + " auf '"
            + request.getTitle()
            + "' eingereicht",
        null);
    return sheets.of(recipient);
  }

  private void store(
      Recipient recipient, Map<Long, BigDecimal> figures, Map<Long, String> explanations) {
    Map<Long, FieldValue> stored = sheets.values(recipient);
    for (RequestField field : recipient.getRequest().getFields()) {
      BigDecimal value = figures.get(field.getId());
      if (value != null
          && (value.abs().compareTo(DataRequestService.LIMIT) >= 0 || value.scale() > 4)) {
        throw new InvalidInputException("datarequest.fill.valueInvalid", field.getLabel());
      }
      String explanation = Text.clean(explanations.get(field.getId()));
      if (explanation != null
          && (explanation.length() > MAX_EXPLANATION || explanation.indexOf('\u0000') >= 0)) {
        throw new InvalidInputException(
            "datarequest.fill.explanationTooLong", field.getLabel(), MAX_EXPLANATION);
      }
      FieldValue row = stored.get(field.getId());
      if (row == null) {
        row = new FieldValue(recipient.getId(), field.getId());
        em.persist(row);
      }
      row.set(value, explanation);
    }
  }

  private Recipient answerable(Actor actor, long requestId, long schoolId) {
    Recipient recipient = recipient(actor, requestId, schoolId);
    if (!recipient.isAnswerable()) {
      throw new InvalidInputException("datarequest.fill.notOpen");
    }
    return recipient;
  }

  private Recipient recipient(Actor actor, long requestId, Long schoolId) {
    Set<Long> schools = schoolsOf(actor);
    DataRequest request = em.find(DataRequest.class, requestId);
    if (request == null
        || request.getOrganisation().getId() != actor.organisationId()
        || request.isDraft()) {
      throw new AccessDeniedException("data request " + requestId);
    }
    return request.recipients().stream()
        .filter(r -> schools.contains(r.getSchool().getId()))
        .filter(r -> schoolId == null || r.getSchool().getId().equals(schoolId))
        .min(Comparator.comparing((Recipient r) -> !r.isAnswerable()))
        .orElseThrow(() -> new AccessDeniedException("data request " + requestId));
  }

  /** The schools the actor is the contact of. */
  static Set<Long> schoolsOf(Actor actor) {
    Set<Long> schools = new TreeSet<>();
    for (Actor.Grant grant : actor.grants()) {
      if (grant.role() == Role.SCHOOL_CONTACT && grant.schoolId() != null) {
        schools.add(grant.schoolId());
      }
    }
    return schools;
  }
}

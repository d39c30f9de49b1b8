package de.planungsportal.indicator;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * The indicator catalogue of an organisation: every staff member reads it, planners edit it. An
 * indicator with values or evidence links is never deleted (its history would go with it).
 */
@ApplicationScoped
@Transactional
public class IndicatorCatalogue {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  /** A questionnaire of the organisation, for the survey-source choice. */
  public record QuestionnaireOption(long id, String title) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Indicator> list(Actor actor) {
    return em.createQuery(
            "select i from Indicator i where i.organisationId = :org order by i.name",
            Indicator.class)
        .setParameter("org", actor.organisationId())
        .getResultList();
  }

  /** An indicator of the actor's organisation; AccessDeniedException for any other id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Indicator find(Actor actor, long id) {
    Indicator indicator = em.find(Indicator.class, id);
    if (indicator == null || indicator.getOrganisationId() != actor.organisationId()) {
      throw new AccessDeniedException("no indicator " + id + " of the actor's organisation");
    }
    return indicator;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QuestionnaireOption> questionnaires(Actor actor) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, title FROM questionnaire WHERE organisation_id = ?1 ORDER BY title")
            .setParameter(1, actor.organisationId())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new QuestionnaireOption(((Number) r[0]).longValue(), (String) r[1]))
        .toList();
  }

  public Indicator save(Actor actor, @Valid IndicatorForm form) {
    actor.require(Role.PLANNER);
    checkSurveySource(actor, form);
    String code = form.getCode().strip();
    List<Indicator> sameCode =
        em.createQuery(
                "select i from Indicator i where i.organisationId = :org and i.code = :code",
                Indicator.class)
            .setParameter("org", actor.organisationId())
            .setParameter("code", code)
            .getResultList();
    if (sameCode.stream().anyMatch(i -> !Objects.equals(i.getId(), form.getId()))) {
      throw new InvalidInputException("indicator.codeTaken", code);
    }
    Indicator indicator;
    if (form.isNew()) {
      indicator = new Indicator(actor.organisationId());
      indicator.apply(form);
      em.persist(indicator);
      em.flush();
    } else {
      indicator = find(actor, form.getId());
      if (indicator.getVersion() != form.getVersion()) {
        throw new OptimisticLockException("indicator " + form.getId() + " changed meanwhile");
      }
      indicator.apply(form);
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        form.isNew() ? "indicator.create" : "indicator.edit",
        "indicator",
        indicator.getId(),
        "Indicator " + code + " " + (form.isNew() ? "created" : "changed"),
        null);
    return indicator;
  }

  /** Deletes an unused indicator; one with values or evidence links is refused with a reason. */
  public void delete(Actor actor, long id) {
    actor.require(Role.PLANNER);
    Indicator indicator = find(actor, id);
    long values = count("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = ?1", id);
    long links = count("SELECT COUNT(*) FROM measure_indicator WHERE indicator_id = ?1", id);
    if (values > 0 || links > 0) {
      throw new InvalidInputException("indicator.inUse", indicator.getName(), values, links);
    }
    em.remove(indicator);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "indicator.delete",
        "indicator",
        id,
        "Indicator " + indicator.getCode() + " deleted",
        null);
  }

  /** A survey source names a questionnaire of the organisation, a question of it and a reading. */
  private void checkSurveySource(Actor actor, IndicatorForm form) {
    if (form.getQuestionnaireId() == null) {
      boolean partial =
          (form.getQuestionKey() != null && !form.getQuestionKey().isBlank())
              || form.getReading() != null
              || !form.optionKeys().isEmpty();
      if (partial) {
        throw new InvalidInputException("indicator.survey.questionnaireMissing");
      }
      return;
    }
    boolean own =
        count(
                "SELECT COUNT(*) FROM questionnaire WHERE id = ?1 AND organisation_id = ?2",
                form.getQuestionnaireId(),
                actor.organisationId())
            > 0;
    if (!own) {
      throw new InvalidInputException("indicator.survey.questionnaireUnknown");
    }
    String key = form.getQuestionKey() == null ? "" : form.getQuestionKey().strip();
    if (key.isEmpty()) {
      throw new InvalidInputException("indicator.survey.questionMissing");
    }
    boolean asked =
        count(
                "SELECT COUNT(*) FROM q_question q JOIN questionnaire_version v"
                    + " ON v.id = q.version_id WHERE v.questionnaire_id = ?1"
                    + " AND q.question_key = ?2",
                form.getQuestionnaireId(),
                key)
            > 0;
    if (!asked) {
      throw new InvalidInputException("indicator.survey.questionUnknown", key);
    }
    if (form.getReading() == null) {
      throw new InvalidInputException("indicator.survey.readingMissing");
    }
    if (form.getReading() == SurveyReading.SHARE && form.optionKeys().isEmpty()) {
      throw new InvalidInputException("indicator.survey.optionsMissing");
    }
  }

  private long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}

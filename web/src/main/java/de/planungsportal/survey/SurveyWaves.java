package de.planungsportal.survey;

import de.planungsportal.privacy.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Public facts about waves: every wave's privacy page is public, as anyone handed a code slip may
 * want to read it before answering.
 */
@ApplicationScoped
public class SurveyWaves {

  @PersistenceContext private EntityManager em;
  @Inject private RetentionPolicy retention;

  public Optional<SurveyWave> find(long id) {
    return em.createQuery(
            "SELECT w FROM SurveyWave w JOIN FETCH w.organisation WHERE w.id = :id",
            SurveyWave.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Waves whose raw responses may still exist: in the field, or ended within retention. */
  public List<SurveyWave> withRawResponses() {
    return em.createQuery(
            "SELECT w FROM SurveyWave w JOIN FETCH w.organisation"
                + " WHERE w.fieldStart <= :today AND w.fieldEnd >= :kept"
                + " ORDER BY w.fieldStart DESC, w.title",
            SurveyWave.class)
        .setParameter("today", LocalDate.now())
        .setParameter("kept", LocalDate.now().minusDays(retention.surveyResponses().toDays()))
        .getResultList();
  }

  /** A wave id from a request parameter, if it is one (digits only, in range). */
  public static Optional<Long> parseId(String parameter) {
    if (parameter == null || !parameter.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(parameter));
  }
}

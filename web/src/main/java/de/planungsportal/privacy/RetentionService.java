package de.planungsportal.privacy;

import de.planungsportal.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/** Deletes or erases what has outlived its retention period. Idempotent; safe to run anytime. */
@ApplicationScoped
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private RetentionPolicy policy;
  @Inject private RateLimiter rateLimiter;
  @Inject private Event<ResponsesExpiring> expiring;

  /** What one run removed, for the log and for tests. */
  public record Result(
      int auditDetailsErased,
      int counterRowsDeleted,
      int surveyResponsesDeleted,
      int surveyDraftsDeleted) {}

  @Transactional
  public Result apply() {
    LocalDateTime now = LocalDateTime.now();
    int erased =
        em.createNativeQuery(
                "UPDATE audit_event SET details = NULL, details_erased_at = ?1"
                    + " WHERE details IS NOT NULL AND occurred_at < ?2")
            .setParameter(1, now)
            .setParameter(2, now.minus(policy.auditDetails()))
            .executeUpdate();
    int counters = rateLimiter.purgeOlderThan(policy.signInCounters());
    LocalDate expired = now.toLocalDate().minusDays(policy.surveyResponses().toDays());
    // the aggregates outlive the raw responses: a wave never handed over or read is computed first
    for (Object wave :
        em.createNativeQuery(
                "SELECT w.id FROM survey_wave w WHERE w.field_end < ?1"
                    + " AND EXISTS (SELECT 1 FROM survey_response s WHERE s.wave_id = w.id)")
            .setParameter(1, expired)
            .getResultList()) {
      expiring.fire(new ResponsesExpiring(((Number) wave).longValue()));
    }
    // answers go with their response (ON DELETE CASCADE)
    int responses =
        em.createNativeQuery(
                "DELETE FROM survey_response WHERE wave_id IN"
                    + " (SELECT id FROM survey_wave WHERE field_end < ?1)")
            .setParameter(1, expired)
            .executeUpdate();
    // a questionnaire answered in part is kept only until its wave's field ends
    int drafts =
        em.createNativeQuery(
                "DELETE FROM survey_draft WHERE wave_id IN"
                    + " (SELECT id FROM survey_wave WHERE field_end < ?1)")
            .setParameter(1, now.toLocalDate())
            .executeUpdate();
    Result result = new Result(erased, counters, responses, drafts);
    LOG.info(() -> "Retention applied: " + result);
    return result;
  }
}

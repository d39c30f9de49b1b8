package de.planungsportal.results;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.survey.field.WaveHandedOver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Computes a wave's {@code result_atom} rows (the counts every result is read from) in one INSERT …
 * SELECT … GROUP BY, and records them in {@code wave_result}. Runs at the field's hand-over, and on
 * the first read of a wave closed before results existed. Free text is never aggregated.
 */
@ApplicationScoped
public class ResultAtoms {

  private static final Logger LOG = Logger.getLogger(ResultAtoms.class.getName());

  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  /** The closed wave's responses are all stored: compute its results. */
  @Transactional
  public void handedOver(@Observes WaveHandedOver event) {
    refresh(event.waveId());
  }

  /**
   * Replaces the wave's aggregates with counts of its stored responses and upserts its wave_result
   * (computed today; a release stays). Idempotent. Once retention has deleted a wave's responses
   * its aggregates are kept as they are: there is nothing left to count.
   *
   * @return the number of respondents, or -1 if the wave does not exist
   */
  @Transactional
  public long refresh(long waveId) {
    return compute(waveId, false);
  }

  /**
   * Computes the wave's results unless they were computed already (the first read of a wave closed
   * before results existed; two first readers at once compute once).
   */
  @Transactional
  public void computeIfMissing(long waveId) {
    compute(waveId, true);
  }

  private long compute(long waveId, boolean onlyIfMissing) {
    // one refresh of a wave at a time: a concurrent one would insert the same atoms twice
    List<?> wave =
        em.createNativeQuery("SELECT organisation_id FROM survey_wave WHERE id = ?1 FOR UPDATE")
            .setParameter(1, waveId)
            .getResultList();
    if (wave.isEmpty()) {
      return -1;
    }
    long organisationId = ((Number) wave.get(0)).longValue();
    long respondents =
        number(
            em.createNativeQuery("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?1")
                .setParameter(1, waveId)
                .getSingleResult());
    List<?> computed =
        em.createNativeQuery("SELECT respondents FROM wave_result WHERE wave_id = ?1")
            .setParameter(1, waveId)
            .getResultList();
    if (onlyIfMissing && !computed.isEmpty()) {
      return number(computed.get(0));
    }
    if (respondents == 0 && !computed.isEmpty() && number(computed.get(0)) > 0) {
      LOG.info(() -> "Wave " + waveId + " has no raw responses left; its results are kept");
      return number(computed.get(0));
    }
    em.createNativeQuery("DELETE FROM result_atom WHERE wave_id = ?1")
        .setParameter(1, waveId)
        .executeUpdate();
    int atoms = em.createNativeQuery(ATOMS).setParameter(1, waveId).executeUpdate();
    em.createNativeQuery(
            "INSERT INTO wave_result (wave_id, computed_on, respondents)"
                + " VALUES (?1, CURRENT_DATE, ?2)"
                + " ON DUPLICATE KEY UPDATE computed_on = VALUES(computed_on),"
                + " respondents = VALUES(respondents), version = version + 1")
        .setParameter(1, waveId)
        .setParameter(2, respondents)
        .executeUpdate();
    audit.record(
        SYSTEM,
        organisationId,
        "SURVEY_RESULTS_COMPUTED",
        "SurveyWave",
        waveId,
        "Ergebnisse der Befragung berechnet: " + respondents + " Antwortende, " + atoms + " Zellen",
        null);
    return respondents;
  }

  /**
   * One row per question (matrix item), school, area version, grade band, language and answer: how
   * many respondents gave it. Free-text questions are left out.
   */
  static final String ATOMS =
      "INSERT INTO result_atom (wave_id, question_key, school_id, area_id, grade_band, language,"
          + " answer_value, respondents)"
          + " SELECT r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band, r.language,"
          + " a.answer_value, COUNT(*)"
          + " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id"
          + " WHERE r.wave_id = ?1 AND a.question_key NOT IN"
          + " (SELECT q.question_key FROM q_question q"
          + " JOIN survey_wave w ON w.questionnaire_version_id = q.version_id"
          + " WHERE w.id = ?1 AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT'))"
          + " GROUP BY r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band,"
          + " r.language, a.answer_value";

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

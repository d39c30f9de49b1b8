package de.planungsportal.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves submitted responses from {@code survey_outbox} into {@code survey_response} and {@code
 * survey_answer}: in batches, in random order, under a new random id, each batch in a transaction
 * of its own and never in the one that spent a code. The outbox is a table, so nothing is lost by a
 * restart; {@link OutboxMover} runs {@link #tick} every few seconds.
 *
 * <p>A batch waits until {@code portal.survey.outbox.min-batch} responses (default 20) are there,
 * so the moved rows' transaction ids and their order tell little about when each code was spent;
 * every {@code portal.survey.outbox.flush-ticks} ticks (default 180, 15 minutes) whatever is left
 * is moved anyway.
 */
@ApplicationScoped
public class SurveyOutbox {

  static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  /**
   * This bean through its proxy, so that {@link #moveBatch}'s transaction applies (one of its own
   * for the mover; the hand-over's when the field closes). Not {@code CDI.current()}: that fails on
   * the job executor's threads (WELD-001334), where the field's hand-over empties the outbox.
   */
  @Inject private Instance<SurveyOutbox> self;

  @Inject
  @ConfigProperty(name = "portal.survey.outbox.min-batch", defaultValue = "20")
  int minBatch;

  @Inject
  @ConfigProperty(name = "portal.survey.outbox.flush-ticks", defaultValue = "180")
  int flushTicks;

  private final SecureRandom random = new SecureRandom();
  private volatile boolean paused;
  private int ticks;

  /** One run of the mover: moves if enough responses wait, or at the periodic flush. */
  public synchronized int tick() {
    if (paused) {
      return 0;
    }
    ticks++;
    boolean flush = flushTicks > 0 && ticks % flushTicks == 0;
    if (!flush && waiting() < Math.max(1, minBatch)) {
      return 0;
    }
    return moveAll();
  }

  /**
   * Moves everything waiting, batch by batch. Synchronized with {@link #tick}, so a hand-over waits
   * for a batch this node's mover has in hand instead of skipping its locked rows.
   */
  public synchronized int moveAll() {
    int moved = 0;
    int batch;
    do {
      batch = self.get().moveBatch(BATCH);
      moved += batch;
    } while (batch == BATCH);
    return moved;
  }

  /** Holds the mover (tests that look at the outbox right after a submission); resumes on false. */
  public void pause(boolean pause) {
    this.paused = pause;
  }

  public long waiting() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM survey_outbox").getSingleResult())
        .longValue();
  }

  /**
   * Moves up to {@code limit} responses in one transaction; rows locked by another node are
   * skipped.
   */
  @Transactional
  public int moveBatch(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, wave_id, school_id, area_id, grade_band, language, submitted_on,"
                    + " answers FROM survey_outbox ORDER BY RAND() LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    List<Object[]> batch = new ArrayList<>();
    rows.forEach(r -> batch.add((Object[]) r));
    Collections.shuffle(batch, random);
    List<String> moved = new ArrayList<>();
    for (Object[] row : batch) {
      String responseId = UUID.randomUUID().toString();
      em.createNativeQuery(
              "INSERT INTO survey_response"
                  + " (id, wave_id, school_id, area_id, grade_band, language, submitted_on)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, responseId)
          .setParameter(2, row[1])
          .setParameter(3, row[2])
          .setParameter(4, row[3])
          .setParameter(5, row[4])
          .setParameter(6, row[5])
          .setParameter(7, row[6])
          .executeUpdate();
      Map<String, String> answers = Answers.decode((String) row[7]);
      if (!answers.isEmpty()) {
        insertAnswers(responseId, answers);
      }
      moved.add((String) row[0]);
    }
    StringBuilder delete = new StringBuilder("DELETE FROM survey_outbox WHERE id IN (");
    for (int i = 0; i < moved.size(); i++) {
      delete.append(i == 0 ? "?" : ", ?").append(i + 1);
    }
    Query query = em.createNativeQuery(delete.append(')').toString());
    for (int i = 0; i < moved.size(); i++) {
      query.setParameter(i + 1, moved.get(i));
    }
    query.executeUpdate();
    return moved.size();
  }

  private void insertAnswers(String responseId, Map<String, String> answers) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO survey_answer (response_id, question_key, answer_value) VALUES");
    int p = 0;
    for (int i = 0; i < answers.size(); i++) {
      sql.append(i == 0 ? " " : ", ")
          .append("(?")
          .append(++p)
          .append(", ?")
          .append(++p)
          .append(", ?")
          .append(++p)
          .append(')');
    }
    Query insert = em.createNativeQuery(sql.toString());
    p = 0;
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      insert.setParameter(++p, responseId);
      insert.setParameter(++p, answer.getKey());
      insert.setParameter(++p, answer.getValue());
    }
    insert.executeUpdate();
  }
}

package de.planungsportal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fixed-window counters in the database, so every node of a cluster counts the same attempts. Each
 * counter write is its own short transaction: a rejected attempt is counted even though the request
 * fails.
 */
@ApplicationScoped
public class RateLimiter {

  @PersistenceContext private EntityManager em;

  /** Whether the bucket already holds {@code limit} hits in the current window. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean exhausted(String bucket, Duration window, int limit) {
    return hits(bucket, window) >= limit;
  }

  /** The hits of the bucket in the current window. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int hits(String bucket, Duration window) {
    List<?> hits =
        em.createNativeQuery(
                "SELECT hits FROM rate_limit_counter WHERE bucket = ?1 AND window_start = ?2")
            .setParameter(1, key(bucket))
            .setParameter(2, windowStart(window))
            .getResultList();
    return hits.isEmpty() ? 0 : ((Number) hits.get(0)).intValue();
  }

  /** Counts one hit in the current window. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void hit(String bucket, Duration window) {
    em.createNativeQuery(
            "INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES (?1, ?2, 1)"
                + " ON DUPLICATE KEY UPDATE hits = hits + 1")
        .setParameter(1, key(bucket))
        .setParameter(2, windowStart(window))
        .executeUpdate();
  }

  /** Removes counters of windows that started longer ago than {@code age}. */
  @Transactional
  public int purgeOlderThan(Duration age) {
    return em.createNativeQuery("DELETE FROM rate_limit_counter WHERE window_start < ?1")
        .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minus(age))
        .executeUpdate();
  }

  private static String key(String bucket) {
    return bucket.length() <= 190 ? bucket : bucket.substring(0, 190);
  }

  private static LocalDateTime windowStart(Duration window) {
    long size = window.toSeconds();
    long now = Instant.now().getEpochSecond();
    return LocalDateTime.ofEpochSecond(now - now % size, 0, ZoneOffset.UTC);
  }
}

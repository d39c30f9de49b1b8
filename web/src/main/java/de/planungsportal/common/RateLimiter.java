package de.planungsportal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    return hits(List.of(bucket), window).getOrDefault(bucket, 0) >= limit;
  }

  /**
   * The hits of several buckets in the current window, in one query and without a transaction of
   * its own (a read needs none; the answering path asks on every request).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Integer> hits(List<String> buckets, Duration window) {
    Map<String, String> byKey = new HashMap<>();
    buckets.forEach(b -> byKey.put(key(b), b));
    StringBuilder sql =
        new StringBuilder("SELECT bucket, hits FROM rate_limit_counter WHERE window_start = ?1");
    sql.append(" AND bucket IN (");
    for (int i = 0; i < buckets.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    sql.append(')');
    Query query = em.createNativeQuery(sql.toString()).setParameter(1, windowStart(window));
    for (int i = 0; i < buckets.size(); i++) {
      query.setParameter(i + 2, key(buckets.get(i)));
    }
    Map<String, Integer> hits = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      hits.put(byKey.get((String) columns[0]), ((Number) columns[1]).intValue());
    }
    return hits;
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

package de.planungsportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Appends audit events to a hash chain, in the transaction of the change they describe: the change
 * and its record commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemDefaultZone();

  /**
   * @param summary what happened, without personal data beyond the actor (kept for good)
   * @param details personal data worth keeping for a while (e.g. changed e-mail addresses); erased
   *     when its retention period ends
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      String actor,
      Long organisationId,
      String action,
      String entityType,
      Object entityId,
      String summary,
      String details) {
    String previous =
        (String)
            em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    AuditEvent event =
        new AuditEvent(
            organisationId,
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            actor,
            action,
            entityType,
            entityId == null ? null : entityId.toString(),
            abbreviate(summary, 500),
            details);
    event.chainTo(previous);
    em.persist(event);
    em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1 WHERE id = 1")
        .setParameter(1, event.getHash())
        .executeUpdate();
    return event;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> page(long organisationId, int first, int size) {
    return em.createQuery(
            "select e from AuditEvent e where e.organisationId = :org order by e.id desc",
            AuditEvent.class)
        .setParameter("org", organisationId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(long organisationId) {
    return em.createQuery(
            "select count(e) from AuditEvent e where e.organisationId = :org", Long.class)
        .setParameter("org", organisationId)
        .getSingleResult();
  }

  /**
   * Walks the whole chain; returns the id of the first event that does not match its predecessor or
   * its own content, if any.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Long> firstBrokenLink() {
    String expectedPrevious = AuditHash.GENESIS;
    int batch = 500;
    long lastId = 0;
    while (true) {
      List<AuditEvent> events =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :last order by e.id", AuditEvent.class)
              .setParameter("last", lastId)
              .setMaxResults(batch)
              .getResultList();
      for (AuditEvent event : events) {
        if (!event.getPreviousHash().equals(expectedPrevious)
            || !event.getHash().equals(AuditHash.of(event.canonical()))
            || (event.getDetails() != null
                && !AuditHash.of(event.getDetails()).equals(event.getDetailsHash()))) {
          return Optional.of(event.getId());
        }
        expectedPrevious = event.getHash();
        lastId = event.getId();
      }
      if (events.size() < batch) {
        return Optional.empty();
      }
      em.clear();
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

package de.planungsportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

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
    // the head may only advance to an event that exists (trigger of V8): insert it first
    em.flush();
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
   * Walks the whole chain and compares its end with the head written with every append. A changed
   * or removed event breaks the link to the next one; removed events at the end (a cut-off tail)
   * leave the chain ending before the head.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ChainCheck verify() {
    // read first: events appended while the chain is walked still lead through this head
    String head =
        (String)
            em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
    boolean headReached = AuditHash.GENESIS.equals(head);
    String expectedPrevious = AuditHash.GENESIS;
    int batch = 500;
    long lastId = 0;
    while (true) {
      List<AuditEvent> events =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :last order by e.id", AuditEvent.class)
              .setParameter("last", lastId)
              // read-only: the walk registers nothing in the persistence context, however long
              .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
              .setMaxResults(batch)
              .getResultList();
      for (AuditEvent event : events) {
        if (!event.getPreviousHash().equals(expectedPrevious)
            || !event.getHash().equals(AuditHash.of(event.canonical()))
            || (event.getDetails() != null
                && !AuditHash.of(event.getDetails()).equals(event.getDetailsHash()))) {
          return ChainCheck.brokenAt(event.getId());
        }
        headReached |= event.getHash().equals(head);
        expectedPrevious = event.getHash();
        lastId = event.getId();
      }
      if (events.size() < batch) {
        return headReached ? ChainCheck.INTACT : ChainCheck.TAIL_MISSING;
      }
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

package de.planungsportal.oparl;

import de.planungsportal.area.Committee;
import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the OParl API reads: organisations as bodies, their committees as organizations, always in
 * the order of their ids (stable between pages, as OParl requires) and narrowed by the list filters
 * on creation and modification time.
 */
@ApplicationScoped
public class OparlRepository {

  /** When the oldest body was created and when any body was last changed, if there is one. */
  record Period(LocalDateTime created, LocalDateTime modified) {}

  @PersistenceContext private EntityManager em;

  Optional<Period> bodiesPeriod() {
    Object[] row =
        em.createQuery(
                "select min(o.createdAt), max(o.modifiedAt) from Organisation o", Object[].class)
            .getSingleResult();
    return row[0] == null
        ? Optional.empty()
        : Optional.of(new Period((LocalDateTime) row[0], (LocalDateTime) row[1]));
  }

  long countBodies(ListRequest request) {
    return bind(
            em.createQuery(
                "select count(o) from Organisation o where " + filter("o", request), Long.class),
            request)
        .getSingleResult();
  }

  List<Organisation> bodies(ListRequest request, int offset, int limit) {
    return bind(
            em.createQuery(
                "select o from Organisation o where " + filter("o", request) + " order by o.id",
                Organisation.class),
            request)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  Optional<Organisation> body(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  long countOrganizations(long bodyId, ListRequest request) {
    return bind(
            em.createQuery(
                    "select count(c) from Committee c where c.organisation.id = :body and "
                        + filter("c", request),
                    Long.class)
                .setParameter("body", bodyId),
            request)
        .getSingleResult();
  }

  List<Committee> organizations(long bodyId, ListRequest request, int offset, int limit) {
    return bind(
            em.createQuery(
                    "select c from Committee c join fetch c.organisation"
                        + " where c.organisation.id = :body and "
                        + filter("c", request)
                        + " order by c.id",
                    Committee.class)
                .setParameter("body", bodyId),
            request)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  Optional<Committee> organization(long id) {
    return em.createQuery(
            "select c from Committee c join fetch c.organisation where c.id = :id", Committee.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private static String filter(String alias, ListRequest request) {
    List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    if (request.createdSince().isPresent()) {
      conditions.add(alias + ".createdAt >= :createdSince");
    }
    if (request.createdUntil().isPresent()) {
      conditions.add(alias + ".createdAt <= :createdUntil");
    }
    if (request.modifiedSince().isPresent()) {
      conditions.add(alias + ".modifiedAt >= :modifiedSince");
    }
    if (request.modifiedUntil().isPresent()) {
      conditions.add(alias + ".modifiedAt <= :modifiedUntil");
    }
    return String.join(" and ", conditions);
  }

  private static <T extends Query> T bind(T query, ListRequest request) {
    request.createdSince().ifPresent(t -> query.setParameter("createdSince", local(t)));
    request.createdUntil().ifPresent(t -> query.setParameter("createdUntil", local(t)));
    request.modifiedSince().ifPresent(t -> query.setParameter("modifiedSince", local(t)));
    request.modifiedUntil().ifPresent(t -> query.setParameter("modifiedUntil", local(t)));
    return query;
  }

  /** The database keeps local time of the server's zone. */
  private static LocalDateTime local(OffsetDateTime time) {
    return time.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
  }
}

package de.planungsportal.oparl;

import de.planungsportal.committee.AgendaItem;
import de.planungsportal.committee.CommitteeDecision;
import de.planungsportal.committee.Membership;
import de.planungsportal.committee.PaperFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the OParl API may show, and when each object was created and last modified.
 *
 * <p>Each {@link Kind} is one SQL query over the committee tables naming the visible objects with
 * their body, the object they are embedded in ({@code parent_id}), their order there and their
 * {@code created}/{@code modified}. An object's {@code modified} is the latest change of its own
 * row and of everything embedded in it or shown by it (OParl 1.1: a change of an embedded object
 * changes its parent), so a client syncing with {@code modified_since} sees it.
 *
 * <p>Time zones: the database writes {@code created_at}/{@code modified_at} itself ({@code DEFAULT
 * CURRENT_TIMESTAMP}), as wall-clock time of the connection's session zone, which is the same for
 * every connection of the portal. They are therefore read only as {@code UNIX_TIMESTAMP(...)} and
 * compared only with {@code FROM_UNIXTIME(...)}: the database converts with the zone it wrote them
 * in, and the JVM's zone plays no part. Never read these columns as {@code LocalDateTime} here.
 */
@ApplicationScoped
public class OparlRepository {

  /**
   * An object's id with its creation and last modification; a deleted one is a tombstone (see V17),
   * whose modification is its deletion.
   */
  record Stamp(long id, Instant created, Instant modified, boolean deleted) {}

  /** Public papers: marked public, prepared, and on no non-public agenda item. */
  private static final String VISIBLE_PAPER =
      "p.is_public AND p.procedure_kind IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agenda_item x"
          + " WHERE x.paper_id = p.id AND NOT x.is_public)";

  /** A paper changes with its files, its decisions and the agenda items that deal with it. */
  private static final String PAPER_MODIFIED =
      "GREATEST(p.modified_at,"
          + " COALESCE((SELECT MAX(f.modified_at) FROM paper_file f WHERE f.paper_id = p.id),"
          + " p.modified_at),"
          + " COALESCE((SELECT MAX(d.modified_at) FROM committee_decision d"
          + " WHERE d.paper_id = p.id), p.modified_at),"
          + " COALESCE((SELECT MAX(y.modified_at) FROM agenda_item y WHERE y.paper_id = p.id),"
          + " p.modified_at))";

  enum Kind {
    BODY(
        "SELECT o.id, o.id AS body_id, o.id AS parent_id, o.id AS sort_key,"
            + " o.created_at AS created, o.modified_at AS modified FROM organisation o"),
    ORGANIZATION(
        "SELECT c.id, c.organisation_id AS body_id, c.organisation_id AS parent_id,"
            + " c.id AS sort_key, c.created_at AS created, c.modified_at AS modified"
            + " FROM committee c"),
    /** The secretariat prepares papers; it is staff, not a member of the committee. */
    MEMBERSHIP(
        "SELECT m.id, c.organisation_id AS body_id, m.account_id AS parent_id,"
            + " m.id AS sort_key, m.created_at AS created, m.modified_at AS modified"
            + " FROM committee_membership m JOIN committee c ON c.id = m.committee_id"
            + " WHERE m.role <> 'SECRETARIAT'"),
    /**
     * An account is a person of OParl from its first seat on a committee; it changes with its seats
     * and its name (V15).
     */
    PERSON(
        "SELECT a.id, a.organisation_id AS body_id, a.id AS parent_id, a.id AS sort_key,"
            + " MIN(m.created_at) AS created,"
            + " GREATEST(MAX(m.modified_at), COALESCE(MAX(a.name_changed_at), MAX(m.modified_at)))"
            + " AS modified"
            + " FROM account a JOIN committee_membership m ON m.account_id = a.id"
            + " WHERE m.role <> 'SECRETARIAT' GROUP BY a.id, a.organisation_id"),
    /**
     * Non-public items are left out, and so are items of a paper that is not public (their title is
     * the paper's); their changes still count for the meeting, which shows none of them.
     */
    MEETING(
        "SELECT g.id, c.organisation_id AS body_id, g.committee_id AS parent_id,"
            + " g.id AS sort_key, g.created_at AS created,"
            + " GREATEST(g.modified_at,"
            + " COALESCE((SELECT MAX(GREATEST(i.modified_at, COALESCE(q.modified_at, i.modified_at)))"
            + " FROM agenda_item i LEFT JOIN paper q ON q.id = i.paper_id WHERE i.meeting_id = g.id),"
            + " g.modified_at),"
            + " COALESCE((SELECT MAX(d.modified_at) FROM committee_decision d"
            + " WHERE d.meeting_id = g.id), g.modified_at)) AS modified"
            + " FROM meeting g JOIN committee c ON c.id = g.committee_id"),
    AGENDA_ITEM(
        "SELECT i.id, c.organisation_id AS body_id, i.meeting_id AS parent_id,"
            + " i.position AS sort_key, i.created_at AS created,"
            + " GREATEST(i.modified_at, COALESCE(p.modified_at, i.modified_at),"
            + " COALESCE((SELECT MAX(d.modified_at) FROM committee_decision d"
            + " WHERE d.paper_id = i.paper_id AND d.meeting_id = i.meeting_id), i.modified_at))"
            + " AS modified"
            + " FROM agenda_item i JOIN meeting g ON g.id = i.meeting_id"
            + " JOIN committee c ON c.id = g.committee_id LEFT JOIN paper p ON p.id = i.paper_id"
            + " WHERE i.is_public AND (i.paper_id IS NULL OR ("
            + VISIBLE_PAPER
            + "))"),
    PAPER(
        "SELECT p.id, p.organisation_id AS body_id, p.committee_id AS parent_id,"
            + " p.id AS sort_key, p.created_at AS created, "
            + PAPER_MODIFIED
            + " AS modified"
            + " FROM paper p WHERE "
            + VISIBLE_PAPER),
    /** The consultation of a paper by its committee: one per paper, under the paper's id. */
    CONSULTATION(
        "SELECT p.id, p.organisation_id AS body_id, p.id AS parent_id,"
            + " p.id AS sort_key, p.created_at AS created, "
            + PAPER_MODIFIED
            + " AS modified"
            + " FROM paper p WHERE "
            + VISIBLE_PAPER),
    FILE(
        "SELECT f.id, p.organisation_id AS body_id, f.paper_id AS parent_id,"
            + " f.id AS sort_key, f.created_at AS created, f.modified_at AS modified"
            + " FROM paper_file f JOIN paper p ON p.id = f.paper_id WHERE "
            + VISIBLE_PAPER);

    private final String view;

    /**
     * The visible objects and the tombstones of deleted ones (V17), a tombstone giving way to an
     * object of its id that is visible (again).
     */
    Kind(String visible) {
      this.view =
          "SELECT l.*, 0 AS deleted FROM ("
              + visible
              + ") l UNION ALL SELECT t.object_id, t.body_id, t.parent_id, t.sort_key,"
              + " t.created_at, t.deleted_at, 1 FROM oparl_tombstone t WHERE t.kind = '"
              + name()
              + "' AND NOT EXISTS (SELECT 1 FROM ("
              + visible
              + ") a WHERE a.id = t.object_id)";
    }
  }

  @PersistenceContext private EntityManager em;

  /** When the oldest body was created and when any body was last changed, if there is one. */
  Optional<Stamp> bodiesPeriod() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT 0, UNIX_TIMESTAMP(MIN(v.created)), UNIX_TIMESTAMP(MAX(v.modified))"
                        + " FROM ("
                        + Kind.BODY.view
                        + ") v")
                .getSingleResult();
    return row[1] == null ? Optional.empty() : Optional.of(stamp(row));
  }

  /**
   * @param bodyId the body whose objects are listed, null for the list of bodies
   */
  long count(Kind kind, Long bodyId, ListRequest request) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT COUNT(*) FROM (" + kind.view + ") v WHERE " + where(bodyId, request, parameters);
    return ((Number) bind(em.createNativeQuery(sql), parameters).getSingleResult()).longValue();
  }

  /** One page of a list, in the order of the ids (stable between pages, as OParl requires). */
  List<Stamp> page(Kind kind, Long bodyId, ListRequest request, int offset, int limit) {
    List<Object> parameters = new ArrayList<>();
    String sql = select(kind) + " WHERE " + where(bodyId, request, parameters) + " ORDER BY v.id";
    return stamps(
        bind(em.createNativeQuery(sql), parameters).setFirstResult(offset).setMaxResults(limit));
  }

  /** A visible object or the tombstone of a deleted one. */
  Optional<Stamp> one(Kind kind, long id) {
    return stamps(em.createNativeQuery(select(kind) + " WHERE v.id = ?1").setParameter(1, id))
        .stream()
        .findFirst();
  }

  /** The visible objects embedded in one parent, in their order there (no tombstones). */
  List<Stamp> children(Kind kind, long parentId) {
    return stamps(
        em.createNativeQuery(
                select(kind)
                    + " WHERE v.parent_id = ?1 AND v.deleted = 0 ORDER BY v.sort_key, v.id")
            .setParameter(1, parentId));
  }

  /** Where a deleted object stood among its siblings: an agenda item's last order. */
  int tombstoneOrder(Kind kind, long id) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT sort_key FROM oparl_tombstone WHERE kind = ?1 AND object_id = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, id)
                .getSingleResult())
        .intValue();
  }

  <T> T find(Class<T> type, long id) {
    return em.find(type, id);
  }

  /** The latest round of a paper the chair has signed, if any. */
  Optional<CommitteeDecision> signedDecision(long paperId) {
    return em.createQuery(
            "select d from CommitteeDecision d where d.paper.id = :paper and d.signedBy is not null"
                + " order by d.round desc",
            CommitteeDecision.class)
        .setParameter("paper", paperId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The signed decision a meeting took on a paper, if any. */
  Optional<CommitteeDecision> signedDecision(long paperId, long meetingId) {
    return em.createQuery(
            "select d from CommitteeDecision d where d.paper.id = :paper"
                + " and d.meeting.id = :meeting and d.signedBy is not null order by d.round desc",
            CommitteeDecision.class)
        .setParameter("paper", paperId)
        .setParameter("meeting", meetingId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The public agenda item that dealt (or will deal) with a paper last. */
  Optional<AgendaItem> latestAgendaItem(long paperId) {
    return em.createQuery(
            "select a from AgendaItem a where a.paper.id = :paper and a.publicItem = true"
                + " order by a.meeting.startsAt desc, a.id desc",
            AgendaItem.class)
        .setParameter("paper", paperId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  List<PaperFile> files(long paperId) {
    return em.createQuery(
            "select f from PaperFile f where f.paper.id = :paper order by f.id", PaperFile.class)
        .setParameter("paper", paperId)
        .getResultList();
  }

  Membership membership(long id) {
    return em.find(Membership.class, id);
  }

  /** The file's bytes, read only for a download. */
  byte[] content(long fileId) {
    return (byte[])
        em.createNativeQuery("SELECT content FROM paper_file WHERE id = ?1")
            .setParameter(1, fileId)
            .getSingleResult();
  }

  private static String select(Kind kind) {
    return "SELECT v.id, UNIX_TIMESTAMP(v.created), UNIX_TIMESTAMP(v.modified), v.deleted FROM ("
        + kind.view
        + ") v";
  }

  private static String where(Long bodyId, ListRequest request, List<Object> parameters) {
    List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    if (bodyId != null) {
      parameters.add(bodyId);
      conditions.add("v.body_id = ?" + parameters.size());
    }
    since(conditions, parameters, "v.created", request.createdSince());
    until(conditions, parameters, "v.created", request.createdUntil());
    since(conditions, parameters, "v.modified", request.modifiedSince());
    until(conditions, parameters, "v.modified", request.modifiedUntil());
    return String.join(" AND ", conditions);
  }

  /** FROM_UNIXTIME answers NULL outside 1970 to 2038: bounds beyond that range are moved in. */
  private static final long LAST_SECOND = Integer.MAX_VALUE;

  private static void since(
      List<String> conditions, List<Object> parameters, String column, Optional<OffsetDateTime> t) {
    t.ifPresent(
        time -> {
          parameters.add(Math.min(Math.max(0, time.toEpochSecond()), LAST_SECOND));
          conditions.add(column + " >= FROM_UNIXTIME(?" + parameters.size() + ")");
        });
  }

  private static void until(
      List<String> conditions, List<Object> parameters, String column, Optional<OffsetDateTime> t) {
    t.filter(time -> time.toEpochSecond() < LAST_SECOND)
        .ifPresent(
            time -> {
              if (time.toEpochSecond() < 0) {
                conditions.add("1 = 0");
              } else {
                parameters.add(time.toEpochSecond());
                conditions.add(column + " <= FROM_UNIXTIME(?" + parameters.size() + ")");
              }
            });
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  @SuppressWarnings("unchecked")
  private static List<Stamp> stamps(Query query) {
    return ((List<Object[]>) query.getResultList()).stream().map(OparlRepository::stamp).toList();
  }

  private static Stamp stamp(Object[] row) {
    return new Stamp(
        ((Number) row[0]).longValue(),
        Instant.ofEpochSecond(((Number) row[1]).longValue()),
        Instant.ofEpochSecond(((Number) row[2]).longValue()),
        row.length > 3 && ((Number) row[3]).intValue() != 0);
  }
}

package de.planungsportal.sharing;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sharing grants between organisations, and the question every read of shareable data asks: which
 * organisations' data may this actor see in this scope?
 */
@ApplicationScoped
@Transactional
public class SharingService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  public SharingGrant grant(Actor admin, long granteeId, SharingScope scope, Long scopeRef) {
    admin.require(Role.ADMIN);
    if (scope == null) {
      throw new InvalidInputException("sharing.scopeRequired");
    }
    if (granteeId == admin.organisationId()) {
      throw new InvalidInputException("sharing.notSelf");
    }
    Organisation grantee = em.find(Organisation.class, granteeId);
    if (grantee == null) {
      throw new InvalidInputException("sharing.unknownGrantee");
    }
    boolean exists =
        !em.createQuery(
                "select g.id from SharingGrant g where g.owner.id = :owner and g.grantee.id ="
                    + " :grantee and g.scope = :scope and g.revokedAt is null and (g.scopeRef ="
                    + " :ref or (g.scopeRef is null and :ref is null))",
                Long.class)
            .setParameter("owner", admin.organisationId())
            .setParameter("grantee", granteeId)
            .setParameter("scope", scope)
            .setParameter("ref", scopeRef)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new InvalidInputException("sharing.duplicate");
    }
    SharingGrant grant =
        new SharingGrant(
            em.getReference(Organisation.class, admin.organisationId()),
            grantee,
            scope,
            scopeRef,
            admin.username(),
            LocalDateTime.now());
    em.persist(grant);
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        "SHARING_GRANTED",
        "SharingGrant",
        grant.getId(),
        "Freigabe "
            + scope
            + (scopeRef == null ? "" : " #" + scopeRef)
            + " an "
            + grantee.getCode(),
        null);
    return grant;
  }

  public void revoke(Actor admin, long grantId) {
    admin.require(Role.ADMIN);
    SharingGrant grant =
        TenantScope.findOwn(em, SharingGrant.class, grantId, admin)
            .orElseThrow(
                () ->
                    new AccessDeniedException("sharing grant " + grantId + " is not the actor's"));
    if (!grant.isActive()) {
      throw new InvalidInputException("sharing.alreadyRevoked");
    }
    grant.revoke(admin.username(), LocalDateTime.now());
    audit.record(
        admin.username(),
        admin.organisationId(),
        "SHARING_REVOKED",
        "SharingGrant",
        grant.getId(),
        "Freigabe " + grant.getScope() + " an " + grant.getGrantee().getCode() + " widerrufen",
        null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SharingGrant> given(Actor admin) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select g from SharingGrant g join fetch g.grantee where g.owner.id = :org"
                + " order by g.revokedAt, g.grantedAt desc",
            SharingGrant.class)
        .setParameter("org", admin.organisationId())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SharingGrant> received(Actor actor) {
    return em.createQuery(
            "select g from SharingGrant g join fetch g.owner where g.grantee.id = :org"
                + " and g.revokedAt is null order by g.grantedAt desc",
            SharingGrant.class)
        .setParameter("org", actor.organisationId())
        .getResultList();
  }

  /** Organisations other than the actor's that may become grantees. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organisation> possibleGrantees(Actor admin) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select o from Organisation o where o.id <> :own order by o.name", Organisation.class)
        .setParameter("own", admin.organisationId())
        .getResultList();
  }

  /**
   * The actor's own organisation first, then every organisation that shares the whole scope with
   * it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> readableOrganisations(Actor actor, SharingScope scope) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.add(actor.organisationId());
    ids.addAll(
        em.createQuery(
                "select g.owner.id from SharingGrant g where g.grantee.id = :org and g.scope ="
                    + " :scope and g.scopeRef is null and g.revokedAt is null",
                Long.class)
            .setParameter("org", actor.organisationId())
            .setParameter("scope", scope)
            .getResultList());
    return ids;
  }

  /** Whether the actor may read one object (e.g. one wave) of an owner in this scope. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayRead(Actor actor, long ownerId, SharingScope scope, Long scopeRef) {
    if (ownerId == actor.organisationId()) {
      return true;
    }
    return em.createQuery(
                "select count(g) from SharingGrant g where g.owner.id = :owner and g.grantee.id ="
                    + " :org and g.scope = :scope and g.revokedAt is null"
                    + " and (g.scopeRef is null or g.scopeRef = :ref)",
                Long.class)
            .setParameter("owner", ownerId)
            .setParameter("org", actor.organisationId())
            .setParameter("scope", scope)
            .setParameter("ref", scopeRef)
            .getSingleResult()
        > 0;
  }
}

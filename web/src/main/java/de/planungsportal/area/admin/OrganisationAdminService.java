package de.planungsportal.area.admin;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.RowUsages;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An admin maintains their own organisation and the ones below it (a district's municipalities).
 * The code of an organisation is its Camunda tenant id and cannot change once processes run.
 */
@ApplicationScoped
@Transactional
public class OrganisationAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private RowUsages usages;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Organisation> list(Actor admin) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            // a path like o.parent.id would join the parent inner and drop a district itself
            "select o from Organisation o left join o.parent p where o.id = :own or p.id = :own"
                + " order by p.id, o.name",
            Organisation.class)
        .setParameter("own", admin.organisationId())
        .getResultList();
  }

  public Organisation save(Actor admin, @NotNull @Valid OrganisationForm form) {
    admin.require(Role.ADMIN);
    boolean codeTaken =
        !em.createQuery(
                "select o.id from Organisation o where o.code = :code and (:id is null or o.id <> :id)",
                Long.class)
            .setParameter("code", form.getCode())
            .setParameter("id", form.getId())
            .getResultList()
            .isEmpty();
    if (codeTaken) {
      throw new InvalidInputException("admin.codeTaken", form.getCode());
    }
    Organisation organisation;
    String action;
    if (form.isNew()) {
      organisation =
          new Organisation(
              form.getCode(),
              form.getName(),
              form.getKind(),
              em.getReference(Organisation.class, admin.organisationId()));
      organisation.setMinCellSize(form.getMinCellSize());
      em.persist(organisation);
      action = "CREATED";
    } else {
      organisation = em.find(Organisation.class, form.getId());
      boolean administered =
          organisation != null
              && (organisation.getId() == admin.organisationId()
                  || organisation.isDirectlyBelow(admin.organisationId()));
      if (!administered) {
        throw new AccessDeniedException("organisation " + form.getId() + " not administered");
      }
      if (organisation.getVersion() != form.getVersion()) {
        throw new InvalidInputException("admin.concurrentChange");
      }
      if (!organisation.getCode().equals(form.getCode())) {
        throw new InvalidInputException("admin.organisation.codeFixed");
      }
      organisation.setName(form.getName());
      organisation.setKind(form.getKind());
      organisation.setMinCellSize(form.getMinCellSize());
      action = "UPDATED";
    }
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        action,
        "Organisation",
        organisation.getId(),
        "Organisation '"
            + organisation.getCode()
            + "' "
            + organisation.getName()
            + ", minimum cell size "
            + organisation.getMinCellSize(),
        null);
    return organisation;
  }

  /**
   * Deletes an organisation below the admin's own that nothing refers to any more; the admin's own
   * organisation is not theirs to delete.
   */
  public void delete(Actor admin, long id) {
    admin.require(Role.ADMIN);
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null || !organisation.isDirectlyBelow(admin.organisationId())) {
      throw new AccessDeniedException("organisation " + id + " not below the admin's");
    }
    usages.requireUnused(Organisation.class, id, organisation.getName());
    em.remove(organisation);
    usages.flushDeletion(organisation.getName());
    audit.record(
        admin.username(),
        admin.organisationId(),
        "DELETED",
        "Organisation",
        id,
        "Organisation '" + organisation.getCode() + "' gelöscht",
        null);
  }
}

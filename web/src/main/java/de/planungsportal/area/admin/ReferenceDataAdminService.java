package de.planungsportal.area.admin;

import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.area.Organisation;
import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.area.School;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.AccessDeniedException;
import de.planungsportal.identity.Actor;
import de.planungsportal.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An admin maintains the departments, areas and schools of their own organisation. Every change is
 * audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReferenceDataAdminService {

  /** References that keep a row from being deleted: JPQL counting them, by entity type. */
  private static final Map<Class<?>, List<String>> USAGES =
      Map.of(
          Department.class,
          List.of("select count(g) from RoleGrant g where g.departmentId = :id"),
          Area.class,
          List.of(
              "select count(a) from Area a where a.parent.id = :id",
              "select count(s) from School s where s.area.id = :id"),
          School.class,
          List.of("select count(g) from RoleGrant g where g.schoolId = :id"));

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public <T extends ReferenceEntity> List<T> list(Actor admin, Class<T> type) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select r from "
                + type.getSimpleName()
                + " r where r.organisation.id = :org"
                + " order by r.name",
            type)
        .setParameter("org", admin.organisationId())
        .getResultList();
  }

  public Department save(Actor admin, @NotNull @Valid DepartmentForm form) {
    return save(
        admin,
        Department.class,
        form,
        () -> new Department(own(admin), form.getCode(), form.getName(), form.getKind()),
        d -> d.setKind(form.getKind()));
  }

  public Area save(Actor admin, @NotNull @Valid AreaForm form) {
    Area parent = form.getParentId() == null ? null : owned(admin, Area.class, form.getParentId());
    if (parent != null && form.getId() != null && isSelfOrBelow(parent, form.getId())) {
      throw new InvalidInputException("admin.area.cycle");
    }
    return save(
        admin,
        Area.class,
        form,
        () -> new Area(own(admin), form.getCode(), form.getName(), parent),
        a -> a.setParent(parent));
  }

  public School save(Actor admin, @NotNull @Valid SchoolForm form) {
    Area area = form.getAreaId() == null ? null : owned(admin, Area.class, form.getAreaId());
    return save(
        admin,
        School.class,
        form,
        () -> new School(own(admin), form.getCode(), form.getName(), form.getSchoolType(), area),
        s -> {
          s.setSchoolType(form.getSchoolType());
          s.setArea(area);
        });
  }

  public void delete(Actor admin, Class<? extends ReferenceEntity> type, long id) {
    admin.require(Role.ADMIN);
    ReferenceEntity entity = owned(admin, type, id);
    for (String usage : USAGES.getOrDefault(type, List.of())) {
      if (em.createQuery(usage, Long.class).setParameter("id", id).getSingleResult() > 0) {
        throw new InvalidInputException("admin.inUse", entity.getName());
      }
    }
    em.remove(entity);
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        "DELETED",
        type.getSimpleName(),
        id,
        type.getSimpleName() + " '" + entity.getCode() + "' gelöscht",
        null);
  }

  private <T extends ReferenceEntity> T save(
      Actor admin, Class<T> type, ReferenceForm form, Supplier<T> create, Consumer<T> apply) {
    admin.require(Role.ADMIN);
    boolean codeTaken =
        !em.createQuery(
                "select r.id from "
                    + type.getSimpleName()
                    + " r where r.organisation.id = :org"
                    + " and r.code = :code and (:id is null or r.id <> :id)",
                Long.class)
            .setParameter("org", admin.organisationId())
            .setParameter("code", form.getCode())
            .setParameter("id", form.getId())
            .getResultList()
            .isEmpty();
    if (codeTaken) {
      throw new InvalidInputException("admin.codeTaken", form.getCode());
    }
    T entity;
    String action;
    if (form.isNew()) {
      entity = create.get();
      em.persist(entity);
      action = "CREATED";
    } else {
      entity = owned(admin, type, form.getId());
      if (entity.getVersion() != form.getVersion()) {
        throw new InvalidInputException("admin.concurrentChange");
      }
      entity.setCode(form.getCode());
      entity.setName(form.getName());
      apply.accept(entity);
      action = "UPDATED";
    }
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        action,
        type.getSimpleName(),
        entity.getId(),
        type.getSimpleName() + " '" + entity.getCode() + "' " + entity.getName(),
        null);
    return entity;
  }

  /** Loads a row of the admin's own organisation; anything else is treated as not found. */
  private <T extends ReferenceEntity> T owned(Actor admin, Class<T> type, long id) {
    T entity = em.find(type, id);
    if (entity == null || !entity.getOrganisation().getId().equals(admin.organisationId())) {
      throw new AccessDeniedException(type.getSimpleName() + " " + id + " is not the admin's");
    }
    return entity;
  }

  private Organisation own(Actor admin) {
    return em.getReference(Organisation.class, admin.organisationId());
  }

  private static boolean isSelfOrBelow(Area candidate, long areaId) {
    for (Area a = candidate; a != null; a = a.getParent()) {
      if (a.getId() == areaId) {
        return true;
      }
    }
    return false;
  }
}

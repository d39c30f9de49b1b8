package de.planungsportal.area.admin;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaRules;
import de.planungsportal.area.AreaVersions;
import de.planungsportal.area.School;
import de.planungsportal.area.SchoolArea;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Owned;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Redraws an admin's areas and moves their schools, each from a day: the version or assignment in
 * force ends that day and a new one starts; nothing older changes. Audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AreaVersionAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private AreaVersions versions;

  /**
   * Ends the latest version of an area the day before the form's day and adds the new one; the
   * schools in the area move to it from that day.
   */
  public Area redraw(Actor admin, @NotNull @Valid RedrawForm form) {
    admin.require(Role.ADMIN);
    Area latest = owned(admin, Area.class, form.getAreaId());
    em.lock(latest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (latest.getVersion() != form.getVersion()) {
      throw new InvalidInputException("admin.concurrentChange");
    }
    Area parent = form.getParentId() == null ? null : owned(admin, Area.class, form.getParentId());
    if (parent != null && (!parent.isLatest() || parent.getCode().equals(latest.getCode()))) {
      throw new InvalidInputException("admin.area.cycle");
    }
    List<SchoolArea> assigned =
        em.createQuery("select sa from SchoolArea sa where sa.area = :area", SchoolArea.class)
            .setParameter("area", latest)
            .getResultList();
    LocalDate day = form.getValidFrom();
    // the version must not end while a school still belongs to it
    AreaRules.checkRedraw(
        latest,
        day,
        assigned.stream()
            .map(a -> a.getValidTo() == null ? a.getValidFrom() : a.getValidTo().minusDays(1))
            .max(LocalDate::compareTo)
            .orElse(null));
    List<SchoolArea> open = assigned.stream().filter(a -> a.getValidTo() == null).toList();
    Area next = latest.redraw(day, form.getName(), parent);
    em.persist(next);
    for (SchoolArea assignment : open) {
      assignment.getSchool().moveTo(next, day).ifPresent(em::persist);
    }
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        "REDRAWN",
        "Area",
        next.getId(),
        "Area '" + next.getCode() + "' ab " + day + ": " + next.getName(),
        null);
    return next;
  }

  /** Moves a school to another area version (or out of any) from the form's day. */
  public School move(Actor admin, @NotNull @Valid MoveForm form) {
    admin.require(Role.ADMIN);
    School school = owned(admin, School.class, form.getSchoolId());
    em.lock(school, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Area target = form.getAreaId() == null ? null : owned(admin, Area.class, form.getAreaId());
    AreaRules.checkMove(school, target, form.getValidFrom());
    school.moveTo(target, form.getValidFrom()).ifPresent(em::persist);
    em.flush();
    audit.record(
        admin.username(),
        admin.organisationId(),
        "MOVED",
        "School",
        school.getId(),
        "School '"
            + school.getCode()
            + "' ab "
            + form.getValidFrom()
            + " in "
            + (target == null ? "-" : target.getCode()),
        null);
    return school;
  }

  /** Every version of an own area's code, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Area> history(Actor admin, String code) {
    admin.require(Role.ADMIN);
    return versions.history(admin.organisationId(), code);
  }

  /** The assignments of schools to the versions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SchoolArea> assignments(Actor admin, List<Area> history) {
    admin.require(Role.ADMIN);
    return versions.assignments(history);
  }

  /** An own school's assignments, oldest first, with their areas. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SchoolArea> schoolHistory(Actor admin, long schoolId) {
    admin.require(Role.ADMIN);
    School school = owned(admin, School.class, schoolId);
    return em.createQuery(
            "select sa from SchoolArea sa join fetch sa.area where sa.school = :school"
                + " order by sa.validFrom",
            SchoolArea.class)
        .setParameter("school", school)
        .getResultList();
  }

  private <T extends Owned> T owned(Actor admin, Class<T> type, long id) {
    return TenantScope.findOwn(em, type, id, admin)
        .orElseThrow(
            () ->
                new AccessDeniedException(type.getSimpleName() + " " + id + " is not the admin's"));
  }
}

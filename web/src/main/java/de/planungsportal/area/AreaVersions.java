package de.planungsportal.area;

import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Which version of an area applies when: the areas of an organisation today, and the area a school
 * belonged to on a day. Whatever keeps an area id (a measure, a survey response) keeps the version
 * it was made with; this is for choosing one now.
 */
@ApplicationScoped
public class AreaVersions {

  @PersistenceContext private EntityManager em;

  /** The organisation's area versions that apply today, by name. */
  public List<Area> currentAreas(Organisation org) {
    return validOn(org.getId(), LocalDate.now());
  }

  public Area find(long id) {
    return em.find(Area.class, id);
  }

  /** The organisation's area versions that apply on the day, by name. */
  public List<Area> validOn(long organisationId, LocalDate day) {
    return em.createQuery(
            "select a from Area a where a.organisation.id = :org and a.validFrom <= :day"
                + " and (a.validTo is null or a.validTo > :day) order by a.name",
            Area.class)
        .setParameter("org", organisationId)
        .setParameter("day", day)
        .getResultList();
  }

  /** The area version the school belonged to on the day; null if it had none. */
  public Area areaOf(School school, LocalDate day) {
    return em.createQuery(
            "select sa.area from SchoolArea sa where sa.school.id = :school"
                + " and sa.validFrom <= :day and (sa.validTo is null or sa.validTo > :day)",
            Area.class)
        .setParameter("school", school.getId())
        .setParameter("day", day)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Every version of the area code, oldest first. */
  public List<Area> history(long organisationId, String code) {
    return em.createQuery(
            "select a from Area a left join fetch a.parent where a.organisation.id = :org"
                + " and a.code = :code order by a.validFrom",
            Area.class)
        .setParameter("org", organisationId)
        .setParameter("code", code)
        .getResultList();
  }

  /** The assignments to any of the versions, by school name and start. */
  public List<SchoolArea> assignments(List<Area> versions) {
    if (versions.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select sa from SchoolArea sa join fetch sa.school join fetch sa.area"
                + " where sa.area.id in :versions order by sa.school.name, sa.validFrom",
            SchoolArea.class)
        .setParameter("versions", versions.stream().map(Area::getId).toList())
        .getResultList();
  }

  /** The latest version of the code in the organisation, if any. */
  public Area latest(long organisationId, String code) {
    return em.createQuery(
            "select a from Area a where a.organisation.id = :org and a.code = :code"
                + " and a.validTo is null",
            Area.class)
        .setParameter("org", organisationId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}

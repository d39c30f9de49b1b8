package de.planungsportal.area;

import de.planungsportal.sharing.SharingScope;
import de.planungsportal.sharing.SharingService;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reference data a staff member may read: their organisation's and what others share with it under
 * {@link SharingScope#REFERENCE_DATA}.
 */
@ApplicationScoped
public class ReferenceDataService {

  @PersistenceContext private EntityManager em;
  @Inject private SharingService sharing;

  public List<ReferenceItem> departments(Actor actor) {
    return list(actor, Department.class, d -> d.getKind().name(), d -> null);
  }

  public List<ReferenceItem> areas(Actor actor) {
    return list(
        actor, Area.class, a -> null, a -> a.getParent() == null ? null : a.getParent().getName());
  }

  public List<ReferenceItem> schools(Actor actor) {
    return list(
        actor,
        School.class,
        s -> s.getSchoolType().name(),
        s -> {
          Area today = s.areaOn(LocalDate.now());
          return today == null ? null : today.getName();
        });
  }

  public List<ReferenceItem> committees(Actor actor) {
    return list(actor, Committee.class, c -> null, c -> null);
  }

  private <T extends ReferenceEntity> List<ReferenceItem> list(
      Actor actor, Class<T> type, Function<T, String> kind, Function<T, String> within) {
    Set<Long> readable = sharing.readableOrganisations(actor, SharingScope.REFERENCE_DATA);
    List<T> rows =
        em.createQuery(
                "select r from "
                    + type.getSimpleName()
                    + " r join fetch r.organisation where r.organisation.id in :orgs"
                    + " order by r.organisation.name, r.name",
                type)
            .setParameter("orgs", readable)
            .getResultList();
    return rows.stream()
        // an area's earlier and later versions are history, not a choice
        .filter(r -> !(r instanceof Area area) || area.isCurrent())
        .map(
            r ->
                new ReferenceItem(
                    r.getId(),
                    r.getCode(),
                    r.getName(),
                    kind.apply(r),
                    within.apply(r),
                    r.getOrganisation().getName(),
                    r.getOrganisation().getId() != actor.organisationId()))
        .toList();
  }
}

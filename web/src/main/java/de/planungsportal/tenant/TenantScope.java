package de.planungsportal.tenant;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The one ownership check of the portal: a row of another organisation is treated exactly like a
 * row that does not exist, so an id guessed across tenants learns nothing.
 */
public final class TenantScope {

  private TenantScope() {}

  /** The row of the actor's own organisation with this id, or empty. */
  public static <T extends Owned> Optional<T> findOwn(
      EntityManager em, Class<T> type, Object id, Actor actor) {
    if (id == null) {
      return Optional.empty();
    }
    T row = em.find(type, id);
    return row != null && row.owner().getId() == actor.organisationId()
        ? Optional.of(row)
        : Optional.empty();
  }
}

package de.planungsportal.results;

import de.planungsportal.sharing.SharingScope;
import de.planungsportal.sharing.SharingService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Who may see a wave's results. The planners of the wave's organisation see everything (also before
 * release: raw export, free-text screening, release). Only released results leave the planning
 * team: then every staff member of the organisation (school contacts included) and every
 * organisation the owner shares its survey results with may read the aggregated, suppressed
 * figures. Nobody else sees anything, not even whether the wave has results.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultAccess {

  @PersistenceContext private EntityManager em;
  @Inject private SharingService sharing;

  /** The wave's owner and whether its results were released; empty if there is no such wave. */
  public Optional<WaveResultState> state(long waveId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT w.organisation_id, r.computed_on IS NOT NULL, r.released_on IS NOT NULL"
                    + " FROM survey_wave w LEFT JOIN wave_result r ON r.wave_id = w.id"
                    + " WHERE w.id = ?1")
            .setParameter(1, waveId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new WaveResultState(waveId, ((Number) row[0]).longValue(), truth(row[1]), truth(row[2])));
  }

  /** Planner of the wave's organisation. */
  public boolean plans(Actor actor, long waveId) {
    return state(waveId).map(s -> plans(actor, s)).orElse(false);
  }

  /** May read the wave's aggregated results (never raw answers or unscreened free text). */
  public boolean mayRead(Actor actor, long waveId) {
    return state(waveId)
        .map(
            s ->
                plans(actor, s)
                    || s.released()
                        && (actor.organisationId() == s.organisationId()
                            || sharing.mayRead(
                                actor, s.organisationId(), SharingScope.SURVEY_RESULTS, waveId)))
        .orElse(false);
  }

  private static boolean plans(Actor actor, WaveResultState state) {
    return actor.organisationId() == state.organisationId() && actor.has(Role.PLANNER);
  }

  private static boolean truth(Object value) {
    return value instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(value);
  }

  /** What access decisions need to know of a wave. */
  public record WaveResultState(
      long waveId, long organisationId, boolean computed, boolean released) {}
}

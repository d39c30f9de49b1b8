package de.planungsportal.survey.field;

import de.planungsportal.survey.WaveState;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Response rates per school and class of released waves: the planners of the wave's organisation
 * see every class, a school contact the classes of their own schools. Only spent codes count
 * (submitted questionnaires); drafts are neither counted nor shown.
 */
@ApplicationScoped
public class ResponseRates {

  static final Set<WaveState> RELEASED =
      EnumSet.of(WaveState.RELEASED, WaveState.IN_FIELD, WaveState.CLOSED);

  /** A wave with the classes the reader may see. */
  public record WaveRates(FieldWave wave, List<ClassRate> classes) {}

  @PersistenceContext private EntityManager em;
  @Inject private FieldWaves waves;

  /** The released waves the actor may follow, newest field first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FieldWave> waves(Actor actor) {
    Map<Long, FieldWave> visible = new LinkedHashMap<>();
    if (actor.has(Role.PLANNER)) {
      waves.ofOrganisation(actor.organisationId(), RELEASED).forEach(w -> visible.put(w.id(), w));
    }
    List<Long> schools = new ArrayList<>();
    for (Actor.Grant grant : actor.grants()) {
      if (grant.role() == Role.SCHOOL_CONTACT && grant.schoolId() != null) {
        schools.add(grant.schoolId());
      }
    }
    waves.withClassesAt(schools, RELEASED).stream()
        .filter(w -> w.organisationId() == actor.organisationId())
        .forEach(w -> visible.putIfAbsent(w.id(), w));
    return new ArrayList<>(visible.values());
  }

  /** The wave's rates as far as the actor may see them; NotVisibleException if nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WaveRates of(Actor actor, long waveId) {
    FieldWave wave = waves.find(waveId).orElseThrow(() -> new NotVisibleException("no wave"));
    List<WaveClass> classes = visibleClasses(waves, actor, wave);
    return new WaveRates(wave, rates(em, waveId, classes));
  }

  /** The wave's classes the actor may see, at least one; NotVisibleException otherwise. */
  static List<WaveClass> visibleClasses(FieldWaves waves, Actor actor, FieldWave wave) {
    if (!wave.released()) {
      throw new NotVisibleException("wave " + wave.id() + " not released");
    }
    List<WaveClass> classes =
        waves.classes(wave.id()).stream().filter(c -> FieldAccess.sees(actor, wave, c)).toList();
    if (classes.isEmpty() && !FieldAccess.plans(actor, wave)) {
      throw new NotVisibleException("wave " + wave.id() + " not visible to " + actor.username());
    }
    return classes;
  }

  static List<ClassRate> rates(EntityManager em, long waveId, List<WaveClass> classes) {
    Map<Long, long[]> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT c.id, COUNT(a.id), COALESCE(SUM(a.used), 0),"
                    + " EXISTS (SELECT 1 FROM wave_code_sheet s WHERE s.wave_class_id = c.id)"
                    + " FROM wave_class c LEFT JOIN access_code a ON a.wave_class_id = c.id"
                    + " WHERE c.wave_id = ?1 GROUP BY c.id")
            .setParameter(1, waveId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(
          ((Number) r[0]).longValue(),
          new long[] {
            ((Number) r[1]).longValue(),
            ((Number) r[2]).longValue(),
            FieldWaves.truthy(r[3]) ? 1 : 0
          });
    }
    List<ClassRate> rates = new ArrayList<>();
    for (WaveClass schoolClass : classes) {
      long[] c = counts.getOrDefault(schoolClass.id(), new long[3]);
      rates.add(new ClassRate(schoolClass, (int) c[0], (int) c[1], c[2] == 1));
    }
    return rates;
  }
}

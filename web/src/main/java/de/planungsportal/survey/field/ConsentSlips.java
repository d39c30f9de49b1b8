package de.planungsportal.survey.field;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.WaveState;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parents' consent slips of waves that need them (PARENTS_SLIP): a school contact records per class
 * how many slips came back (a count, never names); the planners see the counts. Recorded while the
 * wave is released or in the field; every change is audited.
 */
@ApplicationScoped
public class ConsentSlips {

  static final Set<WaveState> RECORDABLE = EnumSet.of(WaveState.RELEASED, WaveState.IN_FIELD);

  /** The wave's classes the actor sees, and those the actor may record counts for. */
  public record Slips(FieldWave wave, List<WaveClass> classes, Set<Long> editable) {

    public boolean recordable() {
      return !editable.isEmpty();
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private FieldWaves waves;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Slips of(Actor actor, long waveId) {
    FieldWave wave = slipWave(waveId);
    List<WaveClass> classes = ResponseRates.visibleClasses(waves, actor, wave);
    Set<Long> schools = FieldAccess.contactSchools(actor, wave);
    Set<Long> editable =
        RECORDABLE.contains(wave.state())
            ? classes.stream()
                .filter(c -> schools.contains(c.schoolId()))
                .map(WaveClass::id)
                .collect(Collectors.toSet())
            : Set.of();
    return new Slips(wave, classes, editable);
  }

  /**
   * Stores the counts (class id to slips returned, null for "not yet counted") of the actor's own
   * schools' classes; all or nothing. InvalidInputException for a count outside 0..pupils;
   * NotVisibleException for a class that is not the actor's to record.
   */
  @Transactional
  public int record(Actor actor, long waveId, Map<Long, Integer> counts) {
    FieldWave wave = slipWave(waveId);
    Set<Long> schools = FieldAccess.contactSchools(actor, wave);
    if (schools.isEmpty()) {
      throw new NotVisibleException("not a contact of the wave's schools");
    }
    if (!RECORDABLE.contains(wave.state())) {
      throw new InvalidInputException("survey.consent.notRecordable");
    }
    List<WaveClass> changed = new ArrayList<>();
    for (Map.Entry<Long, Integer> count : counts.entrySet()) {
      WaveClass schoolClass =
          waves
              .findClass(count.getKey())
              .filter(c -> c.waveId() == waveId && schools.contains(c.schoolId()))
              .orElseThrow(() -> new NotVisibleException("class " + count.getKey()));
      Integer slips = count.getValue();
      if (slips != null && (slips < 0 || slips > schoolClass.pupils())) {
        throw new InvalidInputException(
            "survey.consent.outOfRange", schoolClass.classLabel(), schoolClass.pupils());
      }
      if (!Objects.equals(slips, schoolClass.slipsReturned())) {
        changed.add(
            new WaveClass(
                schoolClass.id(),
                schoolClass.waveId(),
                schoolClass.schoolId(),
                schoolClass.schoolName(),
                schoolClass.classLabel(),
                schoolClass.grade(),
                schoolClass.pupils(),
                slips));
      }
    }
    for (WaveClass schoolClass : changed) {
      em.createNativeQuery(
              "UPDATE wave_class SET slips_returned = ?1, version = version + 1 WHERE id = ?2")
          .setParameter(1, schoolClass.slipsReturned())
          .setParameter(2, schoolClass.id())
          .executeUpdate();
      audit.record(
          actor.username(),
          wave.organisationId(),
          "SURVEY_SLIPS_RECORDED",
          "WaveClass",
          schoolClass.id(),
          "Einwilligungen der Klasse "
              + schoolClass.classLabel()
              + " ("
              + schoolClass.schoolName()
              + ") zur Befragung „"
              + wave.title()
              + "“: "
              + (schoolClass.slipsReturned() == null
                  ? "nicht erfasst"
                  : schoolClass.slipsReturned())
              + " von "
              + schoolClass.pupils(),
          null);
    }
    return changed.size();
  }

  private FieldWave slipWave(long waveId) {
    FieldWave wave = waves.find(waveId).orElseThrow(() -> new NotVisibleException("no wave"));
    if (!wave.needsSlips()) {
      throw new NotVisibleException("wave " + waveId + " needs no slips");
    }
    return wave;
  }
}

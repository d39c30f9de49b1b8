package de.planungsportal.survey.field;

import de.planungsportal.survey.ConsentMode;
import de.planungsportal.survey.WaveState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and moves waves for the field phase in native SQL (survey_wave is mapped by the waves
 * feature's entity, which is not cached, so these updates are seen by it at once; each bumps the
 * row's version so its optimistic lock notices them).
 */
@ApplicationScoped
public class FieldWaves {

  static final String SELECT_WAVE =
      "SELECT w.id, w.organisation_id, o.code, w.title, w.state, w.consent_mode, w.code_margin,"
          + " w.reminder_below_percent, w.revision, w.field_start, w.field_end"
          + " FROM survey_wave w JOIN organisation o ON o.id = w.organisation_id";

  static final String SELECT_CLASS =
      "SELECT c.id, c.wave_id, c.school_id, s.name, c.class_label, c.grade, c.pupils,"
          + " c.slips_returned FROM wave_class c JOIN school s ON s.id = c.school_id";

  @PersistenceContext private EntityManager em;

  public Optional<FieldWave> find(long waveId) {
    List<?> rows =
        em.createNativeQuery(SELECT_WAVE + " WHERE w.id = ?1")
            .setParameter(1, waveId)
            .getResultList();
    return rows.stream().map(r -> wave((Object[]) r)).findFirst();
  }

  /** The wave, or IllegalStateException (for the process steps, whose wave must exist). */
  public FieldWave require(long waveId) {
    return find(waveId).orElseThrow(() -> new IllegalStateException("No survey wave " + waveId));
  }

  /** The wave, locked against concurrent changes until the transaction ends. */
  public FieldWave lock(long waveId) {
    em.createNativeQuery("SELECT id FROM survey_wave WHERE id = ?1 FOR UPDATE")
        .setParameter(1, waveId)
        .getResultList();
    return require(waveId);
  }

  /** The organisation's waves in one of the states, newest field first. */
  public List<FieldWave> ofOrganisation(long organisationId, Set<WaveState> states) {
    List<?> rows =
        em.createNativeQuery(
                SELECT_WAVE
                    + " WHERE w.organisation_id = ?1 AND w.state IN ("
                    + quoted(states)
                    + ") ORDER BY w.field_start DESC, w.title")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(r -> wave((Object[]) r)).toList();
  }

  /** Waves in one of the states with a class at one of the schools, newest field first. */
  public List<FieldWave> withClassesAt(Collection<Long> schoolIds, Set<WaveState> states) {
    if (schoolIds.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(
                SELECT_WAVE
                    + " WHERE w.state IN ("
                    + quoted(states)
                    + ") AND EXISTS (SELECT 1 FROM wave_class c WHERE c.wave_id = w.id"
                    + " AND c.school_id IN ("
                    + ids(schoolIds)
                    + ")) ORDER BY w.field_start DESC, w.title")
            .getResultList();
    return rows.stream().map(r -> wave((Object[]) r)).toList();
  }

  public List<WaveClass> classes(long waveId) {
    List<?> rows =
        em.createNativeQuery(
                SELECT_CLASS + " WHERE c.wave_id = ?1 ORDER BY s.name, c.class_label, c.id")
            .setParameter(1, waveId)
            .getResultList();
    return rows.stream().map(r -> waveClass((Object[]) r)).toList();
  }

  public Optional<WaveClass> findClass(long classId) {
    List<?> rows =
        em.createNativeQuery(SELECT_CLASS + " WHERE c.id = ?1")
            .setParameter(1, classId)
            .getResultList();
    return rows.stream().map(r -> waveClass((Object[]) r)).findFirst();
  }

  /**
   * Moves the wave to {@code to} if it is in one of {@code from}; false (and nothing changed) if it
   * is not.
   */
  public boolean moveState(long waveId, Set<WaveState> from, WaveState to) {
    return em.createNativeQuery(
                "UPDATE survey_wave SET state = ?1, version = version + 1 WHERE id = ?2"
                    + " AND state IN ("
                    + quoted(from)
                    + ")")
            .setParameter(1, to.name())
            .setParameter(2, waveId)
            .executeUpdate()
        == 1;
  }

  public void setFieldPeriod(long waveId, LocalDate start, LocalDate end) {
    em.createNativeQuery(
            "UPDATE survey_wave SET field_start = ?1, field_end = ?2, version = version + 1"
                + " WHERE id = ?3")
        .setParameter(1, Date.valueOf(start))
        .setParameter(2, Date.valueOf(end))
        .setParameter(3, waveId)
        .executeUpdate();
  }

  /**
   * Whether the latest decision of each reviewer on the wave's revision is an approval, as recorded
   * in wave_approval (not as the process remembers it).
   */
  public boolean approvedByBoth(long waveId, int revision) {
    for (String role : List.of("data-protection-officer", "school-authority")) {
      List<?> latest =
          em.createNativeQuery(
                  "SELECT approved FROM wave_approval WHERE wave_id = ?1 AND role = ?2"
                      + " AND revision = ?3 ORDER BY decided_at DESC, id DESC LIMIT 1")
              .setParameter(1, waveId)
              .setParameter(2, role)
              .setParameter(3, revision)
              .getResultList();
      if (latest.isEmpty() || !truthy(latest.get(0))) {
        return false;
      }
    }
    return true;
  }

  static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  static String quoted(Set<WaveState> states) {
    return EnumSet.copyOf(states).stream()
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(","));
  }

  /** Ids for an IN list: numbers only, so nothing can be smuggled in. */
  static String ids(Collection<Long> ids) {
    return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
  }

  private static FieldWave wave(Object[] r) {
    return new FieldWave(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        WaveState.valueOf((String) r[4]),
        ConsentMode.valueOf((String) r[5]),
        ((Number) r[6]).intValue(),
        ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        date(r[9]),
        date(r[10]));
  }

  private static WaveClass waveClass(Object[] r) {
    return new WaveClass(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        (String) r[3],
        (String) r[4],
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue(),
        r[7] == null ? null : ((Number) r[7]).intValue());
  }

  static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}

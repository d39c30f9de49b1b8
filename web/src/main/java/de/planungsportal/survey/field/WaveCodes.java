package de.planungsportal.survey.field;

import de.planungsportal.survey.AccessCodes;
import de.planungsportal.survey.WaveState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One-time codes per class: pupils plus the wave's margin, twelve characters from {@link
 * AccessCodes}' alphabet drawn with a SecureRandom. Stored are only their hashes, keyed with the
 * installation's secret ({@code installation_key} 'survey-code'), with the class, its school and
 * grade band; the plain codes are returned to the caller and never written anywhere but the code
 * sheet.
 */
@ApplicationScoped
public class WaveCodes {

  private static final Logger LOG = Logger.getLogger(WaveCodes.class.getName());

  private static final Set<WaveState> BEFORE_CODES =
      EnumSet.of(WaveState.DRAFT, WaveState.IN_REVIEW, WaveState.APPROVED);

  @PersistenceContext private EntityManager em;
  @Inject private FieldWaves waves;

  private final SecureRandom random = new SecureRandom();

  /**
   * Codes for every class of the wave that has none yet (a class never gets a second set), as class
   * id to plain codes in the order of their rows. Refuses a wave without both approvals of its
   * current revision in wave_approval.
   */
  @Transactional
  public Map<Long, List<String>> generate(long waveId) {
    FieldWave wave = waves.lock(waveId);
    if (!waves.approvedByBoth(waveId, wave.revision())) {
      throw new IllegalStateException(
          "Wave " + waveId + " lacks the approvals of revision " + wave.revision());
    }
    // the approvals above are the guard; the state only says where the wave stands
    if (!BEFORE_CODES.contains(wave.state())) {
      throw new IllegalStateException("Wave " + waveId + " is " + wave.state() + " already");
    }
    waves.moveState(waveId, BEFORE_CODES, WaveState.APPROVED);
    String key = installationKey();
    Map<Long, List<String>> plain = new LinkedHashMap<>();
    for (WaveClass schoolClass : waves.classes(waveId)) {
      if (codeCount(schoolClass.id()) > 0) {
        LOG.warning(() -> "Class " + schoolClass.id() + " has codes already; none generated");
        continue;
      }
      List<String> codes = fresh(key, schoolClass.pupils() + wave.codeMargin());
      String band = GradeBands.of(schoolClass.grade());
      for (String code : codes) {
        em.createNativeQuery(
                "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash,"
                    + " wave_class_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .setParameter(1, waveId)
            .setParameter(2, schoolClass.schoolId())
            .setParameter(3, schoolClass.classLabel())
            .setParameter(4, band)
            .setParameter(5, AccessCodes.hash(key, code))
            .setParameter(6, schoolClass.id())
            .executeUpdate();
      }
      plain.put(schoolClass.id(), codes);
    }
    return plain;
  }

  /** Distinct codes whose hashes no stored code has (a clash is astronomically unlikely). */
  private List<String> fresh(String key, int count) {
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      Set<String> batch = new HashSet<>();
      while (codes.size() + batch.size() < count) {
        String code = AccessCodes.generate(random);
        if (!codes.contains(code)) {
          batch.add(code);
        }
      }
      Map<String, String> byHash =
          batch.stream().collect(Collectors.toMap(c -> AccessCodes.hash(key, c), c -> c));
      List<?> taken =
          em.createNativeQuery(
                  "SELECT code_hash FROM access_code WHERE code_hash IN ("
                      + byHash.keySet().stream()
                          .map(h -> "'" + h + "'") // hex digits only
                          .collect(Collectors.joining(","))
                      + ")")
              .getResultList();
      taken.forEach(byHash::remove);
      codes.addAll(byHash.values());
    }
    return new ArrayList<>(codes);
  }

  private long codeCount(long classId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM access_code WHERE wave_class_id = ?1")
                .setParameter(1, classId)
                .getSingleResult())
        .longValue();
  }

  String installationKey() {
    return (String)
        em.createNativeQuery("SELECT key_value FROM installation_key WHERE name = 'survey-code'")
            .getSingleResult();
  }
}

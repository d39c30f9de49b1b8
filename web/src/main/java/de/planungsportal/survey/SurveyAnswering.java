package de.planungsportal.survey;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answering path: a code opens its wave's questionnaire version, and submitting stores one
 * anonymous response and spends the code. Unknown, used and expired codes are refused alike, so an
 * attempt never tells whether a code exists; wrong codes are limited per client address (see {@link
 * #open}).
 *
 * <p>Finding a code is one indexed read: its hash under the installation's key ({@link
 * AccessCodes#hash}) is unique in {@code access_code}, whatever the number of waves in the field.
 * Only waves from before V18, which kept a salt of their own, are searched wave by wave, and only
 * when the indexed read found nothing.
 */
@ApplicationScoped
public class SurveyAnswering {

  static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;
  @Inject private RateLimiter limiter;
  @Inject private Instruments instruments;

  @Inject
  @ConfigProperty(name = "portal.survey.max-failed-codes-per-address", defaultValue = "100")
  int maxFailuresPerAddress;

  /** Frozen versions by id: they never change, so they are read once. */
  private final Map<Long, Instrument> frozen = new ConcurrentHashMap<>();

  private volatile String installationKey;

  /**
   * The ticket of a code that can be answered now.
   *
   * <p>Wrong codes are counted per client address; once there are more than the limit in ten
   * minutes, the address is refused (before any lookup, so the refusal tells nothing). Only
   * failures are written: a successful entry costs no write.
   *
   * @throws InvalidInputException {@code survey.code.unusable} or {@code survey.code.tooMany}
   */
  public Ticket open(String typedCode, String clientAddress) {
    if (limiter
            .hits(List.of(failures(clientAddress)), ATTEMPT_WINDOW)
            .getOrDefault(failures(clientAddress), 0)
        >= maxFailuresPerAddress) {
      throw new InvalidInputException("survey.code.tooMany");
    }
    Optional<Ticket> ticket = AccessCodes.normalize(typedCode).flatMap(this::find);
    if (ticket.isEmpty()) {
      limiter.hit(failures(clientAddress), ATTEMPT_WINDOW);
      throw new InvalidInputException("survey.code.unusable");
    }
    return ticket.get();
  }

  /** The ticket of a code hash carried between pages (already checked once), if still usable. */
  public Optional<Ticket> reopen(String codeHash) {
    if (codeHash == null || !codeHash.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return lookup(codeHash, null);
  }

  /** The questionnaire version a ticket opens. */
  public Instrument instrument(long versionId) {
    Instrument cached = frozen.get(versionId);
    if (cached != null) {
      return cached;
    }
    Instrument loaded =
        instruments
            .load(versionId)
            .orElseThrow(() -> new IllegalStateException("no version " + versionId));
    if (isFrozen(versionId)) {
      frozen.put(versionId, loaded);
    }
    return loaded;
  }

  /** German and the languages the version offers, in the order of {@link Instrument#LANGUAGES}. */
  public static List<String> languages(Instrument instrument) {
    return Instrument.LANGUAGES.stream()
        .filter(l -> l.equals("de") || instrument.languages().contains(l))
        .toList();
  }

  /** A questionnaire answered in part: the page to resume at, its language, variant and answers. */
  public record Draft(
      int page, String language, Instrument.Variant variant, Map<String, String> answers) {}

  /** The saved part of the questionnaire of a code, if any. */
  public Optional<Draft> draft(String codeHash) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT page, language, variant, answers FROM survey_draft WHERE code_hash = ?1")
            .setParameter(1, codeHash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Draft(
            ((Number) row[0]).intValue(),
            (String) row[1],
            Instrument.Variant.valueOf((String) row[2]),
            Answers.decode((String) row[3])));
  }

  /**
   * Saves the answers so far and the page to resume at, under the code's hash: one short
   * transaction of one statement per page.
   */
  @Transactional
  public void saveDraft(Ticket ticket, Draft draft) {
    em.createNativeQuery(
            "INSERT INTO survey_draft (code_hash, wave_id, page, language, variant, answers)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE page = VALUES(page),"
                + " language = VALUES(language), variant = VALUES(variant),"
                + " answers = VALUES(answers)")
        .setParameter(1, ticket.codeHash())
        .setParameter(2, ticket.waveId())
        .setParameter(3, draft.page())
        .setParameter(4, draft.language())
        .setParameter(5, draft.variant().name())
        .setParameter(6, Answers.encode(draft.answers()))
        .executeUpdate();
  }

  /**
   * Whether the code's class has spent as many codes as parents' consent slips came back (waves
   * with {@link ConsentMode#PARENTS_SLIP} only; a class without a recorded count has none).
   */
  public boolean slipsExhausted(Ticket ticket) {
    if (ticket.consentMode() != ConsentMode.PARENTS_SLIP || ticket.waveClassId() == null) {
      return false;
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT c.slips_returned, (SELECT COUNT(*) FROM access_code s"
                        + " WHERE s.wave_class_id = c.id AND s.used) FROM wave_class c"
                        + " WHERE c.id = ?1")
                .setParameter(1, ticket.waveClassId())
                .getSingleResult();
    int slips = row[0] == null ? 0 : ((Number) row[0]).intValue();
    return ((Number) row[1]).longValue() >= slips;
  }

  /**
   * Submits: spends the code (exactly one row, else a second tab or click was first), puts the
   * response into the outbox and deletes the draft, all in one transaction. The response reaches
   * {@code survey_response} later, moved with others by {@link SurveyOutbox} in a transaction of
   * its own, so no stored response shares a transaction with its code.
   *
   * @throws InvalidInputException {@code survey.page.incomplete} (nothing changed) if a mandatory
   *     answer is missing, {@code survey.code.unusable} or {@code survey.code.noSlips} if the code
   *     cannot be spent (any more)
   */
  @Transactional
  public void submit(Ticket ticket, String language, Map<String, String> answers) {
    Instrument instrument = instrument(ticket.versionId());
    int incomplete = AnswerRules.firstIncompletePage(instrument, answers);
    if (incomplete >= 0) {
      throw new InvalidInputException("survey.page.incomplete", incomplete + 1);
    }
    String shown = languages(instrument).contains(language) ? language : "de";
    LocalDate today = LocalDate.now();
    if (ticket.consentMode() == ConsentMode.PARENTS_SLIP && ticket.waveClassId() != null) {
      // the class row is locked, so two pupils of a class cannot both take its last slip
      em.createNativeQuery("SELECT id FROM wave_class WHERE id = ?1 FOR UPDATE")
          .setParameter(1, ticket.waveClassId())
          .getResultList();
      if (slipsExhausted(ticket)) {
        throw new InvalidInputException("survey.code.noSlips");
      }
    }
    spend(ticket, today);
    em.createNativeQuery(
            "INSERT INTO survey_outbox (id, wave_id, school_id, area_id, grade_band, language,"
                + " submitted_on, answers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, ticket.waveId())
        .setParameter(3, ticket.schoolId())
        .setParameter(4, ticket.areaId())
        .setParameter(5, ticket.gradeBand())
        .setParameter(6, shown)
        .setParameter(7, today)
        .setParameter(8, Answers.encode(AnswerRules.withoutHidden(instrument, answers)))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM survey_draft WHERE code_hash = ?1")
        .setParameter(1, ticket.codeHash())
        .executeUpdate();
  }

  /** Spends the code: exactly one row must change, else someone (a second tab) was first. */
  private void spend(Ticket ticket, LocalDate today) {
    int spent =
        em.createNativeQuery(
                "UPDATE access_code ac JOIN survey_wave w ON w.id = ac.wave_id SET ac.used = TRUE"
                    + " WHERE ac.code_hash = ?1 AND ac.used = FALSE AND w.state = 'IN_FIELD'"
                    + " AND ?2 BETWEEN w.field_start AND w.field_end")
            .setParameter(1, ticket.codeHash())
            .setParameter(2, today)
            .executeUpdate();
    if (spent != 1) {
      throw new InvalidInputException("survey.code.unusable");
    }
  }

  private static String failures(String clientAddress) {
    return "survey-code:" + clientAddress;
  }

  private Optional<Ticket> find(String code) {
    Optional<Ticket> found = lookup(AccessCodes.hash(installationKey(), code), null);
    return found.isPresent() ? found : findInLegacyWaves(code);
  }

  /**
   * Waves from before V18 hash with a salt of their own; while any of them is in the field, a code
   * the indexed read did not find is hashed once per such wave (one query for all of them).
   */
  private Optional<Ticket> findInLegacyWaves(String code) {
    List<?> salts =
        em.createNativeQuery(
                "SELECT code_salt FROM survey_wave WHERE code_salt IS NOT NULL"
                    + " AND state = 'IN_FIELD' AND ?1 BETWEEN field_start AND field_end")
            .setParameter(1, LocalDate.now())
            .getResultList();
    if (salts.isEmpty()) {
      return Optional.empty();
    }
    List<String> hashes = new ArrayList<>();
    for (Object salt : salts) {
      hashes.add(AccessCodes.hash((String) salt, code));
    }
    return lookup(null, hashes);
  }

  private Optional<Ticket> lookup(String hash, List<String> anyOf) {
    LocalDate today = LocalDate.now();
    StringBuilder sql =
        new StringBuilder(
            // the area version the school belongs to on the day of the answer
            "SELECT ac.code_hash, w.id, w.title, ac.school_id, sa.area_id, ac.grade_band,"
                + " w.questionnaire_version_id, w.consent_mode, ac.wave_class_id"
                + " FROM access_code ac JOIN survey_wave w ON w.id = ac.wave_id"
                + " LEFT JOIN school_area sa ON sa.school_id = ac.school_id"
                + " AND sa.valid_from <= ?1 AND (sa.valid_to IS NULL OR sa.valid_to > ?1)"
                + " WHERE ac.used = FALSE AND w.state = 'IN_FIELD'"
                + " AND ?1 BETWEEN w.field_start AND w.field_end AND ac.code_hash IN (");
    List<String> hashes = hash != null ? List.of(hash) : anyOf;
    for (int i = 0; i < hashes.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    Query query = em.createNativeQuery(sql.append(')').toString()).setParameter(1, today);
    for (int i = 0; i < hashes.size(); i++) {
      query.setParameter(i + 2, hashes.get(i));
    }
    List<?> found = query.setMaxResults(1).getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] hit = (Object[]) found.get(0);
    return Optional.of(
        new Ticket(
            (String) hit[0],
            ((Number) hit[1]).longValue(),
            (String) hit[2],
            ((Number) hit[3]).longValue(),
            hit[4] == null ? null : ((Number) hit[4]).longValue(),
            (String) hit[5],
            ((Number) hit[6]).longValue(),
            ConsentMode.valueOf((String) hit[7]),
            hit[8] == null ? null : ((Number) hit[8]).longValue()));
  }

  /** The installation's key for code hashes, read once (it never changes). */
  private String installationKey() {
    String key = installationKey;
    if (key == null) {
      key =
          (String)
              em.createNativeQuery(
                      "SELECT key_value FROM installation_key WHERE name = 'survey-code'")
                  .getSingleResult();
      installationKey = key;
    }
    return key;
  }

  private boolean isFrozen(long versionId) {
    List<?> state =
        em.createNativeQuery("SELECT state FROM questionnaire_version WHERE id = ?1")
            .setParameter(1, versionId)
            .getResultList();
    return !state.isEmpty() && "FROZEN".equals(state.get(0));
  }
}

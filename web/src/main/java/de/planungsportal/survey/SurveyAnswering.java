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

  /**
   * Stores the answers as one response and spends the code, both or neither. A second submission
   * with the same code (double click, second tab, retry) finds it spent and stores nothing.
   *
   * @throws InvalidInputException if an answer is missing or not acceptable, or the code is spent
   */
  @Transactional
  public void submit(Ticket ticket, String language, Map<String, List<String>> raw) {
    Instrument instrument = instrument(ticket.versionId());
    String shown = languages(instrument).contains(language) ? language : "de";
    Map<String, String> answers = new java.util.LinkedHashMap<>();
    for (int s = 0; s < instrument.sections().size(); s++) {
      AnswerRules.PageResult page = AnswerRules.acceptPage(instrument, s, raw, answers);
      if (!page.accepted()) {
        AnswerRules.Problem first = page.problems().get(0);
        throw new InvalidInputException(first.messageKey(), first.arguments());
      }
      answers = page.answers();
    }
    LocalDate today = LocalDate.now();
    spend(ticket, today);
    String responseId = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO survey_response"
                + " (id, wave_id, school_id, area_id, grade_band, language, submitted_on)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, responseId)
        .setParameter(2, ticket.waveId())
        .setParameter(3, ticket.schoolId())
        .setParameter(4, ticket.areaId())
        .setParameter(5, ticket.gradeBand())
        .setParameter(6, shown)
        .setParameter(7, today)
        .executeUpdate();
    if (!answers.isEmpty()) {
      insertAnswers(responseId, answers);
    }
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

  private void insertAnswers(String responseId, Map<String, String> answers) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO survey_answer (response_id, question_key, answer_value) VALUES");
    int p = 0;
    for (int i = 0; i < answers.size(); i++) {
      sql.append(i == 0 ? " " : ", ")
          .append("(?")
          .append(++p)
          .append(", ?")
          .append(++p)
          .append(", ?")
          .append(++p)
          .append(')');
    }
    Query insert = em.createNativeQuery(sql.toString());
    p = 0;
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      insert.setParameter(++p, responseId);
      insert.setParameter(++p, answer.getKey());
      insert.setParameter(++p, answer.getValue());
    }
    insert.executeUpdate();
  }
}

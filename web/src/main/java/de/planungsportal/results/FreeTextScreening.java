package de.planungsportal.results;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free-text answers are shown only after a planner of the wave's organisation screened them: each
 * is released or withheld. Unscreened and withheld texts never leave the planning team; released
 * ones appear in the results, for the whole wave only (never broken down, so no text is tied to a
 * school or a small group).
 *
 * <p>An answer is named on the page by its item key, SHA-256 of response id and question key: it
 * reveals no response id, and ordering by it gives every question its own random but stable order
 * that has nothing to do with the order of submission (and differs between questions, so the n-th
 * texts of two questions are not the same respondent's). Decisions keep only their day; the audit
 * log records counts per wave, never which response.
 */
@ApplicationScoped
public class FreeTextScreening {

  /** The most answers one bulk decision may name (a page of the screening table at most). */
  public static final int MAX_BATCH = 200;

  private static final Pattern ITEM_KEY = Pattern.compile("[0-9a-f]{64}");
  private static final String ITEM = "SHA2(CONCAT(a.response_id, '/', a.question_key), 256)";
  private static final String FREE_TEXTS =
      " FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
          + " JOIN survey_wave w ON w.id = r.wave_id"
          + " JOIN q_question q ON q.version_id = w.questionnaire_version_id"
          + " AND q.question_key = a.question_key AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT')"
          + " LEFT JOIN free_text_screening s ON s.response_id = a.response_id"
          + " AND s.question_key = a.question_key"
          + " WHERE r.wave_id = ?1";

  /** What a planner decides for an answer. */
  public enum Decision {
    RELEASED,
    WITHHELD
  }

  /** Which answers the screening page lists. */
  public enum Filter {
    OPEN,
    RELEASED,
    WITHHELD,
    ALL
  }

  /** One free-text answer as the planner screens it; decision null while unscreened. */
  public record Item(String key, String questionKey, String text, Decision decision) {}

  /** How far the screening of a wave has come. */
  public record Counts(long open, long released, long withheld) {
    public long total() {
      return open + released + withheld;
    }

    public long screened() {
      return released + withheld;
    }
  }

  /** The released texts of one free-text question, in their stable random order. */
  public record ReleasedTexts(String questionKey, String question, List<String> texts) {
    public ReleasedTexts {
      texts = List.copyOf(texts);
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ResultAccess access;
  @Inject private AuditLog audit;

  /** The wave's free-text answers for its planner, a page at a time. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Item> page(Actor actor, long waveId, Filter filter, int first, int size) {
    requirePlanner(actor, waveId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + ITEM
                    + ", a.question_key, a.answer_value, s.decision"
                    + FREE_TEXTS
                    + where(filter)
                    + " ORDER BY 1 LIMIT ?2 OFFSET ?3")
            .setParameter(1, waveId)
            .setParameter(2, Math.max(1, Math.min(size, MAX_BATCH)))
            .setParameter(3, Math.max(0, first))
            .getResultList();
    List<Item> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      items.add(
          new Item(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              r[3] == null ? null : Decision.valueOf((String) r[3])));
    }
    return items;
  }

  /** How many answers the filter lists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(Actor actor, long waveId, Filter filter) {
    requirePlanner(actor, waveId);
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*)" + FREE_TEXTS + where(filter))
                .setParameter(1, waveId)
                .getSingleResult())
        .longValue();
  }

  /** Open, released and withheld answers of the wave. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Counts counts(Actor actor, long waveId) {
    requirePlanner(actor, waveId);
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(s.decision IS NULL), 0),"
                        + " COALESCE(SUM(s.decision = 'RELEASED'), 0),"
                        + " COALESCE(SUM(s.decision = 'WITHHELD'), 0)"
                        + FREE_TEXTS)
                .setParameter(1, waveId)
                .getSingleResult();
    return new Counts(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  /**
   * Releases or withholds the named answers (also ones decided before: a planner may change their
   * mind). Every key must name a free-text answer of this wave, else nothing changes.
   *
   * @return how many answers were decided
   */
  @Transactional
  public int decide(Actor actor, long waveId, List<String> keys, Decision decision) {
    String title = requirePlanner(actor, waveId);
    if (decision == null || keys == null || keys.isEmpty()) {
      throw new InvalidInputException("results.screening.nothingSelected");
    }
    Set<String> wanted = new LinkedHashSet<>(keys);
    if (wanted.size() > MAX_BATCH
        || !wanted.stream().allMatch(k -> ITEM_KEY.matcher(k).matches())) {
      throw new InvalidInputException("results.screening.unknownItems");
    }
    // parameters from ?2 on: the keys
    Query query =
        em.createNativeQuery(
            "SELECT a.response_id, a.question_key"
                + FREE_TEXTS
                + " AND "
                + ITEM
                + " IN ("
                + placeholders(wanted.size())
                + ")");
    query.setParameter(1, waveId);
    int i = 2;
    for (String key : wanted) {
      query.setParameter(i++, key);
    }
    List<?> answers = query.getResultList();
    if (answers.size() != wanted.size()) {
      throw new InvalidInputException("results.screening.unknownItems");
    }
    for (Object row : answers) {
      Object[] r = (Object[]) row;
      em.createNativeQuery(
              "INSERT INTO free_text_screening (response_id, question_key, wave_id, decision,"
                  + " decided_on, decided_by) VALUES (?1, ?2, ?3, ?4, CURRENT_DATE, ?5)"
                  + " ON DUPLICATE KEY UPDATE decision = VALUES(decision),"
                  + " decided_on = VALUES(decided_on), decided_by = VALUES(decided_by)")
          .setParameter(1, r[0])
          .setParameter(2, r[1])
          .setParameter(3, waveId)
          .setParameter(4, decision.name())
          .setParameter(5, actor.username())
          .executeUpdate();
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        decision == Decision.RELEASED ? "FREE_TEXT_RELEASED" : "FREE_TEXT_WITHHELD",
        "SurveyWave",
        waveId,
        answers.size()
            + (decision == Decision.RELEASED
                ? " Freitextantworten der Befragung „" + title + "“ freigegeben"
                : " Freitextantworten der Befragung „" + title + "“ zurückgehalten"),
        null);
    return answers.size();
  }

  /**
   * The released texts of the wave per free-text question, for whoever may read its results (the
   * caller checks {@link ResultAccess#mayRead}); questions without a released text are left out.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReleasedTexts> released(long waveId, Locale locale) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.question_key, a.answer_value"
                    + FREE_TEXTS
                    + " AND s.decision = 'RELEASED' ORDER BY q.position, "
                    + ITEM)
            .setParameter(1, waveId)
            .getResultList();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      texts.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
    }
    Map<String, String> questions = questionTexts(waveId, locale);
    List<ReleasedTexts> result = new ArrayList<>();
    texts.forEach(
        (key, list) -> result.add(new ReleasedTexts(key, questions.getOrDefault(key, key), list)));
    return result;
  }

  /** The wordings of the wave's free-text questions in the language (German where missing). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> questionTexts(long waveId, Locale locale) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT q.question_key, COALESCE(t.text, d.text, q.question_key)"
                    + " FROM survey_wave w JOIN q_question q"
                    + " ON q.version_id = w.questionnaire_version_id"
                    + " AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT')"
                    + " LEFT JOIN q_text t ON t.version_id = q.version_id"
                    + " AND t.variant = 'STANDARD' AND t.language = ?2"
                    + " AND t.element = CONCAT('q:', q.question_key)"
                    + " LEFT JOIN q_text d ON d.version_id = q.version_id"
                    + " AND d.variant = 'STANDARD' AND d.language = 'de'"
                    + " AND d.element = CONCAT('q:', q.question_key)"
                    + " WHERE w.id = ?1 ORDER BY q.position")
            .setParameter(1, waveId)
            .setParameter(2, locale.getLanguage())
            .getResultList();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      texts.put((String) r[0], (String) r[1]);
    }
    return texts;
  }

  /** The wave's title for its planner; WaveNotVisibleException for anybody else. */
  private String requirePlanner(Actor actor, long waveId) {
    if (!access.plans(actor, waveId)) {
      throw new WaveNotVisibleException("wave " + waveId + " not planned by " + actor.username());
    }
    return (String)
        em.createNativeQuery("SELECT title FROM survey_wave WHERE id = ?1")
            .setParameter(1, waveId)
            .getSingleResult();
  }

  private static String where(Filter filter) {
    return switch (filter == null ? Filter.ALL : filter) {
      case OPEN -> " AND s.decision IS NULL";
      case RELEASED -> " AND s.decision = 'RELEASED'";
      case WITHHELD -> " AND s.decision = 'WITHHELD'";
      case ALL -> "";
    };
  }

  private static String placeholders(int count) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
    }
    return sql.toString();
  }
}

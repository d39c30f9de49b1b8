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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answering path: a code opens its wave's questionnaire, and submitting stores one anonymous
 * response and spends the code in the same short transaction. Unknown, used and expired codes are
 * refused alike, so an attempt never tells whether a code exists; wrong codes are limited per
 * client address, with room for the typos of a school that shares one address (see {@link #open}).
 */
@ApplicationScoped
public class SurveyAnswering {

  static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(10);
  private static final Set<String> LANGUAGES = Set.of("de", "en");

  @PersistenceContext private EntityManager em;
  @Inject private RateLimiter limiter;

  @Inject
  @ConfigProperty(name = "portal.survey.max-failed-codes-per-address", defaultValue = "100")
  int maxFailuresPerAddress;

  /**
   * The ticket of a code that can be answered now.
   *
   * <p>Wrong codes are counted per client address; once there are more than the limit plus the
   * number of responses submitted from that address in the same ten minutes, the address is refused
   * (before any lookup, so the refusal tells nothing). A school's network, from which hundreds of
   * pupils submit, thus tolerates their typos; a guesser, whose one code can be spent only once, is
   * stopped.
   *
   * @throws InvalidInputException {@code survey.code.unusable} or {@code survey.code.tooMany}
   */
  public Ticket open(String typedCode, String clientAddress) {
    Map<String, Integer> counted =
        limiter.hits(List.of(failures(clientAddress), submissions(clientAddress)), ATTEMPT_WINDOW);
    if (counted.getOrDefault(failures(clientAddress), 0)
        >= maxFailuresPerAddress + counted.getOrDefault(submissions(clientAddress), 0)) {
      throw new InvalidInputException("survey.code.tooMany");
    }
    Optional<Ticket> ticket = AccessCodes.normalize(typedCode).flatMap(this::find);
    if (ticket.isEmpty()) {
      limiter.hit(failures(clientAddress), ATTEMPT_WINDOW);
      throw new InvalidInputException("survey.code.unusable");
    }
    return ticket.get();
  }

  public List<SurveyQuestion> questions(long waveId) {
    return em.createQuery(
            "SELECT q FROM SurveyQuestion q WHERE q.waveId = :wave ORDER BY q.position",
            SurveyQuestion.class)
        .setParameter("wave", waveId)
        .getResultList();
  }

  /**
   * Stores the answers as one response and spends the code, both or neither. A second submission
   * with the same code (double click, second tab, retry) finds it spent and stores nothing.
   *
   * @throws InvalidInputException if an answer is missing or not acceptable, or the code is spent
   */
  @Transactional
  public void submit(Ticket ticket, String language, Map<String, String> answers) {
    LocalDate today = LocalDate.now();
    String shown = LANGUAGES.contains(language) ? language : "de";
    Map<String, String> accepted =
        accepted(questions(ticket.waveId()), answers, Locale.forLanguageTag(shown));
    int spent =
        em.createNativeQuery(
                "UPDATE access_code ac JOIN survey_wave w ON w.id = ac.wave_id SET ac.used = TRUE"
                    + " WHERE ac.code_hash = ?1 AND ac.used = FALSE"
                    + " AND ?2 BETWEEN w.field_start AND w.field_end")
            .setParameter(1, ticket.codeHash())
            .setParameter(2, today)
            .executeUpdate();
    if (spent != 1) {
      throw new InvalidInputException("survey.code.unusable");
    }
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
    if (!accepted.isEmpty()) {
      insertAnswers(responseId, accepted);
    }
  }

  /**
   * Counts a stored response for its network's room for typos. Called after {@link #submit} has
   * committed, in a transaction of its own: nothing in the response's transaction names the
   * address.
   */
  public void countSubmission(String clientAddress) {
    limiter.hit(submissions(clientAddress), ATTEMPT_WINDOW);
  }

  private static String failures(String clientAddress) {
    return "survey-code:" + clientAddress;
  }

  private static String submissions(String clientAddress) {
    return "survey-code-ok:" + clientAddress;
  }

  /** The stored form of every answer given, checked against the questions (again: never trust). */
  static Map<String, String> accepted(
      List<SurveyQuestion> questions, Map<String, String> given, Locale locale) {
    Map<String, String> accepted = new LinkedHashMap<>();
    for (int number = 1; number <= questions.size(); number++) {
      SurveyQuestion question = questions.get(number - 1);
      String value = given.get(question.getKey());
      if (value == null || value.isBlank()) {
        if (question.isMandatory()) {
          throw new InvalidInputException("survey.answer.missing", number);
        }
        continue;
      }
      if (hasControlCharacters(value)) {
        throw new InvalidInputException("survey.answer.controlCharacters", number);
      }
      String stored = question.accept(value, locale);
      if (stored == null) {
        throw new InvalidInputException("survey.answer.invalid", number);
      }
      accepted.put(question.getKey(), stored);
    }
    return accepted;
  }

  /**
   * NUL and the other control characters (but tab and line breaks, which a text area sends) are no
   * one's answer; stored, they break exports and the tools that read them.
   */
  static boolean hasControlCharacters(String value) {
    return value
        .codePoints()
        .anyMatch(
            c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
  }

  private Optional<Ticket> find(String code) {
    LocalDate today = LocalDate.now();
    List<?> waves =
        em.createNativeQuery(
                "SELECT id, code_salt, title FROM survey_wave"
                    + " WHERE ?1 BETWEEN field_start AND field_end")
            .setParameter(1, today)
            .getResultList();
    for (Object wave : waves) {
      Object[] row = (Object[]) wave;
      String hash = AccessCodes.hash((String) row[1], code);
      List<?> found =
          em.createNativeQuery(
                  // the area version the school belongs to on the day of the answer
                  "SELECT ac.school_id, sa.area_id, ac.grade_band FROM access_code ac"
                      + " LEFT JOIN school_area sa ON sa.school_id = ac.school_id"
                      + " AND sa.valid_from <= ?3 AND (sa.valid_to IS NULL OR sa.valid_to > ?3)"
                      + " WHERE ac.code_hash = ?1 AND ac.wave_id = ?2 AND ac.used = FALSE")
              .setParameter(1, hash)
              .setParameter(2, row[0])
              .setParameter(3, today)
              .getResultList();
      if (!found.isEmpty()) {
        Object[] hit = (Object[]) found.get(0);
        return Optional.of(
            new Ticket(
                hash,
                ((Number) row[0]).longValue(),
                (String) row[2],
                ((Number) hit[0]).longValue(),
                hit[1] == null ? null : ((Number) hit[1]).longValue(),
                (String) hit[2]));
      }
    }
    return Optional.empty();
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

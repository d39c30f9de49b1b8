package de.planungsportal.it;

import de.planungsportal.survey.Answers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Organisations, areas, schools, questionnaires, closed waves and responses of the results tests,
 * written straight into the database, each test in an organisation of its own.
 */
@ApplicationScoped
@Transactional
public class ResultsFixture {

  /** Where a respondent's answers count: school, area version (may be null), band, language. */
  public record Respondent(long school, Long area, String gradeBand, String language) {}

  @PersistenceContext private EntityManager em;

  /** A new district with its own small-group threshold; its id. */
  public long organisation(int minCell) {
    String code = "r-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        insert(
            "INSERT INTO organisation (code, name, kind, min_cell_size)"
                + " VALUES (?1, ?2, 'DISTRICT', ?3)",
            code,
            "Ergebniskreis " + code,
            minCell);
    return id;
  }

  /** An area version valid from the given day; its id. */
  public long area(long organisation, String code, String name, LocalDate validFrom) {
    return insert(
        "INSERT INTO area (organisation_id, code, name, valid_from) VALUES (?1, ?2, ?3, ?4)",
        organisation,
        code,
        name,
        validFrom);
  }

  public long school(long organisation, String code, String name) {
    return insert(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?1, ?2, ?3, 'GESAMTSCHULE')",
        organisation,
        code,
        name);
  }

  public long questionnaire(long organisation, String title) {
    return insert(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?1, ?2)", organisation, title);
  }

  /**
   * A frozen version with one question of each kind: feel (rating), way (single choice: bus, bike,
   * foot), sports (multiple choice: a, b, c), climate (matrix: safe, heard), age (number 10-20),
   * club (yes/no), wish (long text); German texts, some English. Its id.
   */
  public long version(long questionnaire, int number) {
    long version =
        insert(
            "INSERT INTO questionnaire_version (questionnaire_id, number, state, languages)"
                + " VALUES (?1, ?2, 'FROZEN', 'en,tr')",
            questionnaire,
            number);
    long section =
        insert(
            "INSERT INTO q_section (version_id, position, section_key) VALUES (?1, 1, 'main')",
            version);
    String[][] questions = {
      {"feel", "RATING"},
      {"way", "SINGLE_CHOICE"},
      {"sports", "MULTIPLE_CHOICE"},
      {"climate", "MATRIX"},
      {"age", "NUMBER"},
      {"club", "YES_NO"},
      {"wish", "LONG_TEXT"}
    };
    for (int i = 0; i < questions.length; i++) {
      insert(
          "INSERT INTO q_question (version_id, section_id, position, question_key, kind,"
              + " min_value, max_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
          version,
          section,
          i + 1,
          questions[i][0],
          questions[i][1],
          "NUMBER".equals(questions[i][1]) ? 10 : null,
          "NUMBER".equals(questions[i][1]) ? 20 : null);
    }
    String[][] children = {
      {"q_option", "option_key", "way", "bus"},
      {"q_option", "option_key", "way", "bike"},
      {"q_option", "option_key", "way", "foot"},
      {"q_option", "option_key", "sports", "a"},
      {"q_option", "option_key", "sports", "b"},
      {"q_option", "option_key", "sports", "c"},
      {"q_matrix_item", "item_key", "climate", "safe"},
      {"q_matrix_item", "item_key", "climate", "heard"}
    };
    for (String[] child : children) {
      em.createNativeQuery(
              "INSERT INTO "
                  + child[0]
                  + " (question_id, position, "
                  + child[1]
                  + ") SELECT q.id, (SELECT COUNT(*) + 1 FROM "
                  + child[0]
                  + " c WHERE c.question_id = q.id), ?1 FROM q_question q"
                  + " WHERE q.version_id = ?2 AND q.question_key = ?3")
          .setParameter(1, child[3])
          .setParameter(2, version)
          .setParameter(3, child[2])
          .executeUpdate();
    }
    String[][] texts = {
      {"de", "title", "Jugendbefragung"},
      {"de", "q:feel", "Wie wohl fühlst du dich?"},
      {"en", "q:feel", "How comfortable do you feel?"},
      {"de", "lo:feel", "gar nicht"},
      {"de", "hi:feel", "sehr"},
      {"de", "q:way", "Wie kommst du zur Schule?"},
      {"de", "o:way:bus", "mit dem Bus"},
      {"en", "o:way:bus", "by bus"},
      {"de", "o:way:bike", "mit dem Rad"},
      {"de", "o:way:foot", "zu Fuß"},
      {"de", "q:sports", "Welchen Sport treibst du?"},
      {"de", "q:climate", "Wie ist es in der Klasse?"},
      {"de", "m:climate:safe", "Ich fühle mich sicher."},
      {"de", "m:climate:heard", "Man hört mir zu."},
      {"de", "q:age", "Wie alt bist du?"},
      {"de", "q:club", "Bist du in einem Verein?"},
      {"de", "q:wish", "Was wünschst du dir?"}
    };
    for (String[] text : texts) {
      em.createNativeQuery(
              "INSERT INTO q_text (version_id, variant, language, element, text)"
                  + " VALUES (?1, 'STANDARD', ?2, ?3, ?4)")
          .setParameter(1, version)
          .setParameter(2, text[0])
          .setParameter(3, text[1])
          .setParameter(4, text[2])
          .executeUpdate();
    }
    return version;
  }

  /** A wave of the version in the given state, its field ending on the given day; its id. */
  public long wave(
      long organisation, long version, String title, LocalDate fieldEnd, String state) {
    return insert(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
            + " VALUES (?1, ?2, 'Jugendliche', 'Zweck', 'Rechtsgrundlage', 'Kontakt', ?3, ?4,"
            + " ?5, ?6)",
        organisation,
        title,
        fieldEnd.minusDays(21),
        fieldEnd,
        version,
        state);
  }

  /** A stored response with its answers. */
  public void respond(long wave, Respondent who, Map<String, String> answers) {
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
                + " submitted_on) SELECT ?1, id, ?2, ?3, ?4, ?5, field_start FROM survey_wave"
                + " WHERE id = ?6")
        .setParameter(1, id)
        .setParameter(2, who.school())
        .setParameter(3, who.area())
        .setParameter(4, who.gradeBand())
        .setParameter(5, who.language())
        .setParameter(6, wave)
        .executeUpdate();
    answers.forEach(
        (key, value) ->
            em.createNativeQuery(
                    "INSERT INTO survey_answer (response_id, question_key, answer_value)"
                        + " VALUES (?1, ?2, ?3)")
                .setParameter(1, id)
                .setParameter(2, key)
                .setParameter(3, value)
                .executeUpdate());
  }

  /** A response submitted but still waiting in the outbox. */
  public void submit(long wave, Respondent who, Map<String, String> answers) {
    em.createNativeQuery(
            "INSERT INTO survey_outbox (id, wave_id, school_id, area_id, grade_band, language,"
                + " submitted_on, answers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CURRENT_DATE, ?7)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, wave)
        .setParameter(3, who.school())
        .setParameter(4, who.area())
        .setParameter(5, who.gradeBand())
        .setParameter(6, who.language())
        .setParameter(7, Answers.encode(answers))
        .executeUpdate();
  }

  public void update(String sql, Object... parameters) {
    var update = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      update.setParameter(i + 1, parameters[i]);
    }
    update.executeUpdate();
  }

  public long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private long insert(String sql, Object... parameters) {
    update(sql, parameters);
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }
}

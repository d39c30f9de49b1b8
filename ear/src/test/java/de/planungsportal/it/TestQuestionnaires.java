package de.planungsportal.it;

import java.util.UUID;

/** Questionnaire versions tests ask for by id, written straight into the database. */
final class TestQuestionnaires {

  private TestQuestionnaires() {}

  /** A new questionnaire of the organisation with an empty draft version 1; the version's id. */
  static long draft(String organisationCode) {
    long organisation = TestOrganisations.idOf(organisationCode);
    String title = "Testfragebogen " + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, ?)", organisation, title);
    long questionnaire =
        Database.count(
            "SELECT id FROM questionnaire WHERE organisation_id = ? AND title = ?",
            organisation,
            title);
    Database.update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state) VALUES (?, 1, 'DRAFT')",
        questionnaire);
    return Database.count(
        "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
  }

  /**
   * A new questionnaire of the organisation whose version 1 holds a section with a single choice, a
   * rating and a matrix, English and the plain variant offered, some texts translated; the
   * version's id.
   */
  static long withContent(String organisationCode, String state) {
    long version = draft(organisationCode);
    Database.update(
        "UPDATE questionnaire_version SET languages = 'en', plain_variant = TRUE WHERE id = ?",
        version);
    Database.update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 1, 's1')", version);
    long section = Database.count("SELECT id FROM q_section WHERE version_id = ?", version);
    String[][] questions = {
      {"q1", "SINGLE_CHOICE", "RADIO"}, {"q2", "RATING", null}, {"q3", "MATRIX", null}
    };
    for (int i = 0; i < questions.length; i++) {
      Database.update(
          "INSERT INTO q_question (version_id, section_id, position, question_key, kind, display,"
              + " show_if_key, show_if_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          version,
          section,
          i + 1,
          questions[i][0],
          questions[i][1],
          questions[i][2],
          i == 1 ? "q1" : null,
          i == 1 ? "ja" : null);
    }
    for (String[] child :
        new String[][] {
          {"q_option", "option_key", "q1", "ja"},
          {"q_option", "option_key", "q1", "nein"},
          {"q_matrix_item", "item_key", "q3", "sicher"},
          {"q_matrix_item", "item_key", "q3", "gehoert"}
        }) {
      Database.update(
          "INSERT INTO "
              + child[0]
              + " (question_id, position, "
              + child[1]
              + ") SELECT id, (SELECT COUNT(*) + 1 FROM "
              + child[0]
              + " c WHERE c.question_id = q.id), ? FROM q_question q WHERE version_id = ?"
              + " AND question_key = ?",
          child[3],
          version,
          child[2]);
    }
    String[][] texts = {
      {"title", "Jugendbefragung"},
      {"s:s1", "Schule"},
      {"q:q1", "Gehst du gern zur Schule?"},
      {"o:q1:ja", "ja"},
      {"o:q1:nein", "nein"},
      {"q:q2", "Wie gern?"},
      {"lo:q2", "wenig"},
      {"hi:q2", "sehr"},
      {"q:q3", "Wie ist es in der Klasse?"},
      {"lo:q3", "stimmt nicht"},
      {"hi:q3", "stimmt"},
      {"m:q3:sicher", "Ich fühle mich sicher."},
      {"m:q3:gehoert", "Man hört mir zu."}
    };
    for (String[] text : texts) {
      Database.update(
          "INSERT INTO q_text (version_id, variant, language, element, text)"
              + " VALUES (?, 'STANDARD', 'de', ?, ?)",
          version,
          text[0],
          text[1]);
    }
    Database.update(
        "INSERT INTO q_text (version_id, variant, language, element, text)"
            + " VALUES (?, 'STANDARD', 'en', 'q:q1', 'Do you like school?')",
        version);
    Database.update("UPDATE questionnaire_version SET state = ? WHERE id = ?", state, version);
    return version;
  }
}

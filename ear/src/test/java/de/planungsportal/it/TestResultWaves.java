package de.planungsportal.it;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Closed waves with responses for the results tests, written as the field phase and the outbox
 * leave them: one questionnaire (a yes/no choice "q1", a 1–5 rating "q2" and a short text "q3"),
 * responses of one school of the organisation carrying the school's area of that day, grade band
 * 7-8, German, the field's last day. Several waves of one questionnaire make a trend.
 */
public final class TestResultWaves {

  public static final String Q1 = "Gehst du gern in deine Schule?";
  public static final String Q2 = "Wie sicher fühlst du dich auf dem Schulweg?";
  public static final String Q3 = "Was sollte besser werden?";

  /** A closed wave; its questionnaire can carry further waves. */
  public record Wave(long id, long questionnaireId, String title) {}

  private TestResultWaves() {}

  /**
   * Two areas of the organisation, Nordstadt ("nord") and Südhang ("sued"), each with one school:
   * the Gesamtschule Nordstadt ("gs-nord") and the Realschule Südhang ("rs-sued").
   */
  public static void schoolsInTwoAreas(String organisationCode) {
    long organisation = TestOrganisations.idOf(organisationCode);
    school(
        organisation, "gs-nord", "Gesamtschule Nordstadt", area(organisation, "nord", "Nordstadt"));
    school(organisation, "rs-sued", "Realschule Südhang", area(organisation, "sued", "Südhang"));
  }

  private static long area(long organisation, String code, String name) {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, ?, ?)",
        organisation,
        code,
        name);
    return Database.count(
        "SELECT id FROM area WHERE organisation_id = ? AND code = ?", organisation, code);
  }

  private static void school(long organisation, String code, String name, long area) {
    long school = TestWaves.school(organisation, code, name);
    Database.update(
        "INSERT INTO school_area (school_id, area_id, valid_from) VALUES (?, ?, '2000-01-01')",
        school,
        area);
  }

  /** A questionnaire of the organisation with one frozen version; the questionnaire's id. */
  public static long questionnaire(String organisationCode) {
    long organisation = TestOrganisations.idOf(organisationCode);
    String title = "Ergebnistest " + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, ?)", organisation, title);
    long questionnaire =
        Database.count(
            "SELECT id FROM questionnaire WHERE organisation_id = ? AND title = ?",
            organisation,
            title);
    Database.update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state, languages)"
            + " VALUES (?, 1, 'FROZEN', 'de')",
        questionnaire);
    long version =
        Database.count(
            "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
    Database.update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 1, 's1')", version);
    long section = Database.count("SELECT id FROM q_section WHERE version_id = ?", version);
    question(version, section, 1, "q1", "SINGLE_CHOICE", Q1);
    long q1 =
        Database.count(
            "SELECT id FROM q_question WHERE version_id = ? AND question_key = 'q1'", version);
    Database.update(
        "INSERT INTO q_option (question_id, position, option_key) VALUES (?, 1, 'a1'), (?, 2,"
            + " 'a2')",
        q1,
        q1);
    question(version, section, 2, "q2", "RATING", Q2);
    question(version, section, 3, "q3", "SHORT_TEXT", Q3);
    Database.update(
        "INSERT INTO q_text (version_id, variant, language, element, text) VALUES"
            + " (?, 'STANDARD', 'de', 'title', 'Ergebnistest'),"
            + " (?, 'STANDARD', 'de', 's:s1', 'Schule'),"
            + " (?, 'STANDARD', 'de', 'o:q1:a1', 'ja'),"
            + " (?, 'STANDARD', 'de', 'o:q1:a2', 'nein'),"
            + " (?, 'STANDARD', 'de', 'lo:q2', 'gar nicht'),"
            + " (?, 'STANDARD', 'de', 'hi:q2', 'sehr')",
        version,
        version,
        version,
        version,
        version,
        version);
    return questionnaire;
  }

  /**
   * A closed wave of the questionnaire with {@code responses} responses at the school (see {@link
   * #respond}).
   */
  public static Wave closed(
      String organisationCode,
      long questionnaire,
      String schoolCode,
      LocalDate fieldEnd,
      int responses,
      List<String> texts) {
    Wave wave = wave(organisationCode, questionnaire, fieldEnd.minusDays(14), fieldEnd, "CLOSED");
    respond(wave, organisationCode, schoolCode, fieldEnd, responses, texts);
    return wave;
  }

  /** A wave in the field since two weeks, until ten days from now, without a process. */
  public static Wave inField(String organisationCode, long questionnaire) {
    return wave(
        organisationCode,
        questionnaire,
        LocalDate.now().minusDays(14),
        LocalDate.now().plusDays(10),
        "IN_FIELD");
  }

  /**
   * A wave of the questionnaire as WaveService.submit leaves it for review (revision 1, field from
   * today until {@code fieldEnd}, parents' slips), with a class 7a of 20 pupils at each school and
   * both reviewers' approvals of revision 1 recorded by the planner's account; {@link
   * SurveyWaveStartFixture} then runs it through the real survey-wave process.
   */
  public static Wave submitted(
      String organisationCode,
      long questionnaire,
      LocalDate fieldEnd,
      long approverAccountId,
      String... schoolCodes) {
    Wave wave = wave(organisationCode, questionnaire, LocalDate.now(), fieldEnd, "IN_REVIEW");
    Database.update(
        "UPDATE survey_wave SET consent_mode = 'PARENTS_SLIP', code_margin = 2,"
            + " reminder_below_percent = 50, revision = 1 WHERE id = ?",
        wave.id());
    for (String school : schoolCodes) {
      Database.update(
          "INSERT INTO wave_class (wave_id, school_id, class_label, grade, pupils)"
              + " SELECT ?, id, '7a', 7, 20 FROM school WHERE organisation_id = ? AND code = ?",
          wave.id(),
          TestOrganisations.idOf(organisationCode),
          school);
    }
    Database.update(
        "INSERT INTO wave_approval (wave_id, role, revision, approved, account_id) VALUES"
            + " (?, 'data-protection-officer', 1, TRUE, ?), (?, 'school-authority', 1, TRUE, ?)",
        wave.id(),
        approverAccountId,
        wave.id(),
        approverAccountId);
    return wave;
  }

  /** The planner's screening decision (RELEASED or WITHHELD) on the wave's free text. */
  public static void screened(Wave wave, String text, String decision) {
    Database.update(
        "INSERT INTO free_text_screening (response_id, question_key, wave_id, decision,"
            + " decided_on, decided_by) SELECT a.response_id, a.question_key, r.wave_id, ?,"
            + " CURRENT_DATE, 'planer' FROM survey_answer a JOIN survey_response r"
            + " ON r.id = a.response_id WHERE r.wave_id = ? AND a.question_key = 'q3'"
            + " AND a.answer_value = ?",
        decision,
        wave.id(),
        text);
  }

  private static Wave wave(
      String organisationCode, long questionnaire, LocalDate start, LocalDate end, String state) {
    long organisation = TestOrganisations.idOf(organisationCode);
    long version =
        Database.count(
            "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
    String title = "Ergebniswelle " + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state,"
            + " target_kind, grade_from, grade_to, consent_mode) VALUES (?, ?, 'Klassen 7 und 8',"
            + " 'Ergebnistest', 'Art. 6 Abs. 1 lit. e DSGVO', 'datenschutz@test.example',"
            + " ?, ?, ?, ?, 'PUPILS', 7, 8, 'NONE')",
        organisation,
        title,
        start,
        end,
        version,
        state);
    long wave =
        Database.count(
            "SELECT id FROM survey_wave WHERE organisation_id = ? AND title = ?",
            organisation,
            title);
    return new Wave(wave, questionnaire, title);
  }

  /**
   * Responses at the school, submitted on the day; response i answers q1 "nein" when i is a
   * multiple of 3, else "ja", q2 with 1 + i mod 5, and q3 with texts[i] where there is one.
   */
  public static void respond(
      Wave wave,
      String organisationCode,
      String schoolCode,
      LocalDate day,
      int responses,
      List<String> texts) {
    long school =
        Database.count(
            "SELECT id FROM school WHERE organisation_id = ? AND code = ?",
            TestOrganisations.idOf(organisationCode),
            schoolCode);
    for (int i = 0; i < responses; i++) {
      String id = UUID.randomUUID().toString();
      Database.update(
          "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
              + " submitted_on) SELECT ?, ?, s.id, (SELECT a.area_id FROM school_area a"
              + " WHERE a.school_id = s.id AND a.valid_from <= ? AND (a.valid_to IS NULL"
              + " OR a.valid_to > ?) ORDER BY a.valid_from DESC LIMIT 1), '7-8', 'de', ?"
              + " FROM school s WHERE s.id = ?",
          id,
          wave.id(),
          day,
          day,
          day,
          school);
      Database.update(
          "INSERT INTO survey_answer (response_id, question_key, answer_value) VALUES"
              + " (?, 'q1', ?), (?, 'q2', ?)",
          id,
          i % 3 == 0 ? "a2" : "a1",
          id,
          String.valueOf(1 + i % 5));
      if (i < texts.size()) {
        Database.update(
            "INSERT INTO survey_answer (response_id, question_key, answer_value) VALUES"
                + " (?, 'q3', ?)",
            id,
            texts.get(i));
      }
    }
  }

  /**
   * The wave as the hand-over leaves it: results computed (the counts ResultAtoms makes, by the
   * same statement, and the wave_result row).
   */
  public static void computed(Wave wave) {
    Database.update("DELETE FROM result_atom WHERE wave_id = ?", wave.id());
    Database.update(
        "INSERT INTO result_atom (wave_id, question_key, school_id, area_id, grade_band, language,"
            + " answer_value, respondents)"
            + " SELECT r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band, r.language,"
            + " a.answer_value, COUNT(*)"
            + " FROM survey_response r JOIN survey_answer a ON a.response_id = r.id"
            + " WHERE r.wave_id = ? AND a.question_key NOT IN"
            + " (SELECT q.question_key FROM q_question q"
            + " JOIN survey_wave w ON w.questionnaire_version_id = q.version_id"
            + " WHERE w.id = ? AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT'))"
            + " GROUP BY r.wave_id, a.question_key, r.school_id, r.area_id, r.grade_band,"
            + " r.language, a.answer_value",
        wave.id(),
        wave.id());
    Database.update(
        "INSERT INTO wave_result (wave_id, computed_on, respondents) SELECT ?, CURRENT_DATE,"
            + " COUNT(*) FROM survey_response WHERE wave_id = ?",
        wave.id(),
        wave.id());
  }

  /** The wave's results released by someone else. */
  public static void released(Wave wave) {
    Database.update(
        "UPDATE wave_result SET released_on = CURRENT_DATE, released_by = 'planer' WHERE"
            + " wave_id = ?",
        wave.id());
  }

  private static void question(
      long version, long section, int position, String key, String kind, String text) {
    Database.update(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind)"
            + " VALUES (?, ?, ?, ?, ?)",
        version,
        section,
        position,
        key,
        kind);
    Database.update(
        "INSERT INTO q_text (version_id, variant, language, element, text) VALUES"
            + " (?, 'STANDARD', 'de', ?, ?)",
        version,
        "q:" + key,
        text);
  }
}

package de.planungsportal.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Survey waves a test creates for itself in its own organisation, written the way the portal stores
 * them (V18): a questionnaire with a frozen version of one section and three questions (a mandatory
 * rating, a mandatory choice with the option keys 1..3, optional free text; the rating also in
 * English), a wave in state IN_FIELD using it, one class, and fresh access codes stored only as
 * SHA-256(installation key:code).
 */
public final class TestSurveys {

  /** A wave and the plain codes handed out for it. */
  public record Wave(
      long id, String organisationCode, long schoolId, long areaId, List<String> codes) {}

  /**
   * What a test needs of a wave beyond the defaults.
   *
   * @param consentMode NONE, PUPIL_CONFIRMS or PARENTS_SLIP
   * @param slipsReturned the class's returned slips (PARENTS_SLIP), or null
   * @param legacySalt a salt of its own (a wave from before V18), or null for the installation key
   */
  public record Spec(
      LocalDate fieldStart,
      LocalDate fieldEnd,
      int codeCount,
      String consentMode,
      Integer slipsReturned,
      String legacySalt,
      boolean twoSections) {

    public static Spec inField(int codes) {
      return new Spec(
          LocalDate.now().minusDays(1),
          LocalDate.now().plusDays(30),
          codes,
          "NONE",
          null,
          null,
          false);
    }

    public Spec consent(String mode, Integer slips) {
      return new Spec(fieldStart, fieldEnd, codeCount, mode, slips, legacySalt, twoSections);
    }

    public Spec legacy() {
      return new Spec(
          fieldStart,
          fieldEnd,
          codeCount,
          consentMode,
          slipsReturned,
          UUID.randomUUID().toString().replace("-", ""),
          twoSections);
    }

    /**
     * Two pages: yard and way (now with "don't know") on the first; on the second a mandatory short
     * text shown only if way was answered 3 ({@link #HOW_TEXT}) and the wish. Offered in English
     * and Arabic, with a plain-language wording of the rating.
     */
    public Spec twoPages() {
      return new Spec(
          fieldStart, fieldEnd, codeCount, consentMode, slipsReturned, legacySalt, true);
    }
  }

  public static final String RATING_TEXT = "Wie gut gefällt dir der Schulhof?";
  public static final String RATING_TEXT_EN = "How do you like the schoolyard?";
  public static final String CHOICE_TEXT = "Wie kommst du zur Schule?";
  public static final String FREE_TEXT = "Was wünschst du dir?";
  public static final String HOW_TEXT = "Wie kommst du denn sonst?";
  public static final String RATING_TEXT_AR = "كيف تحب ساحة المدرسة؟";
  public static final String RATING_TEXT_PLAIN = "Magst du den Schulhof?";

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private TestSurveys() {}

  /** A wave in the field today. */
  public static Wave inField(int codes) {
    return create(Spec.inField(codes));
  }

  public static Wave create(LocalDate fieldStart, LocalDate fieldEnd, int codeCount) {
    return create(new Spec(fieldStart, fieldEnd, codeCount, "NONE", null, null, false));
  }

  public static Wave create(Spec spec) {
    String organisation = TestOrganisations.create();
    long organisationId = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, 'nord', 'Nordviertel')",
        organisationId);
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'gs-test', 'Grundschule Test', 'GRUNDSCHULE')",
        organisationId);
    long schoolId =
        Database.count("SELECT id FROM school WHERE organisation_id = ?", organisationId);
    long areaId = Database.count("SELECT id FROM area WHERE organisation_id = ?", organisationId);
    Database.update(
        "INSERT INTO school_area (school_id, area_id, valid_from) VALUES (?, ?, '2000-01-01')",
        schoolId,
        areaId);
    String title = "Schulhofbefragung " + organisation;
    long versionId = schoolyardVersion(organisationId, title);
    if (spec.twoSections()) {
      secondPage(versionId);
    }
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, code_salt, questionnaire_version_id,"
            + " state, consent_mode, grade_from, grade_to)"
            + " VALUES (?, ?, 'Klassen 3 und 4', ?, 'Art. 6 Abs. 1 lit. e DSGVO',"
            + " 'datenschutz@test.example', ?, ?, ?, ?, 'IN_FIELD', ?, 3, 4)",
        organisationId,
        title,
        "Zweck der Schulhofbefragung " + organisation,
        spec.fieldStart(),
        spec.fieldEnd(),
        spec.legacySalt(),
        versionId,
        spec.consentMode());
    long waveId =
        Database.count("SELECT id FROM survey_wave WHERE organisation_id = ?", organisationId);
    Database.update(
        "INSERT INTO wave_class (wave_id, school_id, class_label, grade, pupils, slips_returned)"
            + " VALUES (?, ?, '4a', 4, ?, ?)",
        waveId,
        schoolId,
        Math.max(1, Math.min(60, spec.codeCount())),
        spec.slipsReturned());
    long classId = Database.count("SELECT id FROM wave_class WHERE wave_id = ?", waveId);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < spec.codeCount(); i++) {
      String code = randomCode();
      Database.update(
          "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash,"
              + " wave_class_id) VALUES (?, ?, '4a', '3-4', SHA2(CONCAT(COALESCE(?,"
              + " (SELECT key_value FROM installation_key WHERE name = 'survey-code')), ':', ?),"
              + " 256), ?)",
          waveId,
          schoolId,
          spec.legacySalt(),
          code.replace("-", ""),
          classId);
      codes.add(code);
    }
    return new Wave(waveId, organisation, schoolId, areaId, codes);
  }

  /**
   * A frozen questionnaire version of the organisation with the three schoolyard questions, for
   * tests that need a wave (every wave names one).
   */
  public static long schoolyardVersion(long organisationId, String title) {
    Database.update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, ?)", organisationId, title);
    long questionnaireId =
        Database.count(
            "SELECT id FROM questionnaire WHERE organisation_id = ? AND title = ?",
            organisationId,
            title);
    Database.update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state, languages)"
            + " VALUES (?, 1, 'FROZEN', 'en')",
        questionnaireId);
    long versionId =
        Database.count(
            "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaireId);
    Database.update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 1, 'main')",
        versionId);
    long sectionId = Database.count("SELECT id FROM q_section WHERE version_id = ?", versionId);
    Database.update(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind, display,"
            + " mandatory) VALUES (?, ?, 1, 'yard', 'RATING', NULL, TRUE),"
            + " (?, ?, 2, 'way', 'SINGLE_CHOICE', 'RADIO', TRUE),"
            + " (?, ?, 3, 'wish', 'LONG_TEXT', NULL, FALSE)",
        versionId,
        sectionId,
        versionId,
        sectionId,
        versionId,
        sectionId);
    Database.update(
        "INSERT INTO q_option (question_id, position, option_key)"
            + " SELECT q.id, n.n, CAST(n.n AS CHAR) FROM q_question q"
            + " JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) n"
            + " WHERE q.version_id = ? AND q.question_key = 'way'",
        versionId);
    String[][] texts = {
      {"de", "title", title},
      {"de", "q:yard", RATING_TEXT},
      {"en", "q:yard", RATING_TEXT_EN},
      {"de", "lo:yard", "gar nicht"},
      {"de", "hi:yard", "sehr"},
      {"en", "lo:yard", "not at all"},
      {"en", "hi:yard", "very much"},
      {"de", "q:way", CHOICE_TEXT},
      {"de", "o:way:1", "zu Fuß"},
      {"de", "o:way:2", "mit dem Bus"},
      {"de", "o:way:3", "anders"},
      {"de", "q:wish", FREE_TEXT}
    };
    for (String[] t : texts) {
      Database.update(
          "INSERT INTO q_text (version_id, variant, language, element, text)"
              + " VALUES (?, 'STANDARD', ?, ?, ?)",
          versionId,
          t[0],
          t[1],
          t[2]);
    }
    return versionId;
  }

  private static void secondPage(long versionId) {
    Database.update(
        "UPDATE questionnaire_version SET languages = 'en,ar', plain_variant = TRUE WHERE id = ?",
        versionId);
    Database.update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 2, 'wishes')",
        versionId);
    long second =
        Database.count(
            "SELECT id FROM q_section WHERE version_id = ? AND section_key = 'wishes'", versionId);
    Database.update(
        "UPDATE q_question SET section_id = ?, position = 4 WHERE version_id = ?"
            + " AND question_key = 'wish'",
        second,
        versionId);
    Database.update(
        "UPDATE q_question SET dont_know = TRUE WHERE version_id = ? AND question_key = 'way'",
        versionId);
    Database.update(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind, mandatory,"
            + " show_if_key, show_if_values) VALUES (?, ?, 3, 'how', 'SHORT_TEXT', TRUE, 'way',"
            + " '3')",
        versionId,
        second);
    // every other kind, optional, after the wish: positions 5..9
    Database.update(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind, display,"
            + " dont_know, randomise, min_value, max_value) VALUES"
            + " (?, ?, 5, 'feel', 'MATRIX', NULL, TRUE, FALSE, NULL, NULL),"
            + " (?, ?, 6, 'sports', 'MULTIPLE_CHOICE', NULL, FALSE, TRUE, NULL, NULL),"
            + " (?, ?, 7, 'age', 'NUMBER', NULL, TRUE, FALSE, 6, 19),"
            + " (?, ?, 8, 'bike', 'YES_NO', NULL, FALSE, FALSE, NULL, NULL),"
            + " (?, ?, 9, 'grade', 'SINGLE_CHOICE', 'DROPDOWN', FALSE, FALSE, NULL, NULL)",
        versionId,
        second,
        versionId,
        second,
        versionId,
        second,
        versionId,
        second,
        versionId,
        second);
    Database.update(
        "INSERT INTO q_matrix_item (question_id, position, item_key)"
            + " SELECT id, 1, 'class' FROM q_question WHERE version_id = ? AND question_key = 'feel'"
            + " UNION ALL SELECT id, 2, 'yard' FROM q_question WHERE version_id = ?"
            + " AND question_key = 'feel'",
        versionId,
        versionId);
    Database.update(
        "INSERT INTO q_option (question_id, position, option_key)"
            + " SELECT q.id, o.position, o.option_key FROM q_question q JOIN"
            + " (SELECT 'sports' AS question, 1 AS position, 'football' AS option_key"
            + " UNION ALL SELECT 'sports', 2, 'swimming' UNION ALL SELECT 'sports', 3, 'riding'"
            + " UNION ALL SELECT 'grade', 1, 'g5' UNION ALL SELECT 'grade', 2, 'g6'"
            + " UNION ALL SELECT 'grade', 3, 'g7') o ON o.question = q.question_key"
            + " WHERE q.version_id = ?",
        versionId);
    String[][] texts = {
      {"STANDARD", "de", "q:feel", "Wie wohl fühlst du dich?"},
      {"STANDARD", "de", "m:feel:class", "in deiner Klasse"},
      {"STANDARD", "de", "m:feel:yard", "auf dem Schulhof"},
      {"STANDARD", "de", "lo:feel", "gar nicht"},
      {"STANDARD", "de", "hi:feel", "sehr"},
      {"STANDARD", "de", "q:sports", "Welchen Sport machst du?"},
      {"STANDARD", "de", "o:sports:football", "Fußball"},
      {"STANDARD", "de", "o:sports:swimming", "Schwimmen"},
      {"STANDARD", "de", "o:sports:riding", "Reiten"},
      {"STANDARD", "de", "q:age", "Wie alt bist du?"},
      {"STANDARD", "de", "q:bike", "Hast du ein Fahrrad?"},
      {"STANDARD", "de", "q:grade", "In welcher Klasse bist du?"},
      {"STANDARD", "de", "o:grade:g5", "Klasse 5"},
      {"STANDARD", "de", "o:grade:g6", "Klasse 6"},
      {"STANDARD", "de", "o:grade:g7", "Klasse 7"},
      {"STANDARD", "de", "s:main", "Dein Schulweg"},
      {"STANDARD", "de", "s:wishes", "Deine Wünsche"},
      {"STANDARD", "de", "q:how", HOW_TEXT},
      {"STANDARD", "ar", "q:yard", RATING_TEXT_AR},
      {"PLAIN", "de", "q:yard", RATING_TEXT_PLAIN}
    };
    for (String[] t : texts) {
      Database.update(
          "INSERT INTO q_text (version_id, variant, language, element, text)"
              + " VALUES (?, ?, ?, ?, ?)",
          versionId,
          t[0],
          t[1],
          t[2],
          t[3]);
    }
  }

  /** A code in display form that no wave has (with overwhelming probability). */
  public static String randomCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt((int) (Math.random() * ALPHABET.length())));
    }
    return code.toString();
  }
}

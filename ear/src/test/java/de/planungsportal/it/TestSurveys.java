package de.planungsportal.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Survey waves a test creates for itself in its own organisation, with three questions (a mandatory
 * rating, a mandatory choice, optional free text) and fresh access codes, written the way the
 * portal stores them: only SHA-256(salt:code).
 */
public final class TestSurveys {

  /** A wave and the plain codes handed out for it. */
  public record Wave(
      long id, String organisationCode, long schoolId, long areaId, List<String> codes) {}

  public static final String RATING_TEXT = "Wie gut gefällt dir der Schulhof?";
  public static final String RATING_TEXT_EN = "How do you like the schoolyard?";
  public static final String CHOICE_TEXT = "Wie kommst du zur Schule?";
  public static final String FREE_TEXT = "Was wünschst du dir?";

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private TestSurveys() {}

  /** A wave in the field today. */
  public static Wave inField(int codes) {
    return create(LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), codes);
  }

  public static Wave create(LocalDate fieldStart, LocalDate fieldEnd, int codeCount) {
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
    String salt = UUID.randomUUID().toString().replace("-", "");
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, code_salt)"
            + " VALUES (?, ?, 'Klassen 3 und 4', ?, 'Art. 6 Abs. 1 lit. e DSGVO',"
            + " 'datenschutz@test.example', ?, ?, ?)",
        organisationId,
        "Schulhofbefragung " + organisation,
        "Zweck der Schulhofbefragung " + organisation,
        fieldStart,
        fieldEnd,
        salt);
    long waveId =
        Database.count("SELECT id FROM survey_wave WHERE organisation_id = ?", organisationId);
    Database.update(
        "INSERT INTO survey_question (wave_id, position, question_key, kind, mandatory, text_de,"
            + " text_en, options_de, options_en) VALUES"
            + " (?, 1, 'yard', 'RATING', TRUE, ?, ?, 'gar nicht\nsehr', 'not at all\nvery much'),"
            + " (?, 2, 'way', 'SINGLE_CHOICE', TRUE, ?, NULL, 'zu Fuß\nmit dem Bus\nanders', NULL),"
            + " (?, 3, 'wish', 'TEXT', FALSE, ?, NULL, NULL, NULL)",
        waveId,
        RATING_TEXT,
        RATING_TEXT_EN,
        waveId,
        CHOICE_TEXT,
        waveId,
        FREE_TEXT);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < codeCount; i++) {
      String code = randomCode();
      Database.update(
          "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash)"
              + " VALUES (?, ?, '4a', '3-4', SHA2(CONCAT(?, ':', ?), 256))",
          waveId,
          schoolId,
          salt,
          code.replace("-", ""));
      codes.add(code);
    }
    return new Wave(waveId, organisation, schoolId, areaId, codes);
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

package de.planungsportal.it;

import java.util.UUID;

/**
 * Closed survey waves with stored responses, for the result exports and the education report: a
 * schoolyard wave ({@link TestSurveys}) whose responses come from three schools of one area, 12, 10
 * and 3 of them. By the small-group rule the school of 3 is suppressed and, so that it cannot be
 * computed as the total minus the others, the next smallest (10) too; the school of 12 is shown.
 */
public final class TestExportWaves {

  /** A closed wave and its schools. */
  public record Wave(
      long id,
      String organisationCode,
      long organisationId,
      long shownSchool,
      long hiddenSchool,
      long smallSchool) {}

  static final String SHOWN_SCHOOL = "Grundschule Test";
  static final String HIDDEN_SCHOOL = "Realschule Beispiel";
  static final String SMALL_SCHOOL = "Kleine Dorfschule";
  static final String FORMULA_WISH = "=HYPERLINK(\"http://evil.example\";\"Klick\")";
  static final int RESPONSES = 25;

  private TestExportWaves() {}

  /** The wave, closed, with 25 responses; results not yet computed. */
  public static Wave closed() {
    TestSurveys.Wave wave = TestSurveys.inField(0);
    long organisationId = TestOrganisations.idOf(wave.organisationCode());
    long hidden = TestWaves.school(organisationId, "rs-beispiel", HIDDEN_SCHOOL);
    long small = TestWaves.school(organisationId, "gs-dorf", SMALL_SCHOOL);
    Database.update("UPDATE survey_wave SET state = 'CLOSED' WHERE id = ?", wave.id());
    respond(wave, wave.schoolId(), 12, true);
    respond(wave, hidden, 10, false);
    respond(wave, small, 3, false);
    return new Wave(
        wave.id(), wave.organisationCode(), organisationId, wave.schoolId(), hidden, small);
  }

  /**
   * Responses of one school: yard 1..5 in turn, way 1 or 2, and for the first one of the first
   * school a wish that a spreadsheet would run.
   */
  private static void respond(TestSurveys.Wave wave, long school, int count, boolean formula) {
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      Database.update(
          "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
              + " submitted_on) VALUES (?, ?, ?, ?, '3-4', 'de', CURRENT_DATE)",
          id,
          wave.id(),
          school,
          wave.areaId());
      Database.update(
          "INSERT INTO survey_answer (response_id, question_key, answer_value)"
              + " VALUES (?, 'yard', ?), (?, 'way', ?)",
          id,
          String.valueOf(1 + i % 5),
          id,
          String.valueOf(1 + i % 2));
      if (formula && i == 0) {
        Database.update(
            "INSERT INTO survey_answer (response_id, question_key, answer_value)"
                + " VALUES (?, 'wish', ?)",
            id,
            FORMULA_WISH);
      }
    }
  }
}

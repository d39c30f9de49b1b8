package de.planungsportal.it;

import java.util.UUID;

/**
 * A wave in the field for HTTP tests, written the way the field phase leaves it: in the demo
 * district (whose demo school contact "schule" is the contact of the IGS Musterstadt), parents'
 * consent on slips, one class at the IGS and one at the Realschule plus Talheim, each with two code
 * rows (hashes only) and a code sheet.
 */
public final class TestFieldWaves {

  /** The wave, the class at the demo contact's school and the one elsewhere. */
  public record Wave(long id, long ownClassId, long otherClassId) {}

  private TestFieldWaves() {}

  public static Wave inField() {
    long district = TestOrganisations.idOf("lk-musterland");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, ?)",
        district,
        "Feldtest " + tag);
    long questionnaire =
        Database.count(
            "SELECT id FROM questionnaire WHERE organisation_id = ? AND title = ?",
            district,
            "Feldtest " + tag);
    Database.update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state) VALUES (?, 1,"
            + " 'FROZEN')",
        questionnaire);
    long version =
        Database.count(
            "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state,"
            + " target_kind, grade_from, grade_to, consent_mode) VALUES (?, ?, 'Klassen 7 und 8',"
            + " 'Feldtest', 'Art. 6 Abs. 1 lit. e DSGVO', 'datenschutz@test.example',"
            + " CURRENT_DATE - INTERVAL 1 DAY, CURRENT_DATE + INTERVAL 20 DAY, ?, 'IN_FIELD',"
            + " 'PUPILS', 7, 8, 'PARENTS_SLIP')",
        district,
        "Feldtest " + tag,
        version);
    long wave =
        Database.count(
            "SELECT id FROM survey_wave WHERE organisation_id = ? AND title = ?",
            district,
            "Feldtest " + tag);
    long own = schoolClass(wave, district, "igs-musterstadt", "7a", 7, 24);
    long other = schoolClass(wave, district, "rsplus-talheim", "8c", 8, 20);
    return new Wave(wave, own, other);
  }

  private static long schoolClass(
      long wave, long district, String school, String label, int grade, int pupils) {
    Database.update(
        "INSERT INTO wave_class (wave_id, school_id, class_label, grade, pupils)"
            + " SELECT ?, id, ?, ?, ? FROM school WHERE organisation_id = ? AND code = ?",
        wave,
        label,
        grade,
        pupils,
        district,
        school);
    long id =
        Database.count(
            "SELECT c.id FROM wave_class c JOIN school s ON s.id = c.school_id"
                + " WHERE c.wave_id = ? AND s.code = ?",
            wave,
            school);
    for (int i = 0; i < 2; i++) {
      Database.update(
          "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash,"
              + " wave_class_id, used) SELECT wave_id, school_id, class_label, '7-8',"
              + " SHA2(UUID(), 256), id, ? FROM wave_class WHERE id = ?",
          i == 0,
          id);
    }
    Database.update(
        "INSERT INTO wave_code_sheet (wave_class_id, pdf) VALUES (?, '%PDF-1.7\\n')", id);
    return id;
  }
}

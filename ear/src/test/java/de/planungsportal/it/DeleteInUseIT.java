package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting a row that other rows still refer to is refused with a message naming what uses it, in
 * the reader's language, and changes nothing: the row stays, no audit event is written, no error
 * page. The usages come from the database's foreign keys, so the survey tables count although the
 * delete code never names them. Each test administers its own new organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeleteInUseIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private PortalClient admin;

  @BeforeEach
  void signInAsAdminOfANewOrganisation() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    admin = PortalClient.signedIn(base, TestAccounts.create(organisation, "admin"));
  }

  @Test
  void areaWithASchoolAndSurveyResponsesIsNotDeleted() {
    long area = insert("area", "nordost", "Sozialraum Nordost");
    long school = insertSchool("gs-nordost", "Grundschule Nordost", area);
    long wave = insertWave();
    insertResponses(wave, school, area, 3);
    long audited = auditedChanges();

    Page answer = delete("/admin/areas.xhtml", "Sozialraum Nordost");

    assertThat(PageText.messages(answer))
        .contains(
            "„Sozialraum Nordost“ kann nicht gelöscht werden, es wird noch verwendet von: einer"
                + " Schule, 3 Antworten von Befragungen. Es wurde nichts geändert.");
    assertThat(Database.count("SELECT COUNT(*) FROM area WHERE id = ?", area)).isEqualTo(1);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void schoolWithAccessCodesAndResponsesIsNotDeleted() {
    long school = insertSchool("gs-codes", "Grundschule mit Codes", null);
    long wave = insertWave();
    for (int i = 0; i < 12; i++) {
      Database.update(
          "INSERT INTO access_code (wave_id, school_id, class_label, grade_band, code_hash)"
              + " VALUES (?, ?, '7a', '7-8', ?)",
          wave,
          school,
          UUID.randomUUID().toString().replace("-", "") + "0".repeat(32));
    }
    insertResponses(wave, school, null, 3);
    long audited = auditedChanges();

    Page answer = delete("/admin/schools.xhtml", "Grundschule mit Codes");

    assertThat(PageText.messages(answer))
        .contains(
            "„Grundschule mit Codes“ kann nicht gelöscht werden, es wird noch verwendet von: 12"
                + " Zugangscodes, 3 Antworten von Befragungen. Es wurde nichts geändert.");
    assertThat(Database.count("SELECT COUNT(*) FROM school WHERE id = ?", school)).isEqualTo(1);
    assertThat(Database.count("SELECT COUNT(*) FROM access_code WHERE school_id = ?", school))
        .isEqualTo(12);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void organisationWithADepartmentIsNotDeletedAndTheReasonIsInEnglishForEnglishReaders() {
    long municipality = insertMunicipality("Gemeinde Am Hang");
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind)"
            + " VALUES (?, 'kita', 'Kita-Planung', 'DAY_CARE')",
        municipality);
    long audited = auditedChanges();
    admin.language("en");

    Page answer = delete("/admin/organisations.xhtml", "Gemeinde Am Hang");

    assertThat(PageText.messages(answer))
        .contains(
            "\"Gemeinde Am Hang\" cannot be deleted: it is still in use by one department."
                + " Nothing was changed.");
    assertThat(Database.count("SELECT COUNT(*) FROM organisation WHERE id = ?", municipality))
        .isEqualTo(1);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void organisationThatNothingUsesIsDeletedAndAudited() {
    long municipality = insertMunicipality("Gemeinde Leer");
    long audited = auditedChanges();

    Page answer = delete("/admin/organisations.xhtml", "Gemeinde Leer");

    assertThat(PageText.messages(answer)).contains("Der Eintrag wurde gelöscht.");
    assertThat(Database.count("SELECT COUNT(*) FROM organisation WHERE id = ?", municipality))
        .isZero();
    assertThat(auditedChanges()).isEqualTo(audited + 1);
  }

  @Test
  void ownOrganisationOffersNoDelete() {
    Page list = admin.get("/admin/organisations.xhtml");

    assertThat(list.body()).doesNotContain("aria-label=\"Löschen: Testkreis " + organisation);
  }

  /** Clicks the delete button of the row with the name, as the confirmed dialog does. */
  private Page delete(String path, String rowName) {
    Page list = admin.get(path);
    assertThat(list.status()).isEqualTo(200);
    Matcher button =
        Pattern.compile(
                "id=\"(listForm:rows:\\d+:delete)\"[^>]*aria-label=\"[^\"]*: "
                    + Pattern.quote(rowName)
                    + "\"")
            .matcher(list.body());
    assertThat(button.find()).as("delete button of %s", rowName).isTrue();
    Page answer =
        admin.ajax(list, path, "listForm", button.group(1), button.group(1), "listForm", Map.of());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.isPartial()).as(answer.body()).isTrue();
    assertThat(answer.body()).doesNotContain("<update id=\"jakarta.faces.ViewRoot\"", "<error>");
    return answer;
  }

  private long insert(String table, String code, String name) {
    Database.update(
        "INSERT INTO " + table + " (organisation_id, code, name) VALUES (?, ?, ?)",
        organisationId,
        code,
        name);
    return Database.count(
        "SELECT id FROM " + table + " WHERE organisation_id = ? AND code = ?",
        organisationId,
        code);
  }

  private long insertSchool(String code, String name, Long area) {
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, ?, ?, 'GRUNDSCHULE')",
        organisationId,
        code,
        name);
    long school =
        Database.count(
            "SELECT id FROM school WHERE organisation_id = ? AND code = ?", organisationId, code);
    if (area != null) {
      Database.update(
          "INSERT INTO school_area (school_id, area_id, valid_from) VALUES (?, ?, '2000-01-01')",
          school,
          area);
    }
    return school;
  }

  private long insertWave() {
    String title = "Befragung " + UUID.randomUUID();
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, code_salt, questionnaire_version_id)"
            + " VALUES (?, ?, 'Klassen 7 und 8', 'Test', 'Test', 'Test', CURRENT_DATE,"
            + " CURRENT_DATE + INTERVAL 30 DAY, ?, ?)",
        organisationId,
        title,
        "0123456789abcdef0123456789abcdef",
        TestSurveys.schoolyardVersion(organisationId, title));
    return Database.count("SELECT id FROM survey_wave WHERE title = ?", title);
  }

  private void insertResponses(long wave, long school, Long area, int count) {
    for (int i = 0; i < count; i++) {
      Database.update(
          "INSERT INTO survey_response (id, wave_id, school_id, area_id, grade_band, language,"
              + " submitted_on) VALUES (?, ?, ?, ?, '7-8', 'de', CURRENT_DATE)",
          UUID.randomUUID().toString(),
          wave,
          school,
          area);
    }
  }

  private long insertMunicipality(String name) {
    String code = organisation + "-" + UUID.randomUUID().toString().substring(0, 6);
    Database.update(
        "INSERT INTO organisation (code, name, kind, parent_id) VALUES (?, ?, 'MUNICIPALITY', ?)",
        code,
        name,
        organisationId);
    return TestOrganisations.idOf(code);
  }

  private long auditedChanges() {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }
}

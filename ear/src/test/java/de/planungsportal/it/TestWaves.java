package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schools and questionnaire versions a wave test creates in its own organisation, and the steps of
 * a wave taken through its pages as planner and reviewers do.
 */
public final class TestWaves {

  static final String WAVE = "/survey/wave.xhtml";
  static final String DPO_REVIEW = "/survey/review-data-protection.xhtml";

  /** An organisation of the test's own with a school and a draft questionnaire version. */
  public record Setup(String organisation, long organisationId, long school, long version) {

    public static Setup create() {
      String organisation = TestOrganisations.create();
      long id = TestOrganisations.idOf(organisation);
      return new Setup(
          organisation,
          id,
          TestWaves.school(id, "igs", "IGS Wellental"),
          draftVersion(id, "Jugendbefragung " + organisation));
    }

    /** What the planner types into the wave's form, for a wave of pupils in grades 7 to 10. */
    public Map<String, String> fields(String title) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("waveForm:title", title);
      fields.put("waveForm:purpose", "Wie erleben Jugendliche ihre Schule und ihren Wohnort?");
      fields.put("waveForm:legalBasis", "Art. 6 Abs. 1 lit. e DSGVO");
      fields.put("waveForm:privacyContact", "Datenschutz, datenschutz@test.example");
      fields.put("waveForm:version", String.valueOf(version));
      fields.put("waveForm:targetKind", "PUPILS");
      fields.put("waveForm:gradeFrom", "7");
      fields.put("waveForm:gradeTo", "10");
      fields.put("waveForm:consent", "PARENTS_SLIP");
      fields.put("waveForm:fieldStart", LocalDate.now().plusDays(14).toString());
      fields.put("waveForm:fieldEnd", LocalDate.now().plusDays(35).toString());
      fields.put("waveForm:margin", "2");
      fields.put("waveForm:reminder", "50");
      return fields;
    }
  }

  private TestWaves() {}

  /** A new draft saved through the editor, with class 7a of the setup's school; its id. */
  public static long draft(PortalClient planner, Setup setup, String title) {
    Page page = planner.get(WAVE);
    Page saved =
        planner.ajax(
            page, WAVE, "waveForm", "waveForm:save", "waveForm", "waveForm", setup.fields(title));
    long wave = SurveyWaveReviewIT.waveIdOf(SurveyWaveReviewIT.redirect(saved));
    Page added =
        planner.ajax(
            planner.get(WAVE + "?wave=" + wave),
            WAVE,
            "classForm",
            "classForm:add",
            "classForm",
            "classForm classesForm",
            Map.of(
                "classForm:school", String.valueOf(setup.school()),
                "classForm:label", "7a",
                "classForm:grade", "7",
                "classForm:pupils", "24"));
    assertThat(PageText.messages(added)).contains("Die Klasse 7a ist hinzugefügt.");
    return wave;
  }

  /** Submits the draft as it is saved. */
  public static void submit(PortalClient planner, Setup setup, long wave, String title) {
    Page submitted =
        planner.ajax(
            planner.get(WAVE + "?wave=" + wave),
            WAVE,
            "waveForm",
            "waveForm:submit",
            "waveForm",
            "waveForm",
            setup.fields(title));
    assertThat(SurveyWaveReviewIT.redirect(submitted)).contains("notice=waveSubmitted");
  }

  /** The data-protection officer returns the wave with reasons. */
  public static void returnByOfficer(PortalClient officer, long wave, String reasons) {
    Page answer =
        officer.ajax(
            officer.get(DPO_REVIEW + "?wave=" + wave),
            DPO_REVIEW,
            "returnForm",
            "returnForm:giveBack",
            "returnForm",
            "returnForm",
            Map.of("returnForm:reasons", reasons));
    assertThat(SurveyWaveReviewIT.redirect(answer)).contains("notice=waveReturned");
  }

  /** A school of the organisation; its id. */
  public static long school(long organisationId, String code, String name) {
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type) VALUES (?, ?, ?,"
            + " 'GESAMTSCHULE')",
        organisationId,
        code,
        name);
    return Database.count(
        "SELECT id FROM school WHERE organisation_id = ? AND code = ?", organisationId, code);
  }

  /** A questionnaire with one draft version holding one rating question; the version's id. */
  public static long draftVersion(long organisationId, String title) {
    Database.update(
        "INSERT INTO questionnaire (organisation_id, title) VALUES (?, ?)", organisationId, title);
    long questionnaire =
        Database.count(
            "SELECT id FROM questionnaire WHERE organisation_id = ? AND title = ?",
            organisationId,
            title);
    Database.update(
        "INSERT INTO questionnaire_version (questionnaire_id, number, state) VALUES (?, 1,"
            + " 'DRAFT')",
        questionnaire);
    long version =
        Database.count(
            "SELECT id FROM questionnaire_version WHERE questionnaire_id = ?", questionnaire);
    Database.update(
        "INSERT INTO q_section (version_id, position, section_key) VALUES (?, 1, 'main')", version);
    Database.update(
        "INSERT INTO q_question (version_id, section_id, position, question_key, kind, mandatory)"
            + " SELECT ?, id, 1, 'school-feel', 'RATING', TRUE FROM q_section WHERE version_id = ?",
        version,
        version);
    Database.update(
        "INSERT INTO q_text (version_id, variant, language, element, text) VALUES"
            + " (?, 'STANDARD', 'de', 'title', ?),"
            + " (?, 'STANDARD', 'de', 'q:school-feel', 'Wie wohl fühlst du dich an deiner Schule?')",
        version,
        title,
        version);
    return version;
  }
}

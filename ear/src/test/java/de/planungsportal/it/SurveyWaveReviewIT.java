package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A wave from the draft to its approval over HTTP, as planner, data-protection officer and school
 * authority of an organisation of the test's own meet it: the planner creates it with classes and
 * submits it, the officer returns it with reasons, the planner reads them, revises and resubmits,
 * and both reviewers approve. What comes after the approval (codes, sheets) belongs to the field's
 * delegates; this test stops at the state and the approvals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyWaveReviewIT {

  static final String WAVE = "/survey/wave.xhtml";
  static final String DPO_REVIEW = "/survey/review-data-protection.xhtml";
  static final String AUTHORITY_REVIEW = "/survey/review-school-authority.xhtml";
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
  private static final Pattern WAVE_ID = Pattern.compile("[?&]wave=(\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private long school;
  private long otherSchool;
  private long version;
  private PortalClient planner;
  private String dpoName;
  private String authorityName;

  @BeforeEach
  void organisationWithAQuestionnaireAndSchools() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    school = TestWaves.school(organisationId, "igs", "IGS Wellental");
    otherSchool = TestWaves.school(organisationId, "gym", "Gymnasium Am Hang");
    version = TestWaves.draftVersion(organisationId, "Jugendbefragung " + organisation);
    planner = PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    dpoName = TestAccounts.create(organisation, "data-protection-officer");
    authorityName = TestAccounts.create(organisation, "school-authority");
  }

  @Test
  void wavePassesReturnRevisionAndBothApprovals() {
    Page created = saveNew(waveFields(Map.of()));
    long wave = waveIdOf(redirect(created));
    assertThat(Database.text("SELECT state FROM survey_wave WHERE id = ?", wave))
        .isEqualTo("DRAFT");
    Page page = planner.get(redirect(created));
    assertThat(PageText.visible(page)).contains("Die Befragungswelle ist als Entwurf angelegt");
    page = addClass(page, school, "7a", "7", "24");
    assertThat(PageText.messages(page)).contains("Die Klasse 7a ist hinzugefügt.");
    page = addClass(planner.get(WAVE + "?wave=" + wave), otherSchool, "8c", "8", "28");
    page = planner.get(WAVE + "?wave=" + wave);
    assertThat(PageText.visible(page))
        .contains("7a", "8c", "IGS Wellental", "2 Klassen mit zusammen 52");

    Page submitted = submit(page, waveFields(Map.of()));
    assertThat(redirect(submitted)).contains("notice=waveSubmitted");
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|1");
    assertThat(Database.text("SELECT state FROM questionnaire_version WHERE id = ?", version))
        .as("the version is frozen with the submission")
        .isEqualTo("FROZEN");
    String instance =
        Database.text("SELECT process_instance_id FROM survey_wave WHERE id = ?", wave);
    assertThat(
            Database.text(
                "SELECT CONCAT(BUSINESS_KEY_, '|', TENANT_ID_) FROM ACT_RU_EXECUTION"
                    + " WHERE ID_ = ?",
                instance))
        .isEqualTo(wave + "|" + organisation);
    assertThat(openTasks(instance))
        .containsExactlyInAnyOrder("Task_DataProtectionReview", "Task_SchoolAuthorityReview");
    assertThat(PageText.visible(planner.get(WAVE + "?wave=" + wave)))
        .contains("In Prüfung", "eingereicht und kann nicht geändert werden");

    PortalClient dpo = PortalClient.signedIn(base, dpoName);
    assertThat(dpo.get("/workflow/tasks.xhtml").body())
        .contains(DPO_REVIEW + "?wave=" + wave)
        .doesNotContain(AUTHORITY_REVIEW + "?wave=" + wave);
    Page review = dpo.get(DPO_REVIEW + "?wave=" + wave);
    assertThat(review.status()).isEqualTo(200);
    assertThat(PageText.visible(review))
        .contains("Datenschutz prüfen", "7a", "8c", "IGS Wellental", "Die Eltern willigen");
    assertThat(review.body()).contains("/answer/preview?version=" + version);

    List<String> approvalsBefore = Database.snapshot("wave_approval");
    for (String[] refused :
        new String[][] {
          {"", "Bitte geben Sie die Gründe für die Rückgabe an."},
          {"   ", "Bitte geben Sie die Gründe für die Rückgabe an."},
          {"x".repeat(10_001), "höchstens 10.000 Zeichen"}
        }) {
      Page answer = giveBack(dpo, DPO_REVIEW, review, refused[0]);
      assertThat(messages(answer)).anySatisfy(m -> assertThat(m).contains(refused[1]));
      assertThat(answer.body()).doesNotContain("<redirect");
    }
    assertThat(Database.snapshot("wave_approval")).isEqualTo(approvalsBefore);
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|1");

    Page returned = giveBack(dpo, DPO_REVIEW, review, "Rechtsgrundlage für Klasse 7 unklar");
    assertThat(redirect(returned)).startsWith("/workflow/tasks.xhtml?notice=waveReturned");
    assertThat(waveRow(wave)).isEqualTo("DRAFT|1");
    assertThat(decisions(wave))
        .containsExactly(
            "data-protection-officer|1|0|Rechtsgrundlage für Klasse 7 unklar|" + dpoName);
    assertThat(openTasks(instance)).containsExactly("Task_EditDraft");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'WAVE_RETURNED' AND entity_id = ?",
                String.valueOf(wave)))
        .isEqualTo(1);

    page = planner.get(WAVE + "?wave=" + wave);
    assertThat(PageText.visible(page))
        .contains(
            "Zurückgegeben", "Datenschutzbeauftragte/r", "Rechtsgrundlage für Klasse 7 unklar");
    assertThat(planner.get("/workflow/tasks.xhtml").body()).contains(WAVE + "?wave=" + wave);
    Page resubmitted =
        submit(
            page,
            waveFields(Map.of("waveForm:legalBasis", "Art. 6 Abs. 1 lit. e DSGVO, § 120 SchulG")));
    assertThat(redirect(resubmitted)).contains("notice=waveSubmitted");
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|2");

    Page approved = approve(dpo, DPO_REVIEW, dpo.get(DPO_REVIEW + "?wave=" + wave));
    assertThat(redirect(approved)).startsWith("/workflow/tasks.xhtml?notice=waveApproved");
    assertThat(waveRow(wave)).as("one approval is not enough").isEqualTo("IN_REVIEW|2");

    PortalClient authority = PortalClient.signedIn(base, authorityName);
    Page authorityReview = authority.get(AUTHORITY_REVIEW + "?wave=" + wave);
    assertThat(PageText.visible(authorityReview))
        .contains("Schulaufsichtliche Genehmigung", "§ 120 SchulG", "freigegeben");
    approve(authority, AUTHORITY_REVIEW, authorityReview);

    // the field's delegates may already have generated the codes and released the wave
    assertThat(waveRow(wave)).isIn("APPROVED|2", "RELEASED|2");
    assertThat(decisions(wave))
        .containsExactly(
            "data-protection-officer|1|0|Rechtsgrundlage für Klasse 7 unklar|" + dpoName,
            "data-protection-officer|2|1|null|" + dpoName,
            "school-authority|2|1|null|" + authorityName);
    assertThat(openTasks(instance)).as("the review is over").isEmpty();
    assertThat(approvedRevision(instance, "dataProtectionApprovedRevision")).isEqualTo(2);
    assertThat(approvedRevision(instance, "schoolAuthorityApprovedRevision")).isEqualTo(2);
    assertThat(PageText.visible(planner.get("/survey/waves.xhtml")))
        .contains("Welle " + organisation)
        .containsPattern("(Freigegeben|An Schulen freigegeben)");
  }

  @Test
  void decisionOnAnOlderRevisionIsRefusedAndDoesNotCount() {
    long wave = submittedWave();
    PortalClient dpo = PortalClient.signedIn(base, dpoName);
    Page readRevisionOne = dpo.get(DPO_REVIEW + "?wave=" + wave);
    assertThat(PageText.visible(readRevisionOne)).contains("Fassung 1");

    PortalClient authority = PortalClient.signedIn(base, authorityName);
    giveBack(
        authority,
        AUTHORITY_REVIEW,
        authority.get(AUTHORITY_REVIEW + "?wave=" + wave),
        "Nicht in der Prüfungszeit");
    Page betweenRounds = approve(dpo, DPO_REVIEW, readRevisionOne);
    assertThat(PageText.messages(betweenRounds))
        .contains(
            "Diese Befragungswelle wartet nicht auf Ihre Prüfung (sie wurde schon entschieden oder"
                + " zurückgegeben).");
    submit(planner.get(WAVE + "?wave=" + wave), waveFields(Map.of()));
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|2");

    Page stale = approve(dpo, DPO_REVIEW, readRevisionOne);

    assertThat(PageText.messages(stale))
        .anySatisfy(m -> assertThat(m).startsWith("Sie haben Fassung 1 gelesen"));
    assertThat(decisions(wave))
        .containsExactly("school-authority|1|0|Nicht in der Prüfungszeit|" + authorityName);
    String instance =
        Database.text("SELECT process_instance_id FROM survey_wave WHERE id = ?", wave);
    assertThat(openTasks(instance))
        .containsExactlyInAnyOrder("Task_DataProtectionReview", "Task_SchoolAuthorityReview");
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|2");
  }

  @Test
  void eachReviewNeedsItsRoleAndTheWavesOrganisation() {
    long wave = submittedWave();
    PortalClient dpo = PortalClient.signedIn(base, dpoName);
    PortalClient authority = PortalClient.signedIn(base, authorityName);
    String stranger = TestOrganisations.create();
    PortalClient foreignDpo =
        PortalClient.signedIn(base, TestAccounts.create(stranger, "data-protection-officer"));
    PortalClient foreignAuthority =
        PortalClient.signedIn(base, TestAccounts.create(stranger, "school-authority"));

    assertThat(dpo.get(AUTHORITY_REVIEW + "?wave=" + wave).status()).isEqualTo(403);
    assertThat(authority.get(DPO_REVIEW + "?wave=" + wave).status()).isEqualTo(403);
    assertThat(planner.get(DPO_REVIEW + "?wave=" + wave).status()).isEqualTo(403);
    assertThat(authority.get("/workflow/tasks.xhtml").body())
        .contains(AUTHORITY_REVIEW + "?wave=" + wave)
        .doesNotContain(DPO_REVIEW + "?wave=" + wave);

    assertThat(foreignDpo.get("/workflow/tasks.xhtml").body()).doesNotContain("wave=" + wave);
    Page foreign = foreignDpo.get(DPO_REVIEW + "?wave=" + wave);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("Welle " + organisation);
    assertThat(foreignAuthority.get(AUTHORITY_REVIEW + "?wave=" + wave).status()).isEqualTo(404);
    assertThat(foreignDpo.get(WAVE + "?wave=" + wave).status()).isEqualTo(403);
    PortalClient foreignPlanner =
        PortalClient.signedIn(base, TestAccounts.create(stranger, "planner"));
    assertThat(foreignPlanner.get(WAVE + "?wave=" + wave).status()).isEqualTo(404);
    assertThat(PageText.visible(foreignPlanner.get("/survey/waves.xhtml")))
        .doesNotContain("Welle " + organisation);
    assertThat(decisions(wave)).isEmpty();
  }

  @Test
  void newWaveStartsFromTheLastWavesVersionAndPrivacyFactsAndCanTakeItBack() {
    submittedWave();
    long newer = TestWaves.draftVersion(organisationId, "Elternbefragung " + organisation);
    Page fresh = planner.get(WAVE);
    assertThat(fresh.body())
        .containsPattern("<option value=\"" + version + "\" selected")
        .contains("value=\"Datenschutz, datenschutz@test.example\"");

    Page saved =
        saveNew(
            waveFields(
                Map.of(
                    "waveForm:title",
                    "Elternwelle " + organisation,
                    "waveForm:version",
                    String.valueOf(newer))));
    long wave = waveIdOf(redirect(saved));
    Page page = planner.get(WAVE + "?wave=" + wave);
    assertThat(page.body()).containsPattern("<option value=\"" + newer + "\" selected");
    Page taken =
        planner.ajax(
            page,
            WAVE,
            "waveForm",
            "waveForm:reusePrevious",
            "waveForm:reusePrevious",
            "waveForm",
            Map.of());

    assertThat(PageText.messages(taken))
        .anySatisfy(m -> assertThat(m).startsWith("Die Fragebogenfassung der letzten Welle"));
    assertThat(taken.body()).containsPattern("<option value=\"" + version + "\" selected");
  }

  /**
   * Day-care centres share the register with the schools but have no classes: the wave page offers
   * only the schools, and a centre's id posted all the same adds no class.
   */
  @Test
  void waveClassesComeFromSchoolsNeverFromDayCareCentres() {
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'kita-wolke', 'Kita Wolke', 'KITA')",
        organisationId);
    long kita =
        Database.count(
            "SELECT id FROM school WHERE organisation_id = ? AND code = 'kita-wolke'",
            organisationId);
    long wave = waveIdOf(redirect(saveNew(waveFields(Map.of()))));
    Page page = planner.get(WAVE + "?wave=" + wave);
    assertThat(page.body())
        .contains("<option value=\"" + school + "\"")
        .doesNotContain("<option value=\"" + kita + "\"", "Kita Wolke");

    Page refused = addClass(page, kita, "7a", "7", "20");

    assertThat(messages(refused))
        .anySatisfy(m -> assertThat(m).contains("Diese Auswahl ist nicht möglich"))
        .noneMatch(m -> m.contains("hinzugefügt"));
    assertThat(Database.count("SELECT COUNT(*) FROM wave_class WHERE wave_id = ?", wave)).isZero();
  }

  // --- steps

  /** A wave of the organisation with one class, submitted as revision 1; its id. */
  private long submittedWave() {
    long wave = waveIdOf(redirect(saveNew(waveFields(Map.of()))));
    addClass(planner.get(WAVE + "?wave=" + wave), school, "7a", "7", "24");
    submit(planner.get(WAVE + "?wave=" + wave), waveFields(Map.of()));
    assertThat(waveRow(wave)).isEqualTo("IN_REVIEW|1");
    return wave;
  }

  Map<String, String> waveFields(Map<String, String> overrides) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("waveForm:title", "Welle " + organisation);
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
    fields.putAll(overrides);
    return fields;
  }

  private Page saveNew(Map<String, String> fields) {
    Page page = planner.get(WAVE);
    assertThat(page.status()).isEqualTo(200);
    return planner.ajax(page, WAVE, "waveForm", "waveForm:save", "waveForm", "waveForm", fields);
  }

  private Page submit(Page page, Map<String, String> fields) {
    return planner.ajax(page, WAVE, "waveForm", "waveForm:submit", "waveForm", "waveForm", fields);
  }

  private Page addClass(Page page, long schoolId, String label, String grade, String pupils) {
    return planner.ajax(
        page,
        WAVE,
        "classForm",
        "classForm:add",
        "classForm",
        "classForm classesForm",
        Map.of(
            "classForm:school", String.valueOf(schoolId),
            "classForm:label", label,
            "classForm:grade", grade,
            "classForm:pupils", pupils));
  }

  private static Page giveBack(PortalClient client, String path, Page page, String reasons) {
    Page answer =
        client.ajax(
            page,
            path,
            "returnForm",
            "returnForm:giveBack",
            "returnForm",
            "returnForm",
            Map.of("returnForm:reasons", reasons));
    assertThat(answer.status()).isEqualTo(200);
    return answer;
  }

  private static Page approve(PortalClient client, String path, Page page) {
    Page answer =
        client.ajax(
            page,
            path,
            "approveForm",
            "approveForm:approve",
            "approveForm",
            "approveForm",
            Map.of());
    assertThat(answer.status()).isEqualTo(200);
    return answer;
  }

  // --- what the database says

  private static String waveRow(long wave) {
    return Database.text("SELECT CONCAT(state, '|', revision) FROM survey_wave WHERE id = ?", wave);
  }

  private static List<String> decisions(long wave) {
    List<String> rows = new ArrayList<>();
    for (long id :
        Database.ids("SELECT id FROM wave_approval WHERE wave_id = ? ORDER BY id", wave)) {
      rows.add(
          Database.text(
              "SELECT CONCAT_WS('|', a.role, a.revision, a.approved, IFNULL(a.reasons, 'null'),"
                  + " x.username) FROM wave_approval a JOIN account x ON x.id = a.account_id"
                  + " WHERE a.id = ?",
              id));
    }
    return rows;
  }

  private static List<String> openTasks(String instance) {
    String keys =
        Database.text(
            "SELECT GROUP_CONCAT(TASK_DEF_KEY_ ORDER BY TASK_DEF_KEY_) FROM ACT_RU_TASK"
                + " WHERE PROC_INST_ID_ = ?",
            instance);
    return keys == null ? List.of() : List.of(keys.split(","));
  }

  private static long approvedRevision(String instance, String variable) {
    return Database.count(
        "SELECT LONG_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        instance,
        variable);
  }

  static String redirect(Page answer) {
    Matcher redirect = REDIRECT.matcher(answer.body());
    assertThat(redirect.find()).as(answer.body()).isTrue();
    return PageText.unescape(redirect.group(1));
  }

  static long waveIdOf(String address) {
    Matcher id = WAVE_ID.matcher(address);
    assertThat(id.find()).as(address).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** Messages of the form: global ones and those beside a field. */
  static List<String> messages(Page page) {
    List<String> messages = new ArrayList<>(PageText.messages(page));
    Pattern.compile("class=\"ui-message-(?:error|warn|info)-(?:summary|detail)\"[^>]*>([^<]*)<")
        .matcher(page.body())
        .results()
        .forEach(m -> messages.add(PageText.unescape(m.group(1))));
    return messages;
  }
}

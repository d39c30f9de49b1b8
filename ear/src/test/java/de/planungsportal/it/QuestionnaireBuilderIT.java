package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.FilePart;
import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The questionnaire builder over HTTP, as a planner's browser drives it: create a questionnaire,
 * build and save a draft with a condition, freeze it, export it as JSON, import the file as a new
 * questionnaire, start a new version from the frozen one. A frozen version does not change, a
 * refused save or import changes nothing, and another organisation's planner finds nothing. Each
 * test works in an organisation of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireBuilderIT {

  private static final String LIST = "/survey/questionnaires.xhtml";
  private static final String EDIT = "/survey/questionnaire.xhtml";
  private static final Pattern VERSION = Pattern.compile("[?&]version=(\\d+)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long organisationId;
  private PortalClient planner;
  private PortalClient otherPlanner;

  @BeforeEach
  void plannersOfTwoOrganisations() {
    String organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    planner = PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    otherPlanner =
        PortalClient.signedIn(base, TestAccounts.create(TestOrganisations.create(), "planner"));
  }

  @Test
  void plannerBuildsSavesFreezesExportsAndImportsAQuestionnaire() {
    String title = "Elternbefragung Ganztag " + UUID.randomUUID().toString().substring(0, 6);

    // create: a questionnaire with an empty first draft
    long draft = create(title);
    assertThat(state(draft)).isEqualTo("DRAFT");
    assertThat(audited("QUESTIONNAIRE_CREATED")).isEqualTo(1);

    // build: one section with a single choice and a yes/no question shown only for "a1"
    Page editor = planner.get(EDIT + "?version=" + draft);
    assertThat(editor.status()).isEqualTo(200);
    assertThat(editor.body()).contains("id=\"previewFrame\"", "/answer/preview?version=" + draft);
    Page page = click(editor, "editor:addSection", Map.of());
    page = click(page, "editor:sections:0:addQuestion", Map.of());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:title", "Ganztag in Musterland");
    fields.put("editor:sections:0:sectionTitle", "Betreuung");
    fields.put("editor:sections:0:questions:0:text", "Nutzt Ihr Kind den Ganztag?");
    fields.put("editor:sections:0:questions:0:mandatory_input", "on");
    fields.put("editor:sections:0:questions:0:options:0:text", "ja");
    fields.put("editor:sections:0:questions:0:options:1:text", "nein");
    fields.put("editor:sections:0:questions:1:text", "Sind Sie zufrieden?");
    fields.put("editor:sections:0:questions:1:kind", "YES_NO");
    fields.put("editor:sections:0:questions:1:showIf", "q1");

    // a condition without values breaks a rule: refused, named, nothing stored
    Page refused = click(page, "editor:save", fields);
    assertThat(PageText.messages(refused))
        .contains(
            "Es wurde nichts gespeichert. Bitte beheben Sie das folgende Problem.",
            "Frage „q2“ in Abschnitt „s1“: Die Bedingung nennt keine Antwort, bei der die Frage"
                + " erscheint.");
    assertThat(questions(draft)).isZero();

    fields.put("editor:sections:0:questions:1:showIfValues", "a1");
    Page saved = click(refused, "editor:save", fields);
    assertThat(PageText.messages(saved)).contains("Der Entwurf ist gespeichert.");
    assertThat(questions(draft)).isEqualTo(2);
    assertThat(
            Database.text(
                "SELECT CONCAT(kind, '|', mandatory, '|', COALESCE(show_if_key, '-'), '|',"
                    + " COALESCE(show_if_values, '-')) FROM q_question WHERE version_id = ?"
                    + " AND question_key = 'q2'",
                draft))
        .isEqualTo("YES_NO|0|q1|a1");
    assertThat(germanText(draft, "o:q1:a2")).isEqualTo("nein");
    assertThat(audited("QUESTIONNAIRE_DRAFT_SAVED")).isEqualTo(1);

    // freeze
    Page frozen = planner.submit(saved, EDIT, "versionForm", "versionForm:freeze", Map.of());
    assertThat(frozen.location())
        .hasValueSatisfying(l -> assertThat(l).contains("version=" + draft));
    assertThat(state(draft)).isEqualTo("FROZEN");

    // a frozen version is read only and does not change, whatever is posted
    Page readOnly = planner.get(EDIT + "?version=" + draft);
    assertThat(readOnly.body())
        .contains("eingefroren")
        .doesNotContain("id=\"editor:save\"", "id=\"versionForm:freeze\"");
    List<String> before = Database.snapshot("q_text");
    planner.ajax(
        readOnly,
        EDIT,
        "editor",
        "editor:save",
        "editor",
        "editor",
        Map.of("editor:title", "Geändert"));
    assertThat(Database.snapshot("q_text")).isEqualTo(before);
    assertThat(germanText(draft, "title")).isEqualTo("Ganztag in Musterland");

    // export
    Page export = planner.get("/survey/export/" + draft + ".json");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(export.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".json"));
    assertThat(export.body())
        .contains("\"formatVersion\": 1", "\"name\": \"" + title + "\"", "\"q:q2\"");

    // import: the file (renamed) becomes a new questionnaire with the same content as a draft
    String copyTitle = title + " (Kopie)";
    String file =
        export.body().replace("\"name\": \"" + title + "\"", "\"name\": \"" + copyTitle + "\"");
    Page imported = importFile("ganztag.json", file);
    long copy = versionOf(imported);
    assertThat(copy).isNotEqualTo(draft);
    assertThat(state(copy)).isEqualTo("DRAFT");
    assertThat(questions(copy)).isEqualTo(2);
    assertThat(germanText(copy, "q:q2")).isEqualTo("Sind Sie zufrieden?");
    assertThat(
            Database.text(
                "SELECT q.title FROM questionnaire q JOIN questionnaire_version v"
                    + " ON v.questionnaire_id = q.id WHERE v.id = ?",
                copy))
        .isEqualTo(copyTitle);

    // a new version from the frozen one: a draft with the same content, based on it
    Page again = planner.get(EDIT + "?version=" + draft);
    Page created = planner.submit(again, EDIT, "versionForm", "versionForm:newVersion", Map.of());
    long second = versionOf(created);
    assertThat(
            Database.text(
                "SELECT CONCAT(number, '|', state, '|', based_on_id) FROM questionnaire_version"
                    + " WHERE id = ?",
                second))
        .isEqualTo("2|DRAFT|" + draft);
    assertThat(questions(second)).isEqualTo(2);

    // the list shows the questionnaire with its latest version
    assertThat(PageText.visible(planner.get(LIST))).contains(title, copyTitle, "Version 2");
  }

  @Test
  void anotherOrganisationFindsNothing() {
    String title = "Jugendbefragung " + UUID.randomUUID().toString().substring(0, 6);
    long draft = create(title);

    assertThat(otherPlanner.get(EDIT + "?version=" + draft).status()).isEqualTo(404);
    assertThat(otherPlanner.get("/survey/export/" + draft + ".json").status()).isEqualTo(404);
    assertThat(PageText.visible(otherPlanner.get(LIST))).doesNotContain(title);
  }

  @Test
  void aRefusedImportNamesEveryProblemAndStoresNothing() {
    long questionnaires = questionnairesOfOrganisation();
    String file =
        """
        {"format": "planungsportal-questionnaire", "formatVersion": 1, "name": "Kaputt",
         "sections": [{"key": "s1", "questions": [{"key": "q1", "kind": "SLIDER"},
                                                  {"key": "Q 2", "kind": "YES_NO"}]}]}
        """;

    Page answer = importFile("kaputt.json", file);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer))
        .contains(
            "Es wurde nichts gespeichert. Bitte beheben Sie die folgenden 2 Probleme.",
            "/sections/0/questions/0/kind: Erlaubt sind nur SINGLE_CHOICE, MULTIPLE_CHOICE, RATING,"
                + " MATRIX, NUMBER, SHORT_TEXT, LONG_TEXT, YES_NO.",
            "/sections/0/questions/1/key: „Q 2“ ist kein gültiger Schlüssel.");
    assertThat(questionnairesOfOrganisation()).isEqualTo(questionnaires);
    assertThat(PageText.messages(importFile("kaputt.json", "{\"format\": ")))
        .contains("Die Datei ist kein gültiges JSON (Zeile 1, Spalte 12).");
    assertThat(questionnairesOfOrganisation()).isEqualTo(questionnaires);
  }

  @Test
  void anUnusedDraftIsDeletedWithItsQuestionnaire() {
    long draft = create("Wegwerfbogen " + UUID.randomUUID().toString().substring(0, 6));
    Page editor = planner.get(EDIT + "?version=" + draft);

    Page deleted = planner.submit(editor, EDIT, "versionForm", "versionForm:deleteDraft", Map.of());

    assertThat(deleted.location())
        .hasValueSatisfying(l -> assertThat(l).contains(LIST, "notice=questionnaireDeleted"));
    assertThat(questionnairesOfOrganisation()).isZero();
    assertThat(audited("QUESTIONNAIRE_DRAFT_DELETED")).isEqualTo(1);
  }

  private long create(String title) {
    Page list = planner.get(LIST);
    assertThat(list.status()).isEqualTo(200);
    Page created =
        planner.submit(
            list, LIST, "createForm", "createForm:create", Map.of("createForm:title", title));
    return versionOf(created);
  }

  private Page importFile(String name, String json) {
    Page list = planner.get(LIST);
    return planner.submitMultipart(
        list,
        LIST,
        "importForm",
        "importForm:import",
        "importForm:file",
        new FilePart(name, "application/json", json.getBytes(StandardCharsets.UTF_8)));
  }

  private Page click(Page page, String button, Map<String, String> fields) {
    Page answer = planner.ajax(page, EDIT, "editor", button, "editor", "editor", fields);
    assertThat(answer.status()).as(button).isEqualTo(200);
    assertThat(answer.isPartial()).as(button).isTrue();
    return answer;
  }

  private static long versionOf(Page redirect) {
    assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
    Matcher version = VERSION.matcher(redirect.location().orElse(""));
    assertThat(version.find()).as(redirect.location().orElse("")).isTrue();
    return Long.parseLong(version.group(1));
  }

  private static String state(long version) {
    return Database.text("SELECT state FROM questionnaire_version WHERE id = ?", version);
  }

  private static long questions(long version) {
    return Database.count("SELECT COUNT(*) FROM q_question WHERE version_id = ?", version);
  }

  private static String germanText(long version, String element) {
    return Database.text(
        "SELECT text FROM q_text WHERE version_id = ? AND variant = 'STANDARD' AND language = 'de'"
            + " AND element = ?",
        version,
        element);
  }

  private long audited(String action) {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ? AND action = ?",
        organisationId,
        action);
  }

  private long questionnairesOfOrganisation() {
    return Database.count(
        "SELECT COUNT(*) FROM questionnaire WHERE organisation_id = ?", organisationId);
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task forms over HTTP on a real cycle of an organisation of the test's own: a department
 * contributes a goal and a measure and submits, the planner takes the proposal into a draft and
 * submits it to the head, and after publication the department files its progress report. Refused
 * input leaves the database as it was.
 */
@ExtendWith(ArquillianExtension.class)
class TaskFormsIT {

  private static final String CONTRIBUTE = "/planning/contribute.xhtml";
  private static final String CONSOLIDATE = "/planning/consolidate.xhtml";
  private static final String PROGRESS = "/planning/progress.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(TaskFormsFixture.class, CommitteeSteps.class);
  }

  @ArquillianResource URL base;

  private String organisation;
  private long youth;
  private String planner;
  private String contributor;
  private long cycle;

  @BeforeEach
  void runningCycle() {
    organisation = TestOrganisations.create();
    long org = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, 'jugend',"
            + " 'Jugendhilfeplanung', 'YOUTH_WELFARE')",
        org);
    youth = Database.count("SELECT id FROM department WHERE organisation_id = ?", org);
    planner = TestAccounts.create(organisation, "planner");
    contributor = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, department_id) VALUES (?,"
            + " 'department-contributor', ?)",
        TestAccounts.idOf(contributor),
        youth);
    cycle = Long.parseLong(fixture("action=start&departments=" + youth));
  }

  @Test
  void contributionIsConsolidatedSubmittedPublishedAndReportedOn() {
    PortalClient department = PortalClient.signedIn(base, contributor);
    Page page = department.get(CONTRIBUTE + "?cycle=" + cycle);
    assertThat(page.status()).isEqualTo(200);
    assertThat(PageText.visible(page)).contains("Beitrag Jugendhilfeplanung", "In Arbeit");

    page = addGoal(department, page, "Übergänge", "Übergänge gestalten");
    page =
        saveMeasure(department, addMeasureDialog(department, page), measure("Lesepaten", "1500"));
    assertThat(PageText.messages(page)).contains("Die Änderung wurde gespeichert.");
    page =
        ajax(department, page, CONTRIBUTE, "contributionForm", "contributionForm:submit", Map.of());

    assertThat(PageText.messages(page)).contains("Der Beitrag wurde eingereicht.");
    assertThat(PageText.visible(page)).contains("Eingereicht", "Lesepaten");
    assertThat(page.body()).doesNotContain("contributionForm:addGoal");
    assertThat(
            Database.text(
                "SELECT CONCAT(m.title, '|', m.budget_eur, '|', m.start_date, '|', m.due_date)"
                    + " FROM measure m JOIN goal g ON g.id = m.goal_id"
                    + " JOIN contribution c ON c.id = g.contribution_id WHERE c.cycle_id = ?",
                cycle))
        .isEqualTo("Lesepaten|1500.00|2027-02-01|2027-11-30");
    assertThat(Database.text("SELECT status FROM contribution WHERE cycle_id = ?", cycle))
        .isEqualTo("SUBMITTED");
    assertThat(
            Database.text(
                "SELECT t.ASSIGNEE_ FROM ACT_HI_TASKINST t JOIN planning_cycle c"
                    + " ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.id = ?"
                    + " AND t.TASK_DEF_KEY_ = 'Task_Contribute' AND t.END_TIME_ IS NOT NULL",
                cycle))
        .isEqualTo(contributor);
    assertThat(openTasks("Task_Consolidate")).isEqualTo(1);

    PortalClient planning = PortalClient.signedIn(base, planner);
    page = planning.get(CONSOLIDATE + "?cycle=" + cycle);
    assertThat(page.status()).isEqualTo(200);
    page =
        ajax(
            planning,
            page,
            CONSOLIDATE,
            "consolidationForm",
            "consolidationForm:createDraft",
            Map.of());
    assertThat(PageText.visible(page)).contains("Entwurf (Version 1)", "Lesepaten", "offen");
    String accept = "consolidationForm:contributions:0:proposalGoals:0:proposals:0:accept";
    page =
        planning.ajax(
            page, CONSOLIDATE, "consolidationForm", accept, accept, "acceptForm", Map.of());
    page =
        planning.ajax(
            page,
            CONSOLIDATE,
            "acceptForm",
            "acceptForm:confirmAccept",
            "acceptForm",
            "acceptForm consolidationForm",
            Map.of("acceptForm:targetGoal_input", ""));
    assertThat(PageText.visible(page)).contains("übernommen");
    page =
        ajax(
            planning,
            page,
            CONSOLIDATE,
            "consolidationForm",
            "consolidationForm:submitDraft",
            Map.of());

    assertThat(PageText.messages(page))
        .contains("Der Entwurf wurde der Verwaltungsspitze zur Zeichnung vorgelegt.");
    assertThat(
            Database.text(
                "SELECT CONCAT(v.status, '|', m.title) FROM work_plan_version v"
                    + " JOIN goal g ON g.version_id = v.id JOIN measure m ON m.goal_id = g.id"
                    + " WHERE v.cycle_id = ?",
                cycle))
        .isEqualTo("SUBMITTED|Lesepaten");
    assertThat(
            Database.text(
                "SELECT m.proposal_decision FROM measure m JOIN goal g ON g.id = m.goal_id"
                    + " JOIN contribution c ON c.id = g.contribution_id WHERE c.cycle_id = ?",
                cycle))
        .isEqualTo("ACCEPTED");
    assertThat(openTasks("Task_Consolidate")).isZero();
    assertThat(openTasks("Task_HeadSignOff")).isEqualTo(1);

    String task = fixture("action=publish&cycle=" + cycle + "&department=" + youth);
    page = department.get(PROGRESS + "?cycle=" + cycle + "&task=" + task);
    assertThat(page.status()).isEqualTo(200);
    assertThat(PageText.visible(page)).contains("Lesepaten");
    Map<String, String> line = progressLine("IN_PROGRESS", "150", "Zu viel");
    page = ajax(department, page, PROGRESS, "progressForm", "progressForm:submitProgress", line);
    assertThat(PageText.messages(page))
        .contains("Der Fortschritt muss zwischen 0 und 100 Prozent liegen.");
    assertThat(reports()).isZero();

    page =
        ajax(
            department,
            page,
            PROGRESS,
            "progressForm",
            "progressForm:submitProgress",
            progressLine("IN_PROGRESS", "40", "Zwei Schulen dabei"));

    assertThat(PageText.messages(page)).contains("Der Fortschrittsbericht wurde gespeichert.");
    assertThat(
            Database.text(
                "SELECT CONCAT(r.status, '|', r.percent_done, '|', r.report_text, '|', r.author,"
                    + " '|', r.reported_on) FROM progress_report r JOIN measure m"
                    + " ON m.id = r.measure_id JOIN goal g ON g.id = m.goal_id"
                    + " JOIN work_plan_version v ON v.id = g.version_id WHERE v.cycle_id = ?",
                cycle))
        .isEqualTo("IN_PROGRESS|40|Zwei Schulen dabei|" + contributor + "|" + LocalDate.now());
    assertThat(Database.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ = ?", task))
        .as("the progress-report task is completed")
        .isZero();
  }

  @Test
  void hostileMeasureInputIsRefusedWithAMessageAndChangesNothing() {
    PortalClient department = PortalClient.signedIn(base, contributor);
    Page page =
        addGoal(department, department.get(CONTRIBUTE + "?cycle=" + cycle), "Ganztag", "Ganztag");
    List<String> before = Database.snapshot("measure");
    long foreignDepartment =
        Database.count(
            "SELECT d.id FROM department d JOIN organisation o ON o.id = d.organisation_id"
                + " WHERE o.code = 'lk-musterland' AND d.code = 'kita'");
    long foreignAreaId =
        Database.count(
            "SELECT MIN(a.id) FROM area a JOIN organisation o ON o.id = a.organisation_id"
                + " WHERE o.code = 'lk-musterland'");

    Map<String, Map<String, String>> hostile = new LinkedHashMap<>();
    hostile.put("Das Budget muss eine Zahl ab 0 Euro sein.", measure("Minus", "-5"));
    Map<String, String> dueBeforeStart = measure("Rückwärts", "10");
    dueBeforeStart.put("measureForm:measureDue", "2027-01-01");
    hostile.put("Das Enddatum darf nicht vor dem Beginn liegen.", dueBeforeStart);
    hostile.put("Der Text ist zu lang (höchstens 300 Zeichen).", measure("x".repeat(301), "10"));
    Map<String, String> noTitle = measure("", "10");
    hostile.put("Titel", noTitle);
    Map<String, String> foreign = measure("Fremd", "10");
    foreign.put("measureForm:measureDepartment_input", String.valueOf(foreignDepartment));
    hostile.put("Verantwortliche Fachplanung", foreign);
    Map<String, String> garbage = measure("Kein Betrag", "zwölf");
    hostile.put("Budget (Euro)", garbage);

    hostile.forEach(
        (expected, fields) -> {
          Page dialog = addMeasureDialog(department, page);
          Page refused = saveMeasure(department, dialog, fields);
          assertThat(refused.status()).as(expected).isEqualTo(200);
          assertThat(String.join(" ", PageText.messages(refused)))
              .as(fields.toString())
              .contains(expected);
          assertThat(refused.body()).as(expected).contains("validationFailed");
        });

    assertThat(Database.snapshot("measure")).isEqualTo(before);

    // PrimeFaces drops a value that is none of the choices: the measure is saved without it
    Map<String, String> foreignArea = measure("Fremdes Gebiet", "10");
    foreignArea.put("measureForm:measureAreas", String.valueOf(foreignAreaId));
    saveMeasure(department, addMeasureDialog(department, page), foreignArea);
    assertThat(
            Database.text(
                "SELECT CONCAT(m.title, '|', (SELECT COUNT(*) FROM measure_area ma"
                    + " WHERE ma.measure_id = m.id)) FROM measure m JOIN goal g ON g.id = m.goal_id"
                    + " JOIN contribution c ON c.id = g.contribution_id WHERE c.cycle_id = ?",
                cycle))
        .as("saved without the other organisation's area")
        .isEqualTo("Fremdes Gebiet|0");
  }

  @Test
  void measureEditorOffersTodaysAreasAndKeepsAMeasuresOlderAreaVersion() {
    long org = TestOrganisations.idOf(organisation);
    LocalDate redrawn = LocalDate.now().minusDays(30);
    Database.update(
        "INSERT INTO area (organisation_id, code, name, valid_from, valid_to)"
            + " VALUES (?, 'nord', 'Nord', '2020-01-01', ?)",
        org,
        redrawn);
    Database.update(
        "INSERT INTO area (organisation_id, code, name, valid_from) VALUES (?, 'nord', 'Nord', ?)",
        org,
        redrawn);
    long older = Database.count("SELECT MIN(id) FROM area WHERE organisation_id = ?", org);
    long today = Database.count("SELECT MAX(id) FROM area WHERE organisation_id = ?", org);
    PortalClient department = PortalClient.signedIn(base, contributor);
    Page page =
        addGoal(department, department.get(CONTRIBUTE + "?cycle=" + cycle), "Ganztag", "Ganztag");

    Page dialog = addMeasureDialog(department, page);
    assertThat(areaOptions(dialog)).containsExactly(String.valueOf(today));

    page = saveMeasure(department, dialog, measure("Lesepaten", "10"));
    long measure =
        Database.count(
            "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal_id"
                + " JOIN contribution c ON c.id = g.contribution_id WHERE c.cycle_id = ?",
            cycle);
    // planned before the redrawing, as a measure carried over from last year would be
    Database.update("INSERT INTO measure_area (measure_id, area_id) VALUES (?, ?)", measure, older);
    page = department.get(CONTRIBUTE + "?cycle=" + cycle);
    String edit = "contributionForm:goals:0:measures:0:editMeasure";
    dialog =
        department.ajax(page, CONTRIBUTE, "contributionForm", edit, edit, "measureForm", Map.of());
    assertThat(areaOptions(dialog)).containsExactlyInAnyOrder(String.valueOf(today), "" + older);
    assertThat(dialog.body()).contains(">Nord (gültig 01.01.2020 bis ");

    Map<String, String> unchanged = measure("Lesepaten", "10");
    unchanged.put("measureForm:measureAreas", String.valueOf(older));
    saveMeasure(department, dialog, unchanged);
    assertThat(Database.count("SELECT area_id FROM measure_area WHERE measure_id = ?", measure))
        .as("the older version is kept")
        .isEqualTo(older);
  }

  /** The area ids the measure dialog's area menu offers (one hidden checkbox each). */
  private static List<String> areaOptions(Page dialog) {
    return java.util.regex.Pattern.compile(
            "name=\"measureForm:measureAreas\" type=\"checkbox\" value=\"(\\d+)\"")
        .matcher(dialog.body())
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void addressesOfOtherCyclesTasksAndRolesAnswerLikeNothingIsThere() {
    PortalClient department = PortalClient.signedIn(base, contributor);
    PortalClient planning = PortalClient.signedIn(base, planner);
    String otherPlanner = TestAccounts.create(TestOrganisations.create(), "planner");

    assertThat(department.get(CONTRIBUTE + "?cycle=abc").status()).isEqualTo(404);
    assertThat(department.get(CONTRIBUTE + "?cycle=999999999").status()).isEqualTo(404);
    assertThat(department.get(CONTRIBUTE).status()).isEqualTo(404);
    assertThat(department.get(PROGRESS + "?cycle=" + cycle + "&task=nope").status()).isEqualTo(404);
    assertThat(department.get(PROGRESS + "?cycle=" + cycle + "&task=%3Cscript%3E").status())
        .isEqualTo(404);
    assertThat(department.get(CONSOLIDATE + "?cycle=" + cycle).status()).isEqualTo(403);
    assertThat(planning.get(CONTRIBUTE + "?cycle=" + cycle).status()).isEqualTo(403);
    assertThat(planning.get(CONSOLIDATE + "?cycle=-1").status()).isEqualTo(404);
    assertThat(
            PortalClient.signedIn(base, otherPlanner).get(CONSOLIDATE + "?cycle=" + cycle).status())
        .isEqualTo(404);
  }

  @Test
  void secondTabSeesTheConflictInsteadOfOverwriting() {
    PortalClient department = PortalClient.signedIn(base, contributor);
    Page first = department.get(CONTRIBUTE + "?cycle=" + cycle);
    Page second = department.get(CONTRIBUTE + "?cycle=" + cycle);

    Page saved =
        ajax(
            department,
            first,
            CONTRIBUTE,
            "contributionForm",
            "contributionForm:saveNote",
            Map.of("contributionForm:note", "Erste Fassung"));
    Page conflict =
        ajax(
            department,
            second,
            CONTRIBUTE,
            "contributionForm",
            "contributionForm:saveNote",
            Map.of("contributionForm:note", "Zweite Fassung"));

    assertThat(PageText.messages(saved)).contains("Die Änderung wurde gespeichert.");
    assertThat(String.join(" ", PageText.messages(conflict)))
        .contains("Jemand anderes hat diesen Eintrag inzwischen gespeichert.");
    assertThat(Database.text("SELECT note FROM contribution WHERE cycle_id = ?", cycle))
        .isEqualTo("Erste Fassung");
  }

  // --- helpers

  private Page addGoal(PortalClient client, Page page, String focusArea, String title) {
    Page dialog =
        client.ajax(
            page,
            CONTRIBUTE,
            "contributionForm",
            "contributionForm:addGoal",
            "contributionForm:addGoal",
            "goalForm",
            Map.of());
    Page saved =
        client.ajax(
            dialog,
            CONTRIBUTE,
            "goalForm",
            "goalForm:saveGoal",
            "goalForm",
            "goalForm contributionForm",
            Map.of(
                "goalForm:goalFocusArea", focusArea,
                "goalForm:goalTitle", title,
                "goalForm:goalDescription", ""));
    assertThat(PageText.visible(saved)).contains(title);
    return saved;
  }

  private Page addMeasureDialog(PortalClient client, Page page) {
    String button = "contributionForm:goals:0:addMeasure";
    return client.ajax(
        page, CONTRIBUTE, "contributionForm", button, button, "measureForm", Map.of());
  }

  private Page saveMeasure(PortalClient client, Page dialog, Map<String, String> fields) {
    return client.ajax(
        dialog,
        CONTRIBUTE,
        "measureForm",
        "measureForm:saveMeasure",
        "measureForm",
        "measureForm contributionForm",
        fields);
  }

  private Map<String, String> measure(String title, String budget) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("measureForm:measureTitle", title);
    fields.put("measureForm:measureDescription", "Ehrenamtliche lesen vor");
    fields.put("measureForm:measureDepartment_input", String.valueOf(youth));
    fields.put("measureForm:measureBudget", budget);
    fields.put("measureForm:measureStart", "2027-02-01");
    fields.put("measureForm:measureDue", "2027-11-30");
    fields.put("measureForm:measureIndicator", "Teilnehmende Kinder");
    fields.put("measureForm:measureUnit", "Kinder");
    fields.put("measureForm:measureBaseline", "10");
    fields.put("measureForm:measureTarget", "40");
    return fields;
  }

  private static Map<String, String> progressLine(String status, String percent, String text) {
    return Map.of(
        "progressForm:lines:0:status_input", status,
        "progressForm:lines:0:percent", percent,
        "progressForm:lines:0:text", text);
  }

  /** A click on a button of the page's form, which sends and re-renders the whole form. */
  private static Page ajax(
      PortalClient client,
      Page page,
      String path,
      String form,
      String button,
      Map<String, String> fields) {
    String execute = fields.isEmpty() ? button : form;
    return client.ajax(page, path, form, button, execute, form, fields);
  }

  private long openTasks(String key) {
    return Database.count(
        "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN planning_cycle c"
            + " ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.id = ? AND t.TASK_DEF_KEY_ = ?",
        cycle,
        key);
  }

  private long reports() {
    return Database.count(
        "SELECT COUNT(*) FROM progress_report r JOIN measure m ON m.id = r.measure_id"
            + " JOIN goal g ON g.id = m.goal_id JOIN work_plan_version v ON v.id = g.version_id"
            + " WHERE v.cycle_id = ?",
        cycle);
  }

  private String fixture(String query) {
    Page answer =
        new PortalClient(base)
            .get(TaskFormsFixture.PATH + "?organisation=" + organisation + "&" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.body().trim();
  }
}

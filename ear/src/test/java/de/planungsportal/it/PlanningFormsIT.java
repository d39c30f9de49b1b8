package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.LocalDate;
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
 * The planner starts a cycle through its page, and department contributors meet its tasks in their
 * task list: with the due date, a link to the form, claimed and released again, overdue in words.
 * Each test runs in a new organisation of its own, with its own departments and accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningFormsIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private long schools;
  private long youth;
  private PortalClient planner;

  @BeforeEach
  void newOrganisationWithTwoDepartments() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    schools = department("schule", "Schulverwaltung", "EDUCATION");
    youth = department("jugend", "Jugendamt", "YOUTH_WELFARE");
    planner = PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
  }

  @Test
  void plannerStartsACycleThroughThePageWithItsProcessAndOneTaskPerDepartment() {
    Page form = planner.get("/planning/start.xhtml");
    assertThat(PageText.visible(form)).contains("Schulverwaltung", "Jugendamt", "vierteljährlich");
    assertThat(form.body()).contains("value=\"" + YEAR + "\"");

    Page answer = start(form, "Jahresarbeitsplan " + YEAR, YEAR, schools, youth);

    long cycle = onlyCycle();
    String instance =
        Database.text("SELECT process_instance_id FROM planning_cycle WHERE id = ?", cycle);
    assertThat(redirect(answer))
        .startsWith("/planning/cycle.xhtml?")
        .contains("notice=cycleStarted")
        .containsPattern("[?&]id=" + cycle + "(&|$)");
    assertThat(Database.text("SELECT title FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("Jahresarbeitsplan " + YEAR);
    assertThat(Database.text("SELECT status FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("RUNNING");
    assertThat(Database.text("SELECT follow_up_interval FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("P3M");
    assertThat(
            Database.text(
                "SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ = ? AND PROC_INST_ID_ = ID_",
                instance))
        .isEqualTo(String.valueOf(cycle));
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?"
                    + " AND TASK_DEF_KEY_ = 'Task_Contribute' AND TENANT_ID_ = ?",
                instance,
                organisation))
        .isEqualTo(2);
    assertThat(Database.count("SELECT COUNT(*) FROM contribution WHERE cycle_id = ?", cycle))
        .isEqualTo(2);
    Page cyclePage = planner.get(redirect(answer));
    assertThat(PageText.visible(cyclePage))
        .contains("Der Planungszyklus wurde gestartet.", "Jahresarbeitsplan " + YEAR);
  }

  @Test
  void secondCycleOfTheSameYearIsRefusedOnThePageAndNothingIsCreated() {
    start(planner.get("/planning/start.xhtml"), "Erster Plan", YEAR, schools);
    long before = cycles();

    Page answer = start(planner.get("/planning/start.xhtml"), "Zweiter Plan", YEAR, youth);

    assertThat(PageText.messages(answer))
        .contains(
            "Für das Jahr " + YEAR + " läuft in Ihrer Organisation bereits ein Planungszyklus.");
    assertThat(answer.body()).doesNotContain("<redirect");
    assertThat(cycles()).isEqualTo(before);
  }

  @Test
  void contributorClaimsAndReleasesTheTaskAndOpensItsForm() {
    start(planner.get("/planning/start.xhtml"), "Plan " + YEAR, YEAR, schools);
    long cycle = onlyCycle();
    String task = contributionTask(cycle, schools);
    String first = contributor(schools);
    String colleague = contributor(schools);
    PortalClient contributor = PortalClient.signedIn(base, first);

    Page list = contributor.get("/workflow/tasks.xhtml");
    assertThat(row(list)).contains("Beitrag einreichen", "noch niemand", "Übernehmen");
    assertThat(list.body()).contains("/planning/contribute.xhtml?cycle=" + cycle);

    Page claimed = click(contributor, list, "claim");
    assertThat(PageText.messages(claimed))
        .contains("Sie bearbeiten jetzt die Aufgabe „Beitrag einreichen“.");
    assertThat(assignee(task)).isEqualTo(first);
    assertThat(row(claimed)).contains("Ihnen", "Freigeben").doesNotContain("Übernehmen");
    assertThat(
            PageText.visible(PortalClient.signedIn(base, colleague).get("/workflow/tasks.xhtml")))
        .as("a claimed task leaves the colleagues' lists")
        .doesNotContain("Beitrag einreichen");

    Page released = click(contributor, claimed, "unclaim");
    assertThat(PageText.messages(released))
        .contains("Die Aufgabe „Beitrag einreichen“ ist wieder für alle Ihrer Rolle offen.");
    assertThat(assignee(task)).isNull();
    assertThat(
            PageText.visible(PortalClient.signedIn(base, colleague).get("/workflow/tasks.xhtml")))
        .contains("Beitrag einreichen");
  }

  @Test
  void tasksOfOtherDepartmentsAreNotListedAndOverdueOnesSaySo() {
    start(planner.get("/planning/start.xhtml"), "Plan " + YEAR, YEAR, schools, youth);
    long cycle = onlyCycle();
    String schoolTask = contributionTask(cycle, schools);
    Database.update(
        "UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?",
        java.sql.Timestamp.valueOf(LocalDate.now().minusDays(3).atStartOfDay()),
        schoolTask);
    PortalClient youthContributor = PortalClient.signedIn(base, contributor(youth));
    PortalClient schoolContributor = PortalClient.signedIn(base, contributor(schools));

    Page youthList = youthContributor.get("/workflow/tasks.xhtml");
    Page schoolList = schoolContributor.get("/workflow/tasks.xhtml");

    assertThat(rows(youthList)).isEqualTo(1);
    assertThat(row(youthList)).doesNotContain("überfällig");
    assertThat(rows(schoolList)).isEqualTo(1);
    assertThat(row(schoolList)).contains("überfällig");
    assertThat(schoolList.body()).contains("overdue-row");
  }

  // --- helpers -------------------------------------------------------------------------------

  private Page start(Page form, String title, int year, long... departments) {
    StringBuilder tail = new StringBuilder();
    for (long department : departments) {
      tail.append(tail.isEmpty() ? "" : "&").append("startForm%3Adepartments=").append(department);
    }
    return planner.ajax(
        form,
        "/planning/start.xhtml",
        "startForm",
        "startForm:start",
        "startForm",
        "startForm",
        Map.of(
            "startForm:year",
            String.valueOf(year),
            "startForm:title",
            title,
            "startForm:due",
            LocalDate.now().plusDays(30).toString(),
            "startForm:interval",
            "P3M"),
        tail.toString());
  }

  private static Page click(PortalClient client, Page list, String button) {
    String source = "tasksForm:tasks:0:" + button;
    Page answer =
        client.ajax(
            list, "/workflow/tasks.xhtml", "tasksForm", source, source, "tasksForm", Map.of());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.isPartial()).as(answer.body()).isTrue();
    return answer;
  }

  private static String redirect(Page answer) {
    Matcher redirect = REDIRECT.matcher(answer.body());
    assertThat(redirect.find()).as(answer.body()).isTrue();
    return PageText.unescape(redirect.group(1));
  }

  /** The visible text of the task table's first data row. */
  private static String row(Page page) {
    Matcher row = Pattern.compile("(?s)<tr[^>]*data-ri=\"0\"[^>]*>(.*?)</tr>").matcher(page.body());
    assertThat(row.find()).as(page.body()).isTrue();
    return PageText.unescape(row.group(1).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));
  }

  private static int rows(Page page) {
    return (int) Pattern.compile("<tr[^>]*data-ri=\"").matcher(page.body()).results().count();
  }

  private long department(String code, String name, String kind) {
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, ?, ?, ?)",
        organisationId,
        code,
        name,
        kind);
    return Database.count(
        "SELECT id FROM department WHERE organisation_id = ? AND code = ?", organisationId, code);
  }

  private String contributor(long department) {
    String username = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, department_id)"
            + " SELECT id, 'department-contributor', ? FROM account WHERE username = ?",
        department,
        username);
    return username;
  }

  private long onlyCycle() {
    return Database.count(
        "SELECT MAX(id) FROM planning_cycle WHERE organisation_id = ?", organisationId);
  }

  private long cycles() {
    return Database.count(
        "SELECT COUNT(*) FROM planning_cycle WHERE organisation_id = ?", organisationId);
  }

  /** The open contribution task of the department (its candidate group names it). */
  private static String contributionTask(long cycle, long department) {
    return Database.text(
        "SELECT t.ID_ FROM ACT_RU_TASK t JOIN planning_cycle c"
            + " ON c.process_instance_id = t.PROC_INST_ID_"
            + " JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_"
            + " WHERE c.id = ? AND t.TASK_DEF_KEY_ = 'Task_Contribute' AND l.GROUP_ID_ = ?",
        cycle,
        "department-contributor#department-" + department);
  }

  private static String assignee(String task) {
    return Database.text("SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE ID_ = ?", task);
  }
}

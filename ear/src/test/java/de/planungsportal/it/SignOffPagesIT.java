package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
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
 * The administrative head signs off or returns the submitted version through its page, on a cycle
 * the services brought to the sign-off ({@link SignOffFixture}) in a new organisation of the test's
 * own; a sign-off starts the approval of the committee the route names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignOffPagesIT {

  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
  private static final String REQUIRED = "Bitte geben Sie einen Wert ein.";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SignOffFixture.class);
  }

  @ArquillianResource URL base;

  private String organisation;
  private long cycle;
  private long version;
  private PortalClient head;

  @BeforeEach
  void cycleWaitingForTheHead() {
    organisation = TestOrganisations.create();
    long organisationId = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, 'schule',"
            + " 'Schulverwaltung', 'EDUCATION')",
        organisationId);
    Database.update(
        "INSERT INTO committee (organisation_id, code, name, kind) VALUES (?, 'schultraeger',"
            + " 'Schulträgerausschuss', 'SCHULTRAEGER')",
        organisationId);
    long department =
        Database.count(
            "SELECT id FROM department WHERE organisation_id = ? AND code = 'schule'",
            organisationId);
    Page started =
        new PortalClient(base)
            .get(
                SignOffFixture.PATH
                    + "?organisation="
                    + organisation
                    + "&department="
                    + department);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    cycle = Long.parseLong(started.body().trim());
    version = Database.count("SELECT id FROM work_plan_version WHERE cycle_id = ?", cycle);
    head = PortalClient.signedIn(base, TestAccounts.create(organisation, "administrative-head"));
  }

  @Test
  void headSeesTheSummaryAndReturnsTheVersionOnlyWithReasons() {
    Page page = head.get("/planning/sign-off.xhtml?cycle=" + cycle);
    assertThat(page.status()).isEqualTo(200);
    assertThat(PageText.visible(page))
        .contains("Plan zur Zeichnung", "1 Ziele, 1 Maßnahmen", "30.000,00");
    assertThat(page.body()).contains("/planning/plan.xhtml?version=" + version);
    List<String> decisionsBefore = decisions();

    for (String[] refused :
        new String[][] {
          {"", REQUIRED},
          {"   ", "Bitte geben Sie Gründe an."},
          {"x".repeat(10_001), "Höchstens 10.000 Zeichen"}
        }) {
      Page answer = giveBack(page, refused[0]);
      assertThat(messages(answer)).anySatisfy(m -> assertThat(m).contains(refused[1]));
      assertThat(answer.body()).doesNotContain("<redirect");
    }
    assertThat(status()).isEqualTo("SUBMITTED");
    assertThat(decisions()).isEqualTo(decisionsBefore);

    Page returned = giveBack(page, "Budget Schulbus begründen");

    assertThat(redirect(returned)).startsWith("/workflow/tasks.xhtml?notice=returned");
    assertThat(status()).isEqualTo("RETURNED");
    assertThat(
            Database.text(
                "SELECT reasons FROM work_plan_decision WHERE version_id = ?"
                    + " AND step = 'HEAD_SIGN_OFF' AND outcome = 'RETURNED'",
                version))
        .isEqualTo("Budget Schulbus begründen");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'WORK_PLAN_RETURNED'"
                    + " AND entity_id = ?",
                String.valueOf(version)))
        .isEqualTo(1);
    assertThat(PageText.visible(head.get(redirect(returned))))
        .contains("Sie haben die Version mit Ihren Gründen an die Planung zurückgegeben.");
  }

  @Test
  void headSignsOffAndTheCommitteeApprovalStartsWithADraftPaper() {
    Page page = head.get("/planning/sign-off.xhtml?cycle=" + cycle);
    Page approved =
        head.ajax(
            page,
            "/planning/sign-off.xhtml",
            "approveForm",
            "approveForm:approve",
            "approveForm",
            "approveForm",
            Map.of());
    assertThat(redirect(approved)).startsWith("/workflow/tasks.xhtml?notice=signedOff");
    assertThat(status()).isEqualTo("APPROVED");

    assertThat(
            Database.text(
                "SELECT CONCAT(p.reference, ' ', p.state, ' ', c.kind) FROM paper p"
                    + " JOIN committee c ON c.id = p.committee_id WHERE p.version_id = ?",
                version))
        .matches("BV-\\d{4}-1 DRAFT SCHULTRAEGER");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'PAPER_CREATED'"
                    + " AND organisation_id = ?",
                TestOrganisations.idOf(organisation)))
        .isEqualTo(1);
  }

  @Test
  void otherRolesAndOrganisationsAreRefusedTheForms() {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    PortalClient foreignHead =
        PortalClient.signedIn(base, TestAccounts.create("lk-musterland", "administrative-head"));

    assertThat(planner.get("/planning/sign-off.xhtml?cycle=" + cycle).status()).isEqualTo(403);
    Page foreign = foreignHead.get("/planning/sign-off.xhtml?cycle=" + cycle);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("Plan zur Zeichnung");
    assertThat(status()).isEqualTo("SUBMITTED");
  }

  private Page giveBack(Page page, String reasons) {
    Page answer =
        head.ajax(
            page,
            "/planning/sign-off.xhtml",
            "returnForm",
            "returnForm:giveBack",
            "returnForm",
            "returnForm",
            Map.of("returnForm:reasons", reasons));
    assertThat(answer.status()).isEqualTo(200);
    return answer;
  }

  /** Messages of the form: global ones and those beside a field. */
  private static List<String> messages(Page page) {
    List<String> messages = new java.util.ArrayList<>(PageText.messages(page));
    Pattern.compile("class=\"ui-message-(?:error|warn|info)-(?:summary|detail)\"[^>]*>([^<]*)<")
        .matcher(page.body())
        .results()
        .forEach(m -> messages.add(PageText.unescape(m.group(1))));
    return messages;
  }

  private static String redirect(Page answer) {
    Matcher redirect = REDIRECT.matcher(answer.body());
    assertThat(redirect.find()).as(answer.body()).isTrue();
    return PageText.unescape(redirect.group(1));
  }

  private String status() {
    return Database.text("SELECT status FROM work_plan_version WHERE id = ?", version);
  }

  private static List<String> decisions() {
    return Database.snapshot("work_plan_decision");
  }
}

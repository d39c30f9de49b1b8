package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the portal tells a person about their data: the Art. 15 export holds everything stored about
 * the account (sign-in state, lock-out, "sign out everywhere", grants, audit entries, records that
 * keep the user name), and the privacy page names the controller the operator configured (the test
 * server sets the demo's, as the demo run must).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataProtectionIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private String adminName;
  private PortalClient admin;

  @BeforeEach
  void signInAsAdminOfANewOrganisation() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    adminName = TestAccounts.create(organisation, "admin");
    admin = PortalClient.signedIn(base, adminName);
  }

  @Test
  void exportOfAnAccountHoldsItsSignInStateGrantsAndRecordsKeptUnderItsName() throws Exception {
    String user = TestAccounts.create(organisation, "planner");
    long userId = TestAccounts.idOf(user);
    Database.update(
        "UPDATE account SET failed_logins = 2, locked_until = '2031-02-03 04:05:06',"
            + " sessions_valid_after = '2026-11-30 08:15:00', must_change_password = TRUE,"
            + " password_changed_at = '2026-11-01 12:00:00' WHERE id = ?",
        userId);
    long partner = TestOrganisations.idOf(TestOrganisations.create());
    Database.update(
        "INSERT INTO sharing_grant (owner_organisation_id, grantee_organisation_id, scope,"
            + " granted_by, granted_at) VALUES (?, ?, 'REFERENCE_DATA', ?, '2026-10-01 09:00:00')",
        organisationId,
        partner,
        user);
    Database.update(
        "INSERT INTO planning_cycle (organisation_id, plan_year, title, status, started_by)"
            + " VALUES (?, 2027, 'Jahresarbeitsplan 2027', 'RUNNING', ?)",
        organisationId,
        user);

    Page answer = admin.get("/api/v1/admin/accounts/" + userId + "/personal-data");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode data = JSON.readTree(answer.body());
    assertThat(data.get("id").asLong()).isEqualTo(userId);
    assertThat(data.get("username").asText()).isEqualTo(user);
    assertThat(data.get("displayName").asText()).isEqualTo("Test " + user);
    assertThat(data.get("email").asText()).isEqualTo(user + "@test.example");
    assertThat(data.get("enabled").asBoolean()).isTrue();
    assertThat(data.get("createdAt").asText()).isNotBlank();
    assertThat(data.at("/organisation/code").asText()).isEqualTo(organisation);
    JsonNode signIn = data.get("signIn");
    assertThat(signIn.get("passwordSet").asBoolean()).isTrue();
    assertThat(signIn.get("mustChangePassword").asBoolean()).isTrue();
    assertThat(signIn.get("passwordChangedAt").asText()).isEqualTo("2026-11-01T12:00");
    assertThat(signIn.get("failedAttempts").asInt()).isEqualTo(2);
    assertThat(signIn.get("lockedUntil").asText()).isEqualTo("2031-02-03T04:05:06");
    assertThat(signIn.get("sessionsValidAfter").asText()).isEqualTo("2026-11-30T08:15");
    assertThat(data.at("/grants/0/role").asText()).isEqualTo("planner");
    assertThat(data.get("grants")).hasSize(1);
    assertThat(data.at("/sharingGrants/0/scope").asText()).isEqualTo("REFERENCE_DATA");
    assertThat(data.at("/sharingGrants/0/grantedBy").asText()).isEqualTo(user);
    assertThat(data.at("/planningCyclesConfirmed/0/title").asText())
        .isEqualTo("Jahresarbeitsplan 2027");
    assertThat(data.at("/workflow/ACT_HI_TASKINST.ASSIGNEE_").asLong()).isZero();
    assertThat(answer.body()).doesNotContain("$2a$", "password_hash", "passwordHash");
  }

  @Test
  void ownExportListsTheAuditEntriesOfWhatOneDid() throws Exception {
    Page opened = AdminPages.openNewDialog(admin, "/admin/departments.xhtml");
    admin.ajax(
        opened,
        "/admin/departments.xhtml",
        "editForm",
        "editForm:save",
        "editForm",
        "editForm listForm",
        Map.of(
            "editForm:code",
            "gesundheit",
            "editForm:name",
            "Gesundheitsplanung",
            "editForm:kind_input",
            "HEALTH"));

    Page answer = admin.get("/api/v1/account/personal-data");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode data = JSON.readTree(answer.body());
    assertThat(data.get("username").asText()).isEqualTo(adminName);
    List<String> summaries = new ArrayList<>();
    data.get("auditEvents")
        .forEach(
            e -> {
              assertThat(e.get("actor").asText()).isEqualTo(adminName);
              summaries.add(e.get("action").asText() + " " + e.get("summary").asText());
            });
    assertThat(summaries).contains("CREATED Department 'gesundheit' Gesundheitsplanung");
    assertThat(data.at("/signIn/failedAttempts").asInt()).isZero();
    assertThat(data.at("/signIn/lockedUntil").isNull()).isTrue();
  }

  @Test
  void privacyPageNamesTheConfiguredController() {
    Page privacy = new PortalClient(base).get("/privacy.xhtml");

    assertThat(privacy.status()).isEqualTo(200);
    assertThat(PageText.visible(privacy))
        .contains("Landkreis Musterland, Der Landrat")
        .contains("datenschutz@musterland.example")
        .doesNotContain("noch nicht angegeben");
  }
}

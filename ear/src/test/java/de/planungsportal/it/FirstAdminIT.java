package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A district's admin gives a new municipality its first admin account from the organisation screen,
 * and only that one: afterwards the municipality manages its accounts itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstAdminIT {

  private static final String PATH = "/admin/organisations.xhtml";
  private static final Pattern PASSWORD =
      Pattern.compile("<code id=\"initialPasswordValue\">([^<]+)</code>");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void districtAdminCreatesTheFirstAdminOfAMunicipalityOnce() {
    String district = TestOrganisations.create();
    long districtId = TestOrganisations.idOf(district);
    long municipalityId = municipalityOf(districtId);
    PortalClient admin = new PortalClient(base);
    String districtAdmin = TestAccounts.create(district, "admin");
    admin.signIn(districtAdmin, DemoAccounts.PASSWORD);
    String username = "erst-" + UUID.randomUUID().toString().substring(0, 8);
    // two open dialogs, as two admins (or two tabs) might have, saved at the same moment
    Page first = openDialog(admin);
    Page second = openDialog(admin);
    CompletableFuture<Page> one = CompletableFuture.supplyAsync(() -> save(admin, first, username));
    CompletableFuture<Page> other =
        CompletableFuture.supplyAsync(() -> save(admin, second, username + "b"));
    boolean firstWon = one.join().body().contains("initialPasswordValue");
    Page created = firstWon ? one.join() : other.join();
    Page again = firstWon ? other.join() : one.join();
    String winner = firstWon ? username : username + "b";

    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE organisation_id = ?", municipalityId))
        .as("exactly one of the two dialogs created an account")
        .isEqualTo(1);
    Matcher password = PASSWORD.matcher(created.body());
    assertThat(password.find()).as(created.body()).isTrue();
    assertThat(PageText.visible(created)).contains("Startpasswort für " + winner);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account a JOIN role_grant g ON g.account_id = a.id"
                    + " WHERE a.username = ? AND a.organisation_id = ? AND g.role = 'admin'",
                winner,
                municipalityId))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ? AND entity_type ="
                    + " 'Account' AND action IN ('CREATED', 'GRANTED') AND actor = ?",
                municipalityId,
                districtAdmin))
        .as("the municipality sees who created its admin")
        .isEqualTo(2);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?"
                    + " AND action = 'FIRST_ADMIN_CREATED' AND entity_id = ?",
                districtId,
                String.valueOf(municipalityId)))
        .isEqualTo(1);
    assertThat(PageText.messages(again))
        .anySatisfy(m -> assertThat(m).contains("hat bereits ein Admin-Konto"));
    assertThat(admin.get(PATH).body()).doesNotContain(":firstAdmin\"");

    PortalClient newAdmin = new PortalClient(base);
    Page signedIn = newAdmin.signIn(winner, password.group(1));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(newAdmin.get("/admin/index.xhtml").location())
        .as("the initial password must be changed first")
        .hasValueSatisfying(l -> assertThat(l).contains("/account/password.xhtml"));
  }

  private long municipalityOf(long districtId) {
    String code = "m-" + UUID.randomUUID().toString().substring(0, 8);
    Database.update(
        "INSERT INTO organisation (code, name, kind, parent_id)"
            + " VALUES (?, 'Gemeinde Neudorf', 'MUNICIPALITY', ?)",
        code,
        districtId);
    return TestOrganisations.idOf(code);
  }

  /** The district itself is row 0 and needs no first admin; its municipality is row 1. */
  private Page openDialog(PortalClient admin) {
    Page list = admin.get(PATH);
    assertThat(list.body())
        .contains("listForm:rows:1:firstAdmin")
        .doesNotContain("listForm:rows:0:firstAdmin");
    Page opened =
        admin.ajax(
            list,
            PATH,
            "listForm",
            "listForm:rows:1:firstAdmin",
            "listForm:rows:1:firstAdmin",
            "firstAdminForm",
            Map.of());
    assertThat(opened.body()).contains("Gemeinde Neudorf", "id=\"firstAdminForm:save\"");
    return opened;
  }

  private Page save(PortalClient admin, Page dialog, String username) {
    Page answer =
        admin.ajax(
            dialog,
            PATH,
            "firstAdminForm",
            "firstAdminForm:save",
            "firstAdminForm",
            "firstAdminForm listForm",
            Map.of(
                "firstAdminForm:username", username,
                "firstAdminForm:displayName", "Erna Erstadmin",
                "firstAdminForm:email", "erna@neudorf.example"));
    assertThat(answer.isPartial()).as(answer.body()).isTrue();
    return answer;
  }
}

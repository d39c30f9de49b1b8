package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what, asked of the running server over HTTP for every role of the demo data and for
 * anonymous visitors. The expectations are written down here independently of the application's own
 * access table, so a change there shows up as a failure here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  enum Outcome {
    /** 200 with the page or JSON itself. */
    ALLOWED,
    /** a redirect to the sign-in page, which brings the visitor back afterwards. */
    SIGN_IN,
    /** 401 problem (API). */
    UNAUTHORIZED,
    /** 403. */
    FORBIDDEN
  }

  private static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/login.xhtml",
          "/privacy.xhtml",
          "/answer/",
          "/answer/thanks.xhtml",
          // the demo data's youth survey, the first wave of the fresh test database
          "/answer/privacy.xhtml?wave=1");

  /**
   * The OParl API; {body} and {committee} stand for the demo district and one of its committees.
   */
  private static final List<String> PUBLIC_API =
      List.of(
          "/oparl/v1.1/system",
          "/oparl/v1.1/bodies",
          "/oparl/v1.1/bodies/{body}",
          "/oparl/v1.1/bodies/{body}/organizations",
          "/oparl/v1.1/bodies/{body}/meetings",
          "/oparl/v1.1/organizations/{committee}");

  private static final List<String> STAFF_PAGES =
      List.of(
          "/workflow/tasks.xhtml",
          "/reference/index.xhtml",
          "/account/index.xhtml",
          "/account/password.xhtml");
  private static final List<String> ADMIN_PAGES =
      List.of(
          "/admin/index.xhtml",
          "/admin/organisations.xhtml",
          "/admin/departments.xhtml",
          "/admin/areas.xhtml",
          "/admin/schools.xhtml",
          "/admin/accounts.xhtml",
          "/admin/sharing.xhtml",
          "/admin/audit.xhtml");
  private static final List<String> STAFF_API =
      List.of(
          "/api/v1/reference/departments",
          "/api/v1/reference/areas",
          "/api/v1/reference/schools",
          "/api/v1/reference/committees",
          "/api/v1/account/personal-data");

  /** Demo accounts of Landkreis Musterland, one per role, plus the town's planner. */
  private static final List<String> STAFF =
      List.of(
          "planer",
          "jugendhilfe",
          "landrat",
          "gremienbuero",
          "vorsitz",
          "mitglied",
          "datenschutz",
          "schule",
          "planer.stadt");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void everyRoleGetsExactlyWhatItsRoleAllows() {
    String adminApi = "/api/v1/admin/accounts/" + TestAccounts.idOf("planer") + "/personal-data";
    SoftAssertions softly = new SoftAssertions();

    PortalClient anonymous = new PortalClient(base);
    check(
        softly,
        "anonymous",
        anonymous,
        expectations(
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            Outcome.SIGN_IN,
            Outcome.SIGN_IN,
            Outcome.UNAUTHORIZED,
            Outcome.UNAUTHORIZED,
            adminApi));

    for (String username : STAFF) {
      check(
          softly,
          username,
          signedIn(username),
          expectations(
              Outcome.ALLOWED,
              Outcome.ALLOWED,
              Outcome.ALLOWED,
              Outcome.FORBIDDEN,
              Outcome.ALLOWED,
              Outcome.FORBIDDEN,
              adminApi));
    }
    check(
        softly,
        "admin",
        signedIn("admin"),
        expectations(
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            Outcome.ALLOWED,
            adminApi));

    softly.assertAll();
  }

  /**
   * A raw path whose dot segments or path parameters lead elsewhere is judged by where the server
   * takes it, not by how it is spelled (java.net.URI would normalise it, so it is sent as is).
   */
  @Test
  void disguisedPathsAreJudgedByWhereTheyLead() throws Exception {
    String origin = new PortalClient(base).origin();
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    SoftAssertions softly = new SoftAssertions();
    for (String path :
        List.of(
            "/x/../admin/index.xhtml",
            "/x/../admin/accounts.xhtml",
            "/oparl/../workflow/tasks.xhtml",
            "/admin;p=1/index.xhtml",
            "/x/../api/v1/account/personal-data")) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(origin + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      softly
          .assertThat(answer.statusCode())
          .as(path + " " + answer.headers().firstValue("Location").orElse(""))
          .isIn(302, 401, 404);
      softly.assertThat(answer.body()).as(path).doesNotContain("Fehlernummer");
    }
    softly.assertAll();
  }

  @Test
  void adminCannotReachAccountsOfAnotherOrganisation() {
    PortalClient admin = signedIn("admin");

    Page townPlanner =
        admin.get("/api/v1/admin/accounts/" + TestAccounts.idOf("planer.stadt") + "/personal-data");

    assertThat(townPlanner.status()).isEqualTo(403);
    assertThat(townPlanner.body()).doesNotContain("Stadtplaner");
  }

  @Test
  void otherOrganisationSeesSharedReferenceDataOnlyWhileTheGrantLasts() {
    PortalClient town = signedIn("planer.stadt");
    assertThat(town.get("/api/v1/reference/schools").body())
        .as("without a grant")
        .doesNotContain("Gymnasium am See", "Landkreis Musterland");

    PortalClient admin = signedIn("admin");
    Page sharing = admin.get("/admin/sharing.xhtml");
    sharing =
        admin.ajax(
            sharing,
            "/admin/sharing.xhtml",
            "listForm",
            "listForm:new",
            "listForm:new",
            "editForm",
            Map.of());
    Page granted =
        admin.ajax(
            sharing,
            "/admin/sharing.xhtml",
            "editForm",
            "editForm:save",
            "editForm",
            "editForm listForm",
            Map.of(
                "editForm:grantee_input",
                String.valueOf(organisationId("musterstadt")),
                "editForm:scope_input",
                "REFERENCE_DATA"));
    assertThat(granted.body()).contains("Stadt Musterstadt");
    try {
      String shared = town.get("/api/v1/reference/schools").body();
      assertThat(shared)
          .contains(
              "\"name\":\"Gymnasium am See\"",
              "\"owner\":\"Landkreis Musterland\"",
              "\"shared\":true");
      Page page = town.get("/reference/index.xhtml");
      assertThat(page.body()).contains("Gymnasium am See", "geteilt");
    } finally {
      revokeActiveGrants(admin);
    }

    assertThat(town.get("/api/v1/reference/schools").body())
        .as("after revoking")
        .doesNotContain("Gymnasium am See");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('SHARING_GRANTED','SHARING_REVOKED')"
                    + " AND actor = 'admin'"))
        .isGreaterThanOrEqualTo(2);
  }

  /** Clicks "revoke" on the first row until none is active; the table lists active first. */
  private void revokeActiveGrants(PortalClient admin) {
    Page sharing = admin.get("/admin/sharing.xhtml");
    for (int guard = 0; activeGrantsOfDistrict() > 0 && guard < 10; guard++) {
      sharing =
          admin.ajax(
              sharing,
              "/admin/sharing.xhtml",
              "listForm",
              "listForm:rows:0:revoke",
              "listForm:rows:0:revoke",
              "listForm",
              Map.of());
    }
    assertThat(activeGrantsOfDistrict()).as("all grants revoked").isZero();
  }

  private static long activeGrantsOfDistrict() {
    return Database.count(
        "SELECT COUNT(*) FROM sharing_grant g JOIN organisation o ON o.id = g.owner_organisation_id"
            + " WHERE o.code = 'lk-musterland' AND g.revoked_at IS NULL");
  }

  private Map<String, Outcome> expectations(
      Outcome publicPages,
      Outcome publicApi,
      Outcome staffPages,
      Outcome adminPages,
      Outcome staffApi,
      Outcome adminApiOutcome,
      String adminApi) {
    Map<String, Outcome> expected = new LinkedHashMap<>();
    PUBLIC_PAGES.forEach(p -> expected.put(p, publicPages));
    long district = organisationId("lk-musterland");
    long committee =
        Database.count("SELECT MIN(id) FROM committee WHERE organisation_id = ?", district);
    PUBLIC_API.forEach(
        p ->
            expected.put(
                p.replace("{body}", String.valueOf(district))
                    .replace("{committee}", String.valueOf(committee)),
                publicApi));
    STAFF_PAGES.forEach(p -> expected.put(p, staffPages));
    ADMIN_PAGES.forEach(p -> expected.put(p, adminPages));
    STAFF_API.forEach(p -> expected.put(p, staffApi));
    expected.put(adminApi, adminApiOutcome);
    return expected;
  }

  private static void check(
      SoftAssertions softly, String who, PortalClient client, Map<String, Outcome> expected) {
    expected.forEach(
        (path, outcome) ->
            softly
                .assertThat(outcomeOf(path, client.get(path)))
                .as(who + " " + path)
                .isEqualTo(outcome));
  }

  private static Outcome outcomeOf(String path, Page page) {
    assertThat(page.body()).as(path).doesNotContain("Fehlernummer");
    if (page.status() == 302
        && page.location().orElse("").contains("/login.xhtml?next=")
        && page.location()
            .get()
            .contains(java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8))) {
      return Outcome.SIGN_IN;
    }
    return switch (page.status()) {
      case 200 -> Outcome.ALLOWED;
      case 401 -> Outcome.UNAUTHORIZED;
      case 403 -> Outcome.FORBIDDEN;
      default ->
          throw new AssertionError("unexpected status " + page.status() + ":\n" + page.body());
    };
  }

  private PortalClient signedIn(String username) {
    PortalClient client = new PortalClient(base);
    Page result = client.signIn(username, DemoAccounts.PASSWORD);
    assertThat(result.status()).as(username + " signs in").isEqualTo(302);
    return client;
  }

  private static long organisationId(String code) {
    return Database.count("SELECT id FROM organisation WHERE code = ?", code);
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what, asked of the running server over HTTP for anonymous visitors, an account
 * without any role and every demo account, each with a row of its own. The expectations are written
 * down here independently of the application's own access table, so a change there shows up as a
 * failure here; and the pages and endpoints are discovered in the built application, so one added
 * without an expectation fails too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  /** What a visitor meets at a path. */
  enum Outcome {
    /**
     * Not stopped at the door: whatever the page or resource itself answers (its content, a
     * redirect of its own, a 404 of its own) but no sign-in, 401, 403 or server error.
     */
    OPEN("open"),
    /** 200 with the page or JSON itself. */
    ALLOWED("200"),
    /** the sign-in page, which brings the visitor back afterwards. */
    SIGN_IN("sign-in"),
    /** 401 problem (API). */
    UNAUTHORIZED("401"),
    /** 403 page or problem. */
    FORBIDDEN("403"),
    /** let through, and nothing is there. */
    NOT_FOUND("404"),
    /** a redirect of the page's own, not to the sign-in page. */
    REDIRECT("redirect");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** Whether a visitor who expects this may meet that. */
    boolean admits(Outcome met) {
      return this == OPEN ? Set.of(ALLOWED, REDIRECT, NOT_FOUND).contains(met) : this == met;
    }

    static Outcome of(String label) {
      return Arrays.stream(values())
          .filter(o -> o.label.equals(label))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no outcome " + label));
    }
  }

  /**
   * Every page, download, servlet and REST resource of the portal with the kind of access it needs
   * (the columns of {@link #MATRIX}). {body}, {committee} and {planer} stand for the demo district,
   * one of its committees and the demo planner's account; {cycle}, {published} and {returned} for a
   * test cycle of the district with its published and returned version, {submitted} for a submitted
   * version, {draft} for a draft paper of the committee the demo's committee accounts sit on,
   * {paper}, {decision} and {file} for a paper of that committee, its decision and attachment,
   * {questionnaire} for a questionnaire version of the district. A {@code probe} is a path nothing
   * serves (yet), asked to show that such paths are closed too.
   */
  private static final String PATHS =
      """
      /                                             public
      /login.xhtml                                  public
      /privacy.xhtml                                public
      /answer/                                      public
      /answer/page                                  public
      /answer/preview?version={qversion}            step-planner
      /answer/thanks.xhtml                          public
      /answer/privacy.xhtml?wave=1                  public
      /error/400.xhtml                              public
      /error/403.xhtml                              public
      /error/404.xhtml                              public
      /error/500.xhtml                              public
      /error/expired.xhtml                          public
      /oparl/v1.1/                                  public        probe
      /oparl/v1.1/system                            public
      /oparl/v1.1/bodies                            public
      /oparl/v1.1/bodies/{body}                     public
      /oparl/v1.1/bodies/{body}/organizations       public
      /oparl/v1.1/bodies/{body}/persons             public
      /oparl/v1.1/bodies/{body}/meetings            public
      /oparl/v1.1/bodies/{body}/papers              public
      /oparl/v1.1/bodies/{body}/legislative-terms   public
      /oparl/v1.1/bodies/{body}/agenda-items        public
      /oparl/v1.1/bodies/{body}/consultations       public
      /oparl/v1.1/bodies/{body}/files               public
      /oparl/v1.1/bodies/{body}/locations           public
      /oparl/v1.1/bodies/{body}/memberships         public
      /oparl/v1.1/organizations/{committee}         public
      /oparl/v1.1/persons/1                         public
      /oparl/v1.1/memberships/1                     public
      /oparl/v1.1/meetings/1                        public
      /oparl/v1.1/agenda-items/1                    public
      /oparl/v1.1/papers/1                          public
      /oparl/v1.1/consultations/1                   public
      /oparl/v1.1/files/1                           public
      /oparl/v1.1/files/1/access                    public
      /oparl/v1.1/files/1/download                  public
      /sso/signin                                   sso-entry
      /account/index.xhtml                          account-page
      /account/password.xhtml                       account-page
      /api/v1/account/personal-data                 account-api
      /workflow/tasks.xhtml                         staff-page
      /workflow/process.xhtml                       process-page
      /reference/index.xhtml                        staff-page
      /api/v1/reference/departments                 staff-api
      /api/v1/reference/areas                       staff-api
      /api/v1/reference/schools                     staff-api
      /api/v1/reference/committees                  staff-api
      /planning/cycles.xhtml                        plan-list
      /planning/cycle.xhtml?id={cycle}              plan-published
      /planning/plan.xhtml?version={published}      plan-published
      /planning/plan.xhtml?version={returned}       plan-draft
      /planning/compare.xhtml?from={returned}&to={published} plan-draft
      /planning/export/{published}.pdf              export-published
      /planning/export/{published}.xlsx             export-published
      /planning/export/{submitted}.pdf              export-submitted
      /planning/contribute.xhtml?cycle={cycle}      task-contribute
      /planning/consolidate.xhtml?cycle={cycle}     task-consolidate
      /planning/progress.xhtml?cycle={cycle}&task=0 task-progress
      /planning/start.xhtml                         plan-start
      /planning/year-end.xhtml?cycle={cycle}        step-planner
      /planning/sign-off.xhtml?cycle={cycle}        step-head
      /committee/prepare.xhtml?paper={draft}        step-secretariat
      /committee/meeting-vote.xhtml?paper={draft}   step-secretariat
      /committee/sign.xhtml?paper={draft}           paper-chair
      /committee/vote.xhtml?paper={draft}           paper-vote
      /committee/my-votes.xhtml                     paper-vote
      /committee/committees.xhtml                   committee-admin
      /committee/meetings.xhtml                     committee-meetings
      /committee/paper.xhtml?id={paper}             committee-paper
      /committee/decision/{decision}.pdf            committee-paper
      /committee/file/{file}                        committee-paper
      /committee/tally.xhtml                        paper-tally
      /survey/rates.xhtml?wave={fieldwave}          field
      /survey/consent.xhtml?wave={fieldwave}        field
      /survey/codesheet/{codesheet}.pdf             field-sheet
      /survey/field-period.xhtml?wave={fieldwave}   field-plan
      /survey/questionnaires.xhtml                  builder-list
      /survey/questionnaire.xhtml?version={questionnaire} builder-own
      /survey/export/{questionnaire}.json           builder-own
      /survey/waves.xhtml                           wave-planner
      /survey/wave.xhtml                            wave-planner
      /survey/review-data-protection.xhtml?wave=1   review-dpo
      /survey/review-school-authority.xhtml?wave=1  review-authority
      /admin/index.xhtml                            admin-page
      /admin/organisations.xhtml                    admin-page
      /admin/departments.xhtml                      admin-page
      /admin/areas.xhtml                            admin-page
      /admin/schools.xhtml                          admin-page
      /admin/schools-template.csv                   admin-page
      /admin/accounts.xhtml                         admin-page
      /admin/sharing.xhtml                          admin-page
      /admin/audit.xhtml                            admin-page
      /api/v1/admin/accounts/{planer}/personal-data admin-api
      /indicator/indicators.xhtml                   staff-page
      /indicator/indicator.xhtml?id={indicator}     indicator-own
      /indicator/figures.xhtml?id={indicator}       indicator-own
      /indicator/import.xhtml                       wave-planner
      /new/page.xhtml                               unknown-page  probe
      /api/v2/x                                     unknown-api   probe
      /results/waves.xhtml                          staff-page
      /results/wave.xhtml?wave={releasedwave}       results-released
      /api/results/waves/{releasedwave}             results-api-released
      /results/wave.xhtml?wave={closedwave}         results-closed
      /api/results/waves/{closedwave}               results-api-closed
      /results/screening.xhtml?wave={closedwave}    results-screening
      /results/export/{resultwave}.csv              planner-own
      /results/export/{resultwave}.xlsx             planner-own
      /results/export/{resultwave}.pdf              planner-own
      /results/export/{resultwave}-raw.csv          planner-own
      /results/export/{resultwave}-raw.xlsx         planner-own
      /report/reports.xhtml?cycle={cycle}           planner-own
      /report/download/{report}.pdf                 planner-own
      /datarequest/requests.xhtml                   wave-planner
      /datarequest/edit.xhtml                       wave-planner
      /datarequest/request.xhtml?request={datarequest} builder-own
      /datarequest/mine.xhtml                       contact-page
      /datarequest/fill.xhtml?request={datarequest} contact-page
      """;

  /**
   * One row per visitor: anonymous, a signed-in account holding no role, and each demo account (one
   * per role, plus the town's planner). With single sign-on off, as here, its entry path is not
   * there for signed-in callers; anonymous ones meet the server's own sign-in first. The process
   * picture, asked without an instance, lets planners, heads and admins through to its own "not
   * found" (ProcessPictureIT shows a real instance to its own organisation only). The Kita's
   * contact (kitaleitung) holds the school contact's role for a day-care centre, which no wave
   * samples: the field pages answer 404, and of the data requests it may open only its own.
   */
  private static final String MATRIX =
      """
      visitor public sso-entry account-page account-api staff-page staff-api process-page admin-page admin-api unknown-page unknown-api plan-list plan-published plan-draft export-published export-submitted task-contribute task-consolidate task-progress plan-start step-planner step-head step-secretariat paper-chair paper-vote committee-admin committee-meetings committee-paper paper-tally field field-plan field-sheet builder-list builder-own wave-planner review-dpo review-authority results-released results-api-released results-closed results-api-closed results-screening planner-own contact-page indicator-own
      anonymous open sign-in sign-in 401 sign-in 401 sign-in sign-in 401 sign-in 401 sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in sign-in 401 sign-in 401 sign-in sign-in sign-in sign-in
      no-role open 404 200 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
      planer open 404 200 200 200 200 404 403 403 404 404 200 200 200 200 200 403 200 403 200 200 403 403 403 403 403 403 403 403 200 200 200 200 200 200 403 403 200 200 200 200 200 200 403 200
      jugendhilfe open 404 200 200 200 200 403 403 403 404 404 200 200 404 200 403 200 403 404 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      kita open 404 200 200 200 200 403 403 403 404 404 200 200 404 200 403 200 403 404 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      landrat open 404 200 200 200 200 404 403 403 404 404 200 200 200 200 200 403 403 403 403 403 200 403 403 403 403 403 403 403 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      gremienbuero open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 200 403 403 200 200 200 200 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      vorsitz open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 200 200 403 403 200 200 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      mitglied open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 200 403 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      datenschutz open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 open 403 200 200 404 404 403 404 403 200
      schulaufsicht open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 403 open 200 200 404 404 403 404 403 200
      schule open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 200 403 403 403 403 403 200 200 404 404 403 404 200 200
      planer.stadt open 404 200 200 200 200 404 403 403 404 404 200 404 404 404 404 403 404 403 200 404 403 403 403 403 403 403 403 403 404 404 404 200 404 200 403 403 404 404 404 404 404 404 403 404
      admin open 404 200 200 200 200 404 200 200 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 404 403 403 403 403 403 200 200 404 404 403 404 403 200
      kitaleitung open 404 200 200 200 200 403 403 403 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 404 403 404 403 403 403 403 403 200 200 404 404 403 404 open 200
      """;

  private static final Pattern CSRF_META =
      Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern OPARL_LINK = Pattern.compile("\"https?://[^\"/]+(/oparl/[^\"?]*)");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"logoutForm\"[^>]* action=\"([^\"]+)\"");

  /** A line of {@link #PATHS}. */
  record Row(String path, String kind, boolean probe) {

    /** The spellings under which discovery may list what this path requests. */
    List<String> servedAs() {
      String bare = path.replaceFirst("\\?.*", "");
      List<String> spellings = new ArrayList<>(List.of(bare));
      if (bare.endsWith("/")) {
        spellings.add(bare + "index.xhtml");
        if (bare.length() > 1) {
          spellings.add(bare.substring(0, bare.length() - 1));
        }
      }
      return spellings;
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void everyVisitorGetsExactlyWhatTheirRolesAllow() {
    Map<String, Map<String, Outcome>> matrix = matrix();
    List<Row> rows = rows();
    assertThat(rows)
        .extracting(Row::kind)
        .allSatisfy(kind -> assertThat(matrix.get("anonymous")).containsKey(kind));
    assertThat(rolesOf(matrix.keySet()))
        .as("every role has a visitor row")
        .containsAll(Set.of(roleNames()));
    String roleless = TestAccounts.create("lk-musterland");
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    long paper = TestPapers.draft("lk-musterland", "schultraeger");
    SoftAssertions softly = new SoftAssertions();

    matrix.forEach(
        (visitor, expected) -> {
          PortalClient client =
              switch (visitor) {
                case "anonymous" -> new PortalClient(base);
                case "no-role" -> signedIn(roleless);
                default -> signedIn(visitor);
              };
          for (Row row : rows) {
            String path = concrete(row.path(), plan).replace("{draft}", String.valueOf(paper));
            Outcome wanted = expected.get(row.kind());
            softly
                .assertThat(outcomeOf(path, client.get(path)))
                .as(visitor + " GET " + path)
                .matches(wanted::admits, "is " + wanted.label);
          }
        });

    softly.assertAll();
  }

  /**
   * Every page and download in the built WAR, every servlet mapping and every JAX-RS resource
   * method has a row above, and every row but a probe names something the application serves. So
   * does every OParl list the district's body links to.
   */
  @Test
  void everyPageAndEndpointHasAnExpectation() {
    List<Row> rows = rows();
    SortedSet<String> discovered = Endpoints.discover();
    assertThat(discovered)
        .as("discovery finds pages, downloads, servlets, REST and OParl resources")
        .contains(
            "GET /admin/index.xhtml",
            "GET /admin/schools-template.csv",
            "GET /error/500.xhtml",
            "GET /sso/signin",
            "GET /api/v1/reference/schools",
            "GET /oparl/v1.1/bodies/{id}/{list}");

    List<String> missing =
        discovered.stream()
            .filter(
                endpoint ->
                    rows.stream()
                        .flatMap(r -> r.servedAs().stream())
                        .noneMatch(path -> Endpoints.serves(endpoint, "GET", path)))
            .toList();
    List<String> stale =
        rows.stream()
            .filter(r -> !r.probe())
            .filter(
                r ->
                    r.servedAs().stream()
                        .noneMatch(
                            p -> discovered.stream().anyMatch(e -> Endpoints.serves(e, "GET", p))))
            .map(Row::path)
            .toList();
    Set<String> oparlLinks = new TreeSet<>();
    long district = organisationId("lk-musterland");
    PortalClient anonymous = new PortalClient(base);
    for (String object : List.of("/oparl/v1.1/system", "/oparl/v1.1/bodies/" + district)) {
      Matcher link = OPARL_LINK.matcher(anonymous.get(object).body());
      while (link.find()) {
        oparlLinks.add(link.group(1).replace("/bodies/" + district, "/bodies/{body}"));
      }
    }
    List<String> rowPaths = rows.stream().map(Row::path).toList();

    assertThat(missing).as("pages and endpoints without an expectation row").isEmpty();
    assertThat(stale).as("rows naming nothing the application serves").isEmpty();
    assertThat(oparlLinks)
        .as("OParl objects and lists the system and the district's body link to")
        .contains("/oparl/v1.1/bodies/{body}/papers")
        .allSatisfy(link -> assertThat(rowPaths).as("rows").contains(link));
  }

  /**
   * A postback is judged like a GET: a planner who sends the very form an admin would send to an
   * admin page gets 403, with any view state the planner has, full or ajax, and nothing changes.
   */
  @Test
  void plannersPostbackToAnAdminPageIsRefusedAndChangesNothing() {
    PortalClient planner = signedIn("planer");
    Page tasks = planner.get("/workflow/tasks.xhtml");
    List<String> before = Database.snapshot("department");
    Map<String, String> department =
        Map.of(
            "editForm:code", "eingeschleust",
            "editForm:name", "Eingeschleust",
            "editForm:kind_input", "SOCIAL");

    Page full =
        planner.submit(tasks, "/admin/departments.xhtml", "editForm", "editForm:save", department);
    Page ajax =
        planner.ajax(
            tasks,
            "/admin/departments.xhtml",
            "editForm",
            "editForm:save",
            "editForm",
            "editForm listForm",
            department);

    assertThat(full.status()).isEqualTo(403);
    assertThat(ajax.status()).isEqualTo(403);
    assertThat(Database.snapshot("department")).isEqualTo(before);
  }

  /**
   * POST, PUT and DELETE on the admin API with everything a same-site script would send (Origin and
   * the session's CSRF token): refused by the access rules for non-admins, let through to the
   * resource (which has no such method) for the admin.
   */
  @Test
  void onlyAdminsGetPastTheDoorOfTheAdminApiWhateverTheMethod() {
    String path = concrete("/api/v1/admin/accounts/{planer}/personal-data");
    String roleless = TestAccounts.create("lk-musterland");
    Map<String, PortalClient> visitors = new LinkedHashMap<>();
    visitors.put("planer", signedIn("planer"));
    visitors.put("schule", signedIn("schule"));
    visitors.put("no-role", signedIn(roleless));
    PortalClient admin = signedIn("admin");
    SoftAssertions softly = new SoftAssertions();

    for (String method : List.of("POST", "PUT", "DELETE")) {
      visitors.forEach(
          (who, client) -> {
            Page refused = sameSite(client, method, path);
            softly.assertThat(refused.status()).as(who + " " + method).isEqualTo(403);
            softly.assertThat(refused.body()).as(who + " " + method).contains("\"forbidden\"");
          });
      softly
          .assertThat(sameSite(admin, method, path).status())
          .as("admin " + method)
          .isEqualTo(405);
    }

    softly.assertAll();
  }

  /**
   * Grants are read on every request: an admin whose admin grant is revoked while the session is
   * open is refused on the next request, including the postback of a dialog opened before, yet
   * keeps the task list while holding the planner role and the own account after losing all roles.
   */
  @Test
  void revokedGrantCountsFromTheNextRequest() {
    String organisation = TestOrganisations.create();
    String username = TestAccounts.create(organisation, "admin", "planner");
    PortalClient client = signedIn(username);
    Page dialog = AdminPages.openNewDialog(client, "/admin/departments.xhtml");
    List<String> before = Database.snapshot("department");

    revoke(username, "admin");
    Page save =
        client.ajax(
            dialog,
            "/admin/departments.xhtml",
            "editForm",
            "editForm:save",
            "editForm",
            "editForm listForm",
            Map.of(
                "editForm:code", "nach-entzug",
                "editForm:name", "Nach dem Entzug",
                "editForm:kind_input", "SOCIAL"));

    assertThat(save.status()).isEqualTo(403);
    assertThat(Database.snapshot("department")).isEqualTo(before);
    assertThat(client.get("/admin/index.xhtml").status()).isEqualTo(403);
    assertThat(client.get("/workflow/tasks.xhtml").status()).isEqualTo(200);

    revoke(username, "planner");

    assertThat(client.get("/workflow/tasks.xhtml").status()).isEqualTo(403);
    assertThat(client.get("/api/v1/reference/areas").status()).isEqualTo(403);
    assertThat(client.get("/account/index.xhtml").status()).isEqualTo(200);
  }

  /** An account without roles is refused its start page, and signs out from the refusal. */
  @Test
  void accountWithoutRoleCanSignOutFromTheRefusal() {
    PortalClient client = signedIn(TestAccounts.create("lk-musterland"));
    Page refused = client.get("/workflow/tasks.xhtml");
    assertThat(refused.status()).isEqualTo(403);
    Matcher action = FORM_ACTION.matcher(refused.body());
    assertThat(action.find()).as("sign-out button on the refusal").isTrue();

    Page signedOut =
        client.submit(
            refused,
            PageText.unescape(action.group(1)),
            "logoutForm",
            "logoutForm:logout",
            Map.of());

    assertThat(signedOut.location())
        .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?signedOut=true"));
    assertThat(outcomeOf("/account/index.xhtml", client.get("/account/index.xhtml")))
        .isEqualTo(Outcome.SIGN_IN);
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
            "/answer/../api/v1/reference/areas",
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

  /**
   * A partner organisation's planner downloads the district's approved and published work plan
   * versions while a sharing grant for published plans lasts, never a merely submitted one; without
   * the grant the versions are not there for it.
   */
  @Test
  void partnerOrganisationDownloadsSharedWorkPlansOnlyWhileTheGrantLasts() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    long approved = TestPlans.single("lk-musterland", 2027, 2, "APPROVED");
    PortalClient town = signedIn("planer.stadt");
    String published = "/planning/export/" + plan.publishedVersionId() + ".pdf";
    String submitted = concrete("/planning/export/{submitted}.xlsx");
    assertThat(town.get(published).status()).as("without a grant").isEqualTo(404);

    Database.update(
        "INSERT INTO sharing_grant (owner_organisation_id, grantee_organisation_id, scope,"
            + " granted_by, granted_at) VALUES (?, ?, 'PUBLISHED_PLANS', 'admin', NOW())",
        organisationId("lk-musterland"),
        organisationId("musterstadt"));
    try {
      assertThat(town.get(published).status()).as("published, granted").isEqualTo(200);
      assertThat(town.get("/planning/export/" + approved + ".xlsx").status())
          .as("approved, granted")
          .isEqualTo(200);
      assertThat(town.get(submitted).status()).as("submitted, granted").isEqualTo(404);
      assertThat(signedIn("schule").get(published).status())
          .as("a school contact of the district still")
          .isEqualTo(403);
    } finally {
      Database.update(
          "UPDATE sharing_grant SET revoked_by = 'admin', revoked_at = NOW()"
              + " WHERE scope = 'PUBLISHED_PLANS' AND revoked_at IS NULL");
    }

    assertThat(town.get(published).status()).as("after revoking").isEqualTo(404);
  }

  /**
   * A paper to the demo district's Schulträgerausschuss (the committee the demo secretariat, chair
   * and member sit on) proposing a submitted version, with a provisional decision and a private
   * note of the demo member; written once for the whole class.
   */
  private static final class Papers {
    static final long PAPER = insertPaper();
    static final long DECISION =
        Database.ids("SELECT id FROM committee_decision WHERE paper_id = ? ORDER BY id", PAPER)
            .get(0);
    static final long FILE =
        Database.ids("SELECT id FROM paper_file WHERE paper_id = ? ORDER BY id", PAPER).get(0);

    private static long insertPaper() {
      long district = organisationId("lk-musterland");
      long committee =
          Database.count(
              "SELECT id FROM committee WHERE organisation_id = ? AND code = 'schultraeger'",
              district);
      long version = TestPlans.single("lk-musterland", 2029, 1, "SUBMITTED");
      String reference = "BV-M-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      Database.update(
          "INSERT INTO paper (organisation_id, committee_id, reference, title, version_id,"
              + " resolution, state, created_by) VALUES (?, ?, ?, 'Arbeitsplan Matrix', ?,"
              + " 'Beschlussvorschlag', 'IN_CIRCULATION', 'gremienbuero')",
          district,
          committee,
          reference,
          version);
      long paper = Database.count("SELECT id FROM paper WHERE reference = ?", reference);
      Database.update(
          "INSERT INTO committee_decision (paper_id, round, procedure_kind, outcome, yes_votes,"
              + " no_votes, abstentions, voting_members, members_present, quorum_reached,"
              + " recorded_by, recorded_at) VALUES (?, 1, 'CIRCULATION', 'APPROVED', 3, 0, 0, 3,"
              + " 3, TRUE, 'gremienbuero', NOW())",
          paper);
      Database.update(
          "INSERT INTO member_note (account_id, paper_id, text) VALUES (?, ?, ?)",
          TestAccounts.idOf("mitglied"),
          paper,
          MEMBERS_NOTE);
      Database.update(
          "INSERT INTO paper_file (paper_id, name, media_type, size_bytes, content)"
              + " VALUES (?, 'Anlage.pdf', 'application/pdf', 9, '%PDF-1.7\n')",
          paper);
      return paper;
    }
  }

  private static final String MEMBERS_NOTE = "Privat: beim Vorsitz nach den Kosten fragen";

  /**
   * The demo member's private note is the member's alone: the secretariat and the chair of the same
   * committee open the paper without it, the admin neither opens the paper nor finds the note in
   * the member's exported data, OParl never carries it; a member of another committee and one of
   * another organisation find neither paper, decision record nor attachment there.
   */
  @Test
  void aMembersNotesAreTheirsAloneAndPapersStayWithTheirCommittee() {
    String paper = concrete("/committee/paper.xhtml?id={paper}");
    String pdf = concrete("/committee/decision/{decision}.pdf");
    String file = concrete("/committee/file/{file}");
    long district = organisationId("lk-musterland");
    String youthMember = TestAccounts.create("lk-musterland");
    Database.update(
        "INSERT INTO role_grant (account_id, role, committee_id) SELECT ?, 'committee-member', id"
            + " FROM committee WHERE organisation_id = ? AND code = 'jugendhilfe'",
        TestAccounts.idOf(youthMember),
        district);
    String townMember = TestAccounts.create("musterstadt");
    Database.update(
        "INSERT INTO role_grant (account_id, role) VALUES (?, 'committee-member')",
        TestAccounts.idOf(townMember));
    SoftAssertions softly = new SoftAssertions();

    Page own = signedIn("mitglied").get(paper);
    softly.assertThat(own.status()).isEqualTo(200);
    softly.assertThat(own.body()).contains(MEMBERS_NOTE, "Arbeitsplan Matrix", "Anteil Kinder mit");
    for (String reader : List.of("gremienbuero", "vorsitz")) {
      Page page = signedIn(reader).get(paper);
      softly.assertThat(page.status()).as(reader).isEqualTo(200);
      softly.assertThat(page.body()).as(reader).contains("Arbeitsplan Matrix");
      softly.assertThat(page.body()).as(reader).doesNotContain(MEMBERS_NOTE);
    }
    PortalClient admin = signedIn("admin");
    softly.assertThat(admin.get(paper).status()).as("admin").isEqualTo(403);
    softly
        .assertThat(
            admin
                .get(
                    concrete(
                        "/api/v1/admin/accounts/"
                            + TestAccounts.idOf("mitglied")
                            + "/personal-data"))
                .body())
        .as("admin's export of the member")
        .contains("\"username\":\"mitglied\"")
        .doesNotContain(MEMBERS_NOTE);
    softly
        .assertThat(signedIn("mitglied").get("/api/v1/account/personal-data").body())
        .as("the member's own export")
        .contains(MEMBERS_NOTE);
    PortalClient anonymous = new PortalClient(base);
    for (String list : List.of("papers", "consultations", "files", "agenda-items")) {
      softly
          .assertThat(anonymous.get("/oparl/v1.1/bodies/" + district + "/" + list).body())
          .as("OParl " + list)
          .doesNotContain(MEMBERS_NOTE);
    }
    for (String stranger : List.of(youthMember, townMember)) {
      PortalClient client = signedIn(stranger);
      softly.assertThat(client.get(paper).status()).as(stranger + " paper").isEqualTo(404);
      softly.assertThat(client.get(pdf).status()).as(stranger + " record").isEqualTo(404);
      softly.assertThat(client.get(file).status()).as(stranger + " attachment").isEqualTo(404);
    }

    softly.assertAll();
  }

  /**
   * A school contact sees the response rates and the code sheet of their own school's class only,
   * the planner both classes; partly answered questionnaires count for nobody.
   */
  @Test
  void schoolContactSeesOnlyTheOwnSchoolsClassesAndNobodySeesPartialAnswers() {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    Database.update(
        "INSERT INTO survey_draft (code_hash, wave_id, page, language, variant, answers)"
            + " SELECT code_hash, wave_id, 1, 'de', 'STANDARD', 'wish=Entwurf' FROM access_code"
            + " WHERE wave_class_id = ? AND NOT used",
        wave.otherClassId());
    String rates = "/survey/rates.xhtml?wave=" + wave.id();
    PortalClient school = signedIn("schule");
    PortalClient planner = signedIn("planer");

    Page own = school.get(rates);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body())
        .contains("Integrierte Gesamtschule Musterstadt", "50 %")
        .doesNotContain("Realschule plus Talheim", "Entwurf");
    assertThat(school.get("/survey/codesheet/" + wave.ownClassId() + ".pdf").status())
        .isEqualTo(200);
    assertThat(school.get("/survey/codesheet/" + wave.otherClassId() + ".pdf").status())
        .as("the other school's sheet")
        .isEqualTo(404);
    Page all = planner.get(rates);
    assertThat(all.body())
        .contains("Integrierte Gesamtschule Musterstadt", "Realschule plus Talheim")
        .doesNotContain("Entwurf");
    assertThat(all.body().split("50 %", -1)).as("one spent code of two in each class").hasSize(3);
  }

  /** The wave in the field the survey rows name, written once for the whole class. */
  private static final class FieldWaves {
    static final TestFieldWaves.Wave WAVE = TestFieldWaves.inField();
  }

  /** The submitted work plan version the rows name, written once for the whole class. */
  private static final class Plans {
    static final long SUBMITTED = TestPlans.single("lk-musterland", 2028, 1, "SUBMITTED");
  }

  /**
   * A partner organisation reads the published version of a shared plan while the grant lasts,
   * never a draft, and before and after it learns nothing about the plan: the pages answer as for
   * an id that does not exist.
   */
  @Test
  void partnerReadsPublishedPlansOnlyWhileTheyAreShared() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    PortalClient town = signedIn("planer.stadt");
    String cycle = "/planning/cycle.xhtml?id=" + plan.cycleId();
    String published = "/planning/plan.xhtml?version=" + plan.publishedVersionId();
    String draft = "/planning/plan.xhtml?version=" + plan.returnedVersionId();
    String compare =
        "/planning/compare.xhtml?from="
            + plan.returnedVersionId()
            + "&to="
            + plan.publishedVersionId();
    SoftAssertions softly = new SoftAssertions();
    for (String path : List.of(cycle, published, draft, compare)) {
      Page refused = town.get(path);
      softly.assertThat(refused.status()).as("before sharing " + path).isEqualTo(404);
      softly.assertThat(refused.body()).as(path).doesNotContain(plan.title(), "Mentoring");
    }
    softly
        .assertThat(town.get("/planning/cycles.xhtml").body())
        .as("list before sharing")
        .doesNotContain(plan.title());

    long grant =
        Database.update(
            "INSERT INTO sharing_grant (owner_organisation_id, grantee_organisation_id, scope,"
                + " granted_by, granted_at) VALUES (?, ?, 'PUBLISHED_PLANS', 'admin', NOW())",
            organisationId("lk-musterland"),
            organisationId("musterstadt"));
    try {
      softly.assertThat(grant).isEqualTo(1);
      softly.assertThat(town.get(cycle).body()).contains(plan.title(), "Landkreis Musterland");
      softly.assertThat(town.get(cycle).body()).doesNotContain("Budget zu hoch");
      softly.assertThat(town.get(published).body()).contains("Mentoring an allen Grundschulen");
      softly.assertThat(town.get(draft).status()).as("draft while shared").isEqualTo(404);
      softly.assertThat(town.get(compare).status()).as("compare while shared").isEqualTo(404);
      softly
          .assertThat(town.get("/planning/consolidate.xhtml?cycle=" + plan.cycleId()).status())
          .as("consolidation while shared")
          .isEqualTo(404);
      softly
          .assertThat(town.get("/planning/year-end.xhtml?cycle=" + plan.cycleId()).status())
          .as("a step's form is never shared")
          .isEqualTo(404);
      softly
          .assertThat(town.get("/planning/cycles.xhtml").body())
          .contains(plan.title(), "geteilt von");
    } finally {
      Database.update(
          "UPDATE sharing_grant SET revoked_by = 'admin', revoked_at = NOW()"
              + " WHERE scope = 'PUBLISHED_PLANS' AND revoked_at IS NULL");
    }

    softly.assertThat(town.get(cycle).status()).as("after revoking").isEqualTo(404);
    softly.assertThat(town.get(published).status()).as("after revoking").isEqualTo(404);
    softly.assertAll();
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

  private static List<Row> rows() {
    return PATHS
        .lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .map(l -> l.split("\\s+"))
        .map(c -> new Row(c[0], c[1], c.length > 2 && c[2].equals("probe")))
        .toList();
  }

  /** Visitor → kind of path → outcome. */
  private static Map<String, Map<String, Outcome>> matrix() {
    List<String[]> lines =
        MATRIX
            .lines()
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\\s+"))
            .toList();
    String[] kinds = lines.get(0);
    Map<String, Map<String, Outcome>> matrix = new LinkedHashMap<>();
    for (String[] line : lines.subList(1, lines.size())) {
      assertThat(line).as("cells of " + line[0]).hasSameSizeAs(kinds);
      Map<String, Outcome> row = new LinkedHashMap<>();
      for (int i = 1; i < kinds.length; i++) {
        row.put(kinds[i], Outcome.of(line[i]));
      }
      matrix.put(line[0], row);
    }
    return matrix;
  }

  /** The roles the demo accounts among the visitors hold. */
  private static Set<String> rolesOf(Set<String> visitors) {
    Set<String> roles = new TreeSet<>();
    for (String visitor : visitors) {
      for (String role : roleNames()) {
        if (Database.count(
                "SELECT COUNT(*) FROM role_grant g JOIN account a ON a.id = g.account_id"
                    + " WHERE a.username = ? AND g.role = ?",
                visitor,
                role)
            > 0) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  private static String[] roleNames() {
    return Arrays.stream(de.planungsportal.tenant.Role.values())
        .map(de.planungsportal.tenant.Role::roleName)
        .toArray(String[]::new);
  }

  private static String concrete(String path, TestPlans.Plan plan) {
    return concrete(path)
        .replace("{cycle}", String.valueOf(plan.cycleId()))
        .replace("{published}", String.valueOf(plan.publishedVersionId()))
        .replace("{returned}", String.valueOf(plan.returnedVersionId()));
  }

  private static String concrete(String path) {
    long district = organisationId("lk-musterland");
    long committee =
        Database.count("SELECT MIN(id) FROM committee WHERE organisation_id = ?", district);
    return path.replace("{submitted}", String.valueOf(Plans.SUBMITTED))
        .replace("{fieldwave}", String.valueOf(FieldWaves.WAVE.id()))
        .replace("{releasedwave}", resultWave(path, "{releasedwave}"))
        .replace("{closedwave}", resultWave(path, "{closedwave}"))
        .replace("{codesheet}", String.valueOf(FieldWaves.WAVE.ownClassId()))
        .replace("{paper}", String.valueOf(Papers.PAPER))
        .replace("{decision}", String.valueOf(Papers.DECISION))
        .replace("{file}", String.valueOf(Papers.FILE))
        .replace("{body}", String.valueOf(district))
        .replace("{committee}", String.valueOf(committee))
        .replace("{planer}", String.valueOf(TestAccounts.idOf("planer")))
        .replace("{questionnaire}", questionnaireOf(path, "{questionnaire}", district))
        .replace("{qversion}", questionnaireOf(path, "{qversion}", district))
        .replace("{resultwave}", path.contains("{resultwave}") ? ExportWaves.id() : "")
        .replace("{report}", path.contains("{report}") ? ReadyReports.id() : "")
        .replace("{datarequest}", String.valueOf(TestDataRequests.demoRequestId()))
        .replace("{indicator}", indicatorOf(path, district));
  }

  /** A computed, unreleased wave of the district (no responses), written once for the class. */
  private static final class ExportWaves {
    static final long WAVE = insertWave();

    static String id() {
      return String.valueOf(WAVE);
    }

    private static long insertWave() {
      long district = organisationId("lk-musterland");
      String title = "Ergebniswelle " + java.util.UUID.randomUUID().toString().substring(0, 8);
      long version = TestSurveys.schoolyardVersion(district, title);
      Database.update(
          "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
              + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
              + " VALUES (?, ?, 'Klassen 3 und 4', 'Test', 'Art. 6 DSGVO', 'ds@test.example',"
              + " CURRENT_DATE - INTERVAL 30 DAY, CURRENT_DATE - INTERVAL 1 DAY, ?, 'CLOSED')",
          district,
          title,
          version);
      long wave = Database.count("SELECT id FROM survey_wave WHERE title = ?", title);
      Database.update(
          "INSERT INTO wave_result (wave_id, computed_on, respondents) VALUES (?, CURRENT_DATE, 0)",
          wave);
      return wave;
    }
  }

  /** A finished education report of a district cycle, written once for the class. */
  private static final class ReadyReports {
    static final long REPORT = insertReport();

    static String id() {
      return String.valueOf(REPORT);
    }

    private static long insertReport() {
      long version = TestPlans.single("lk-musterland", 2030, 1, "PUBLISHED");
      long cycle = Database.count("SELECT cycle_id FROM work_plan_version WHERE id = ?", version);
      Database.update(
          "INSERT INTO education_report (cycle_id, organisation_id, state, requested_by,"
              + " requested_at, finished_at, pdf, pdf_size) SELECT ?, organisation_id, 'READY',"
              + " 'planer', NOW(), NOW(), ?, 4 FROM planning_cycle WHERE id = ?",
          cycle,
          "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          cycle);
      return Database.count("SELECT MAX(id) FROM education_report WHERE cycle_id = ?", cycle);
    }
  }

  /** A released and a computed, unreleased wave of the district, made once when first asked. */
  private static final class ResultWaves {
    static final TestResultWaves.Wave RELEASED = computed(true);
    static final TestResultWaves.Wave CLOSED = computed(false);

    private static TestResultWaves.Wave computed(boolean released) {
      TestResultWaves.Wave wave =
          TestResultWaves.closed(
              "lk-musterland",
              TestResultWaves.questionnaire("lk-musterland"),
              "igs-musterstadt",
              java.time.LocalDate.now().minusDays(5),
              8,
              List.of());
      TestResultWaves.computed(wave);
      if (released) {
        TestResultWaves.released(wave);
      }
      return wave;
    }
  }

  private static String resultWave(String path, String placeholder) {
    if (!path.contains(placeholder)) {
      return "";
    }
    return String.valueOf(
        placeholder.equals("{releasedwave}") ? ResultWaves.RELEASED.id() : ResultWaves.CLOSED.id());
  }

  /** An indicator of the district, created if it has none (only when asked for). */
  private static String indicatorOf(String path, long district) {
    if (!path.contains("{indicator}")) {
      return "";
    }
    String min = "SELECT COALESCE(MIN(id), 0) FROM indicator WHERE organisation_id = ?";
    if (Database.count(min, district) == 0) {
      Database.update(
          "INSERT INTO indicator (organisation_id, code, name, definition, unit, source, direction)"
              + " VALUES (?, 'MATRIX', 'Matrix', 'Definition', '%', 'Quelle', 'UP')",
          district);
    }
    return String.valueOf(Database.count(min, district));
  }

  /** A questionnaire version of the district, created if it has none (only when asked for). */
  private static String questionnaireOf(String path, String placeholder, long district) {
    if (!path.contains(placeholder)) {
      return "";
    }
    long version =
        Database.count(
            "SELECT COALESCE(MIN(v.id), 0) FROM questionnaire_version v JOIN questionnaire q"
                + " ON q.id = v.questionnaire_id WHERE q.organisation_id = ?",
            district);
    return String.valueOf(version > 0 ? version : TestQuestionnaires.draft("lk-musterland"));
  }

  /** What the visitor met; {@link Outcome#OPEN} is never met, only expected. */
  private static Outcome outcomeOf(String path, Page page) {
    if (!path.startsWith("/error/")) {
      // the 500 page opened directly shows a reference number of its own
      assertThat(page.body()).as(path).doesNotContain("Fehlernummer");
    }
    String location = page.location().orElse("");
    if (page.isSignInForm() && !path.equals("/login.xhtml")) {
      if (location.contains("next=")) {
        assertThat(location)
            .as("back to the page asked for")
            .contains("next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      }
      return Outcome.SIGN_IN;
    }
    return switch (page.status()) {
      case 200 -> Outcome.ALLOWED;
      case 301, 302, 303, 307, 308 -> Outcome.REDIRECT;
      case 401 -> Outcome.UNAUTHORIZED;
      case 403 -> Outcome.FORBIDDEN;
      case 404 -> Outcome.NOT_FOUND;
      default ->
          throw new AssertionError(
              "unexpected status " + page.status() + " for " + path + ":\n" + page.body());
    };
  }

  /**
   * A day-care centre's contact holds the same role as a school's, scoped to the centre: the demo's
   * Kita contact finds the request to the Kita Sonnenschein and can open it, never the schools'
   * request, and the school's contact never the Kita's.
   */
  @Test
  void kitaContactSeesOnlyTheOwnDataRequest() {
    long kitaRequest = TestDataRequests.demoKitaRequestId();
    long schoolRequest = TestDataRequests.demoRequestId();
    PortalClient kita = signedIn("kitaleitung");
    PortalClient school = signedIn("schule");

    Page mine = kita.get("/datarequest/mine.xhtml");
    Page own = kita.get("/datarequest/fill.xhtml?request=" + kitaRequest);

    assertThat(mine.status()).isEqualTo(200);
    assertThat(PageText.unescape(mine.body()))
        .contains(TestDataRequests.DEMO_KITA_TITLE, "Kita Sonnenschein Musterstadt")
        .doesNotContain(TestDataRequests.DEMO_TITLE, "Kita Regenbogen Bergdorf");
    assertThat(own.status()).isEqualTo(200);
    assertThat(PageText.unescape(own.body())).contains("Kita Sonnenschein Musterstadt");
    assertThat(kita.get("/datarequest/fill.xhtml?request=" + schoolRequest).status())
        .as("the schools' request")
        .isEqualTo(404);
    assertThat(school.get("/datarequest/fill.xhtml?request=" + kitaRequest).status())
        .as("the school's contact opens the Kita's request")
        .isEqualTo(404);
    assertThat(PageText.unescape(school.get("/datarequest/mine.xhtml").body()))
        .doesNotContain(TestDataRequests.DEMO_KITA_TITLE);
  }

  private static Page sameSite(PortalClient client, String method, String path) {
    Matcher meta = CSRF_META.matcher(client.get("/account/index.xhtml").body());
    assertThat(meta.find()).as("CSRF token on the account page").isTrue();
    return client.json(
        method, path, "{}", Map.of("Origin", client.origin(), "X-CSRF-Token", meta.group(1)));
  }

  private static void revoke(String username, String role) {
    assertThat(
            Database.update(
                "DELETE g FROM role_grant g JOIN account a ON a.id = g.account_id"
                    + " WHERE a.username = ? AND g.role = ?",
                username,
                role))
        .isEqualTo(1);
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

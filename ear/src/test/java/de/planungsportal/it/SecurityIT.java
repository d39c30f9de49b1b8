package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's defences as an attacker or a careless user meets them over HTTP: sign-in policy,
 * sessions, cross-site requests, response headers and error pages. Every test works with its own
 * organisation and accounts; the demo accounts are never locked, changed or signed out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final String SIGN_IN_FAILED = "Die Anmeldung ist fehlgeschlagen";
  private static final String TOO_MANY_ATTEMPTS = "Zu viele fehlgeschlagene Anmeldeversuche";
  private static final String FOREIGN_ORIGIN = "https://evil.example";
  private static final String TASKS = "/workflow/tasks.xhtml";
  private static final Pattern CSRF_META =
      Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final Pattern UNLOCK_BUTTON =
      Pattern.compile("id=\"listForm:rows:(\\d+):unlock\"");
  private static final Pattern STYLESHEET =
      Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css[^\"]*)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /**
   * Failed sign-ins are counted per client address, and every test here signs in from 127.0.0.1.
   * Left behind, this class's failures would count against the next test classes and could lock
   * them out (portal.login.max-failures-per-address), so the counters are removed after each test.
   */
  @AfterEach
  void forgetFailedSignInsOfThisAddress() {
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'sign-in-failures:%'");
  }

  // --- sign-in policy --------------------------------------------------------------------------

  @Test
  void locksAccountAfterFiveWrongPasswordsUntilAnAdminUnlocksIt() {
    String organisation = TestOrganisations.create();
    String admin = TestAccounts.create(organisation, "admin");
    String user = TestAccounts.create(organisation, "planner");
    PortalClient client = new PortalClient(base);

    for (int attempt = 1; attempt <= 5; attempt++) {
      Page refused = client.signIn(user, "Falsches-Passwort-" + attempt);
      assertThat(refused.isSignInForm()).as("attempt %d", attempt).isTrue();
      assertThat(PageText.messages(refused))
          .anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
    }
    Page correctButLocked = client.signIn(user, DemoAccounts.PASSWORD);

    assertThat(correctButLocked.isSignInForm()).isTrue();
    assertThat(PageText.messages(correctButLocked))
        .as("same answer as a wrong password: no hint that the account exists and is locked")
        .containsExactly(
            SIGN_IN_FAILED
                + ". Bitte prüfen Sie Benutzername und Passwort. Nach mehreren Fehlversuchen wird das"
                + " Konto für 15 Minuten gesperrt.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND locked_until > NOW()", user))
        .isEqualTo(1);
    assertThat(auditEvents("ACCOUNT_LOCKED", user)).isEqualTo(1);

    PortalClient adminClient = signedIn(admin);
    Page accounts = adminClient.get("/admin/accounts.xhtml");
    Matcher unlock = UNLOCK_BUTTON.matcher(accounts.body());
    assertThat(unlock.find()).as("the locked account offers an unlock button").isTrue();
    String button = "listForm:rows:" + unlock.group(1) + ":unlock";
    Page unlocked =
        adminClient.ajax(
            accounts, "/admin/accounts.xhtml", "listForm", button, button, "listForm", Map.of());

    assertThat(PageText.messages(unlocked)).contains("Das Konto " + user + " wurde entsperrt.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND locked_until IS NULL", user))
        .isEqualTo(1);
    assertThat(auditEvents("UNLOCKED", user)).isEqualTo(1);
    assertThat(client.signIn(user, DemoAccounts.PASSWORD).location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));
  }

  @Test
  void userNamesMatchExactlyNotByCaseOrInvisibleCharacters() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");

    for (String lookalike :
        List.of(user.toUpperCase(), user.substring(0, 2) + "\u202E" + user.substring(2))) {
      PortalClient client = new PortalClient(base);
      Page result = client.signIn(lookalike, DemoAccounts.PASSWORD);
      assertThat(result.status()).as(lookalike).isEqualTo(200);
      assertThat(PageText.messages(result)).anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
      assertThat(client.get(TASKS).isSignInForm()).isTrue();
    }
    assertThat(new PortalClient(base).signIn(user, DemoAccounts.PASSWORD).status()).isEqualTo(302);
  }

  /**
   * The container's own form-login endpoint reaches the password realm around the sign-in page: no
   * lockout, no per-address limit, and an unknown name answered at once while a known one costs a
   * hash check. It is closed; the sign-in page is the only way in.
   */
  @Test
  void containerFormLoginEndpointIsClosed() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    client.get("/login.xhtml");

    for (String path : List.of("/j_security_check", "/admin/j_security_check")) {
      Page answer =
          client.post(
              path,
              Map.of("j_username", user, "j_password", DemoAccounts.PASSWORD),
              Map.of("Origin", client.origin()));
      assertThat(answer.status()).as(path).isEqualTo(404);
    }
    assertThat(client.get(TASKS).isSignInForm()).isTrue();
  }

  @Test
  void refusesEvenCorrectPasswordsFromAnAddressWithTooManyFailures() throws InterruptedException {
    // the counter is a fixed ten-minute window: start well inside one so all attempts share it
    long secondsLeftInWindow = 600 - Instant.now().getEpochSecond() % 600;
    if (secondsLeftInWindow < 45) {
      Thread.sleep((secondsLeftInWindow + 1) * 1000);
    }
    forgetFailedSignInsOfThisAddress();
    String organisation = TestOrganisations.create();
    PortalClient client = new PortalClient(base);

    for (int attempt = 1; attempt <= 30; attempt++) {
      // a different account each time: no account reaches its own lock limit
      Page refused = client.signIn(TestAccounts.create(organisation), "Falsches-Passwort");
      assertThat(PageText.messages(refused))
          .as("attempt %d", attempt)
          .anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
    }
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account a JOIN organisation o ON o.id = a.organisation_id"
                    + " WHERE o.code = ? AND a.locked_until IS NOT NULL",
                organisation))
        .isZero();
    String innocent = TestAccounts.create(organisation, "planner");
    PortalClient other = new PortalClient(base);
    Page refused = other.signIn(innocent, DemoAccounts.PASSWORD);

    assertThat(refused.isSignInForm()).isTrue();
    assertThat(PageText.messages(refused))
        .anySatisfy(m -> assertThat(m).contains(TOO_MANY_ATTEMPTS));
    assertThat(other.get(TASKS).isSignInForm()).isTrue();
    assertThat(
            Database.count(
                "SELECT SUM(hits) FROM rate_limit_counter WHERE bucket LIKE 'sign-in-failures:%'"))
        .isEqualTo(30);

    // the address is the connection's, not one a client claims (no trusted proxy configured)
    Page login = other.get("/login.xhtml");
    Page spoofed =
        other.post(
            "/login.xhtml",
            signInForm(login, innocent, DemoAccounts.PASSWORD),
            Map.of("Origin", other.origin(), "X-Forwarded-For", "203.0.113.7"));
    assertThat(PageText.messages(spoofed))
        .anySatisfy(m -> assertThat(m).contains(TOO_MANY_ATTEMPTS));
  }

  @Test
  void forcesAnInitialPasswordToBeReplacedBeforeAnythingElse() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    Database.update("UPDATE account SET must_change_password = TRUE WHERE username = ?", user);
    PortalClient client = signedIn(user);

    for (String page : List.of(TASKS, "/reference/index.xhtml", "/account/index.xhtml")) {
      assertThat(client.get(page).location())
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
    }
    Page api = client.get("/api/v1/reference/schools");
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("\"code\":\"password-change-required\"");

    Page form = client.get("/account/password.xhtml");
    assertThat(PageText.visible(form))
        .contains("Bitte ersetzen Sie Ihr Startpasswort durch ein eigenes");
    form = expectPasswordRefused(client, user, form, "Kurz-1", "Kurz-1", "mindestens 12 Zeichen");
    form =
        expectPasswordRefused(
            client,
            user,
            form,
            "Mein-" + user + "-Pass",
            "Mein-" + user + "-Pass",
            "Benutzernamen nicht enthalten");
    form =
        expectPasswordRefused(
            client,
            user,
            form,
            "Drei-Worte-am-Fluss",
            "Drei-Worte-am-Meer",
            "stimmen nicht überein");

    Page changed =
        changePassword(
            client, form, DemoAccounts.PASSWORD, "Drei-Worte-am-Fluss", "Drei-Worte-am-Fluss");

    assertThat(changed.location())
        .hasValueSatisfying(l -> assertThat(l).contains("/account/index.xhtml"));
    Page tasks = client.get(TASKS);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(PageText.visible(tasks)).contains("Meine Aufgaben");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND must_change_password = FALSE"
                    + " AND password_hash <> ?",
                user,
                TestAccounts.DEMO_PASSWORD_HASH))
        .isEqualTo(1);
    assertThat(new PortalClient(base).signIn(user, "Drei-Worte-am-Fluss").location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));
  }

  // --- sessions ------------------------------------------------------------------------------

  @Test
  void issuesANewSessionIdOnSignInSoAPlantedIdStaysAnonymous() {
    String organisation = TestOrganisations.create();
    String user = TestAccounts.create(organisation, "planner");
    // anonymous pages hand out no session: the attacker plants the id of their own signed-in one
    String attackerAccount = TestAccounts.create(organisation, "planner");
    String planted = signedIn(attackerAccount).sessionCookie().orElseThrow();
    PortalClient victim = new PortalClient(base);
    victim.useSessionCookie(planted);
    victim.get("/login.xhtml");

    assertThat(victim.signIn(user, DemoAccounts.PASSWORD).location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));

    assertThat(victim.sessionCookie()).isPresent().get().isNotEqualTo(planted);
    assertThat(PageText.visible(victim.get(TASKS))).contains("Meine Aufgaben");
    assertThat(PageText.visible(victim.get(TASKS)))
        .contains("Test " + user)
        .doesNotContain("Test " + attackerAccount);
    PortalClient attacker = new PortalClient(base);
    attacker.useSessionCookie(planted);
    assertThat(attacker.get(TASKS).isSignInForm()).isTrue();
  }

  @Test
  void signOutEverywhereEndsTheAccountsOtherSessionsToo() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient laptop = signedIn(user);
    PortalClient phone = signedIn(user);
    assertThat(PageText.visible(phone.get(TASKS))).contains("Meine Aufgaben");

    Page account = laptop.get("/account/index.xhtml");
    Page signedOut =
        laptop.submit(
            account,
            "/account/index.xhtml",
            "sessionsForm",
            "sessionsForm:signOutEverywhere",
            Map.of());

    assertThat(signedOut.location())
        .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?signedOut=everywhere"));
    assertSignedOut(laptop);
    assertSignedOut(phone);
    assertThat(auditEvents("SIGNED_OUT_EVERYWHERE", user)).isEqualTo(1);
  }

  @Test
  void disabledAccountLosesAccessAtItsNextRequest() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient browser = signedIn(user);
    PortalClient script = signedIn(user);
    assertThat(script.get("/api/v1/reference/schools").status()).isEqualTo(200);

    Database.update("UPDATE account SET enabled = FALSE WHERE username = ?", user);

    assertSignedOut(browser);
    Page api = script.get("/api/v1/reference/schools");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.body()).contains("\"code\":\"unauthorized\"");
    Page again = new PortalClient(base).signIn(user, DemoAccounts.PASSWORD);
    assertThat(again.isSignInForm()).isTrue();
    assertThat(PageText.messages(again)).anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
  }

  // --- cross-site requests -------------------------------------------------------------------

  @Test
  void rejectsSignInPostFromForeignOrigin() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    Page login = client.get("/login.xhtml");

    Page withRightPassword =
        client.post(
            "/login.xhtml",
            signInForm(login, user, DemoAccounts.PASSWORD),
            Map.of("Origin", FOREIGN_ORIGIN));
    Page withWrongPassword =
        client.post(
            "/login.xhtml",
            signInForm(login, user, "Falsches-Passwort"),
            Map.of("Origin", FOREIGN_ORIGIN));

    assertThat(withRightPassword.status()).isEqualTo(403);
    assertThat(PageText.visible(withRightPassword)).contains("Keine Berechtigung");
    assertThat(withWrongPassword.status()).isEqualTo(403);
    assertThat(client.get(TASKS).isSignInForm()).isTrue();
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND failed_logins = 0", user))
        .as("a refused cross-site attempt is not even counted")
        .isEqualTo(1);
  }

  @Test
  void rejectsPostWithNeitherOriginNorReferer() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    Page login = client.get("/login.xhtml");

    Page refused =
        client.post("/login.xhtml", signInForm(login, user, DemoAccounts.PASSWORD), Map.of());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(client.get(TASKS).isSignInForm()).isTrue();
    // a same-origin Referer is enough when a browser leaves out Origin
    Page accepted =
        client.post(
            "/login.xhtml",
            signInForm(client.get("/login.xhtml"), user, DemoAccounts.PASSWORD),
            Map.of("Referer", client.origin() + "/login.xhtml"));
    assertThat(accepted.location()).hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));
  }

  @Test
  void rejectsAdminAjaxPostbackFromForeignOriginAndChangesNothing() {
    String admin = TestAccounts.create(TestOrganisations.create(), "admin");
    PortalClient client = signedIn(admin);
    Page dialog = AdminPages.openNewDialog(client, "/admin/departments.xhtml");
    Map<String, String> department =
        Map.of(
            "editForm:code",
            "csrf-probe",
            "editForm:name",
            "Untergeschoben",
            "editForm:kind_input",
            "SOCIAL");
    List<String> before = Database.snapshot("department");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "editForm:save");
    form.put("jakarta.faces.partial.execute", "editForm");
    form.put("jakarta.faces.partial.render", "editForm listForm");
    form.put("editForm:save", "editForm:save");
    form.put("editForm", "editForm");
    form.putAll(department);
    form.put("jakarta.faces.ViewState", dialog.viewState());
    form.put("primefaces.nonce", dialog.nonce().orElseThrow());
    Page refused =
        client.post(
            "/admin/departments.xhtml",
            form,
            Map.of(
                "Origin",
                FOREIGN_ORIGIN,
                "Faces-Request",
                "partial/ajax",
                "X-Requested-With",
                "XMLHttpRequest"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(Database.snapshot("department")).isEqualTo(before);
    // the very same postback from the portal's own page goes through
    Page saved =
        client.ajax(
            dialog,
            "/admin/departments.xhtml",
            "editForm",
            "editForm:save",
            "editForm",
            "editForm listForm",
            department);
    assertThat(PageText.messages(saved)).contains("Die Änderung wurde gespeichert.");
    assertThat(Database.snapshot("department")).hasSize(before.size() + 1);
  }

  @Test
  void postbackWithForgedViewStateRunsNoAction() {
    String admin = TestAccounts.create(TestOrganisations.create(), "admin");
    PortalClient client = signedIn(admin);
    Page dialog = AdminPages.openNewDialog(client, "/admin/departments.xhtml");
    List<String> before = Database.snapshot("department");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editForm", "editForm");
    fields.put("editForm:code", "forged");
    fields.put("editForm:name", "Gefälscht");
    fields.put("editForm:kind_input", "SOCIAL");
    fields.put("editForm:save", "");
    fields.put("jakarta.faces.ViewState", "-4711:4711");
    fields.put("primefaces.nonce", dialog.nonce().orElseThrow());

    Page full = client.post("/admin/departments.xhtml", fields, Map.of("Origin", client.origin()));

    assertThat(PageText.visible(full)).contains("Sitzung abgelaufen");
    assertThat(full.status()).isEqualTo(400);
    Map<String, String> ajaxFields = new LinkedHashMap<>(fields);
    ajaxFields.put("jakarta.faces.partial.ajax", "true");
    ajaxFields.put("jakarta.faces.source", "editForm:save");
    ajaxFields.put("jakarta.faces.partial.execute", "editForm");
    ajaxFields.put("jakarta.faces.partial.render", "editForm listForm");
    ajaxFields.put("primefaces.nonce", dialog.nonce().orElseThrow());
    Page ajax =
        client.post(
            "/admin/departments.xhtml",
            ajaxFields,
            Map.of("Origin", client.origin(), "Faces-Request", "partial/ajax"));
    // OmniFaces' FullAjaxExceptionHandler answers with the whole expired page in place of the view
    assertThat(ajax.status()).isEqualTo(200);
    assertThat(ajax.body()).contains("<update id=\"jakarta.faces.ViewRoot\"", "Sitzung abgelaufen");
    assertThat(Database.snapshot("department")).isEqualTo(before);
  }

  @Test
  void apiRefusesStateChangingCallsWithoutTheSessionsCsrfToken() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = signedIn(user);
    Matcher meta = CSRF_META.matcher(client.get(TASKS).body());
    assertThat(meta.find()).as("staff pages carry the token for the portal's scripts").isTrue();
    String token = meta.group(1);
    String path = "/api/v1/reference/schools";

    Page post = client.json("POST", path, "{}", Map.of("Origin", client.origin()));
    Page put = client.json("PUT", path, "{}", Map.of("Origin", client.origin()));
    Page wrongToken =
        client.json(
            "POST", path, "{}", Map.of("Origin", client.origin(), "X-CSRF-Token", "geraten"));
    Page foreign =
        client.json("POST", path, "{}", Map.of("Origin", FOREIGN_ORIGIN, "X-CSRF-Token", token));

    for (Page refused : List.of(post, put, wrongToken, foreign)) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(refused.body()).contains("\"code\":\"csrf\"");
    }
    // with the token the filter lets the call through to the resource, which has no POST
    Page withToken =
        client.json("POST", path, "{}", Map.of("Origin", client.origin(), "X-CSRF-Token", token));
    assertThat(withToken.status()).isEqualTo(405);
  }

  // --- headers and error pages ---------------------------------------------------------------

  @Test
  void pagesCarrySecurityHeadersAndANoncePolicy() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient anonymous = new PortalClient(base);
    PortalClient staff = signedIn(user);

    Page redirectToSignIn = anonymous.get(TASKS);
    assertThat(redirectToSignIn.isSignInForm()).isTrue();
    assertCommonSecurityHeaders(redirectToSignIn);

    for (Page page : List.of(anonymous.get("/login.xhtml"), staff.get(TASKS))) {
      assertCommonSecurityHeaders(page);
      assertThat(page.header("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("'nonce-", "frame-ancestors 'none'", "object-src 'none'"));
      assertThat(page.header("Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
  }

  @Test
  void apiResponsesCarryAPolicyThatAllowsNothing() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");

    for (Page answer :
        List.of(
            new PortalClient(base).get("/api/v1/reference/schools"),
            signedIn(user).get("/api/v1/reference/schools"))) {
      assertCommonSecurityHeaders(answer);
      assertThat(answer.header("Content-Security-Policy"))
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
      assertThat(answer.header("Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
  }

  @Test
  void staticResourcesCarrySecurityHeadersAndMayBeCached() {
    PortalClient client = new PortalClient(base);
    Matcher stylesheet = STYLESHEET.matcher(client.get("/login.xhtml").body());
    assertThat(stylesheet.find()).isTrue();

    Page css = client.get(stylesheet.group(1).replace("&amp;", "&"));

    assertThat(css.status()).isEqualTo(200);
    assertCommonSecurityHeaders(css);
    assertThat(css.header("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).doesNotContain("no-store"));
  }

  @Test
  void sessionCookieIsSecureHttpOnlyAndSameSiteLax() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    Page signedIn = client.signIn(user, DemoAccounts.PASSWORD);

    for (Page page : List.of(signedIn)) {
      String cookie =
          page.headers().entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
              .flatMap(e -> e.getValue().stream())
              .filter(c -> c.startsWith("JSESSIONID="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no session cookie set"));
      assertThat(cookie.toLowerCase()).contains("; secure", "; httponly", "; samesite=lax");
    }
  }

  /** Anonymous visitors are sent to sign in first (closed by default, AuthorizationMatrixIT). */
  @ParameterizedTest
  @ValueSource(strings = {"/gibt-es-nicht.xhtml", "/gibt-es-nicht", "/error/gibt-es-nicht.xhtml"})
  void unknownPathShowsTranslatedNotFoundPageWithoutInternals(String path) {
    Page page = signedIn(TestAccounts.create(TestOrganisations.create(), "planner")).get(path);

    assertThat(page.status()).isEqualTo(404);
    assertThat(PageText.visible(page)).contains("Seite nicht gefunden");
    assertNoInternals(PageText.visible(page));
  }

  @Test
  void apiPathWithWrongTypeIsANotFoundProblemNotAServerError() {
    String admin = TestAccounts.create(TestOrganisations.create(), "admin");

    Page answer = signedIn(admin).get("/api/v1/admin/accounts/not-a-number/personal-data");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(answer.body()).contains("\"code\":\"http-404\"");
    assertNoInternals(answer.body());
  }

  @Test
  void ajaxPostbackWithAForgedNonceShowsTheBadRequestPage() {
    String admin = TestAccounts.create(TestOrganisations.create(), "admin");
    PortalClient client = signedIn(admin);
    Page departments = client.get("/admin/departments.xhtml");
    String anotherViewsNonce = client.get("/admin/areas.xhtml").nonce().orElseThrow();
    // a nonce that is none, and a well-formed one of another view: PrimeFaces throws at the latter
    for (String nonce : List.of("ZmFsc2No", anotherViewsNonce)) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", "listForm:new");
      form.put("jakarta.faces.partial.execute", "listForm:new");
      form.put("jakarta.faces.partial.render", "editForm");
      form.put("listForm:new", "listForm:new");
      form.put("listForm", "listForm");
      form.put("jakarta.faces.ViewState", departments.viewState());
      form.put("primefaces.nonce", nonce);
      Page failed =
          client.post(
              "/admin/departments.xhtml",
              form,
              Map.of("Origin", client.origin(), "Faces-Request", "partial/ajax"));

      assertThat(failed.status()).isEqualTo(200);
      Matcher redirect =
          Pattern.compile("<redirect url=\"(/error/400\\.xhtml)\"").matcher(failed.body());
      assertThat(redirect.find()).as(failed.body()).isTrue();
      assertNoInternals(failed.body());
      String text = PageText.visible(client.get(redirect.group(1)));
      assertThat(text).contains("Anfrage nicht verarbeitet", "es wurde nichts gespeichert");
      assertNoInternals(text);
    }
  }

  @Test
  void aSaveWithAnotherViewsNonceRunsNoAction() {
    String admin = TestAccounts.create(TestOrganisations.create(), "admin");
    PortalClient client = signedIn(admin);
    Page dialog = AdminPages.openNewDialog(client, "/admin/departments.xhtml");
    String anotherViewsNonce = client.get("/admin/areas.xhtml").nonce().orElseThrow();
    List<String> before = Database.snapshot("department");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("editForm", "editForm");
    form.put("editForm:code", "other-nonce");
    form.put("editForm:name", "Mit fremdem Nonce");
    form.put("editForm:kind_input", "SOCIAL");
    form.put("editForm:save", "editForm:save");
    form.put("jakarta.faces.ViewState", dialog.viewState());
    form.put("primefaces.nonce", anotherViewsNonce);

    Page full = client.post("/admin/departments.xhtml", form, Map.of("Origin", client.origin()));
    assertThat(full.status()).isEqualTo(400);
    assertThat(PageText.visible(full)).contains("Anfrage nicht verarbeitet");

    Map<String, String> ajax = new LinkedHashMap<>(form);
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "editForm:save");
    ajax.put("jakarta.faces.partial.execute", "editForm");
    ajax.put("jakarta.faces.partial.render", "editForm listForm");
    Page partial =
        client.post(
            "/admin/departments.xhtml",
            ajax,
            Map.of("Origin", client.origin(), "Faces-Request", "partial/ajax"));
    assertThat(partial.body()).contains("<redirect url=\"/error/400.xhtml\"");

    // PrimeFaces refuses such a nonce only while rendering; the save must not have run before
    assertThat(Database.snapshot("department")).isEqualTo(before);
  }

  // --- forms without scripts, forged view states, no session before sign-in -----------------

  @Test
  void aWrongPasswordWithoutJavaScriptIsToldSoAndTheRightOneSignsIn() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient browser = new PortalClient(base);

    Page refused = postAsWithoutScripts(browser, user, "Falsches-Passwort");
    Page accepted = postAsWithoutScripts(browser, user, DemoAccounts.PASSWORD);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(PageText.messages(refused)).anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
    assertThat(accepted.location()).hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));
  }

  @Test
  void aPostbackWithoutItsNonceGetsABadRequestPageAndRunsNothing() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    Map<String, String> form = signInForm(client.get("/login.xhtml"), user, "Falsches-Passwort");
    form.remove("primefaces.nonce");

    Page refused = client.post("/login.xhtml", form, Map.of("Origin", client.origin()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(PageText.visible(refused)).contains("Anfrage nicht verarbeitet");
    assertNoInternals(PageText.visible(refused));
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND failed_logins = 0", user))
        .as("the refused form was not processed")
        .isEqualTo(1);

    // a staff form without scripts: the sign-out button
    PortalClient staff = signedIn(user);
    Page tasks = staff.get(TASKS);
    Map<String, String> logout = new LinkedHashMap<>();
    logout.put("logoutForm", "logoutForm");
    logout.put("logoutForm:logout", "");
    logout.put("jakarta.faces.ViewState", tasks.viewState());
    Page notSignedOut = staff.post(TASKS, logout, Map.of("Origin", staff.origin()));
    assertThat(notSignedOut.status()).isEqualTo(400);
    assertThat(PageText.visible(notSignedOut)).contains("Anfrage nicht verarbeitet");
    assertThat(PageText.visible(staff.get(TASKS))).contains("Meine Aufgaben");
  }

  @Test
  void aPostbackWithAnotherViewsNonceGetsABadRequestPage() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = signedIn(user);
    Page form = client.get("/account/password.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("passwordForm", "passwordForm");
    fields.put("passwordForm:current", "Falsches-Passwort");
    fields.put("passwordForm:chosen", "Ein-ganz-neues-Kennwort");
    fields.put("passwordForm:repeated", "Ein-ganz-neues-Kennwort");
    fields.put("passwordForm:save", "");
    fields.put("jakarta.faces.ViewState", form.viewState());
    fields.put(
        "primefaces.nonce",
        java.util.Base64.getEncoder()
            .encodeToString(java.util.UUID.randomUUID().toString().getBytes()));

    Page refused =
        client.post("/account/password.xhtml", fields, Map.of("Origin", client.origin()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(PageText.visible(refused)).contains("Anfrage nicht verarbeitet");
    assertNoInternals(PageText.visible(refused));
  }

  @Test
  void aForgedOrLostViewStateAnswersTheExpiredPageWith400() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient client = new PortalClient(base);
    Map<String, String> forged =
        signInForm(client.get("/login.xhtml"), user, DemoAccounts.PASSWORD);
    forged.put("jakarta.faces.ViewState", "-4711:4711");

    Page expired = client.post("/login.xhtml", forged, Map.of("Origin", client.origin()));

    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.body()).contains("id=\"expired\"");
    assertThat(PageText.visible(expired)).contains("Sitzung abgelaufen");
    assertThat(client.get(TASKS).isSignInForm()).as("no sign-in happened").isTrue();
  }

  @Test
  void anonymousVisitsCreateNoSessionUntilSignIn() {
    String user = TestAccounts.create(TestOrganisations.create(), "planner");
    PortalClient visitor = new PortalClient(base);

    for (String path :
        List.of(
            "/",
            "/login.xhtml",
            "/login.xhtml?next=%2Fworkflow%2Ftasks.xhtml",
            TASKS,
            "/privacy.xhtml",
            "/gibt-es-nicht.xhtml",
            "/error/expired.xhtml",
            "/answer/")) {
      Page page = visitor.get(path);
      assertThat(page.status()).as(path).isIn(200, 302, 404);
      assertThat(page.header("Set-Cookie")).as(path).isEmpty();
    }
    assertThat(PageText.messages(visitor.signIn(user, "Falsches-Passwort")))
        .anySatisfy(m -> assertThat(m).contains(SIGN_IN_FAILED));
    assertThat(visitor.signIn(user, DemoAccounts.PASSWORD).location())
        .hasValueSatisfying(l -> assertThat(l).endsWith(TASKS));
    assertThat(visitor.sessionCookie()).as("signing in starts the session").isPresent();
    assertThat(PageText.visible(visitor.get(TASKS))).contains("Meine Aufgaben");
  }

  // --- helpers -------------------------------------------------------------------------------

  private PortalClient signedIn(String username) {
    return PortalClient.signedIn(base, username);
  }

  /** The client's next staff request gets the sign-in form (possibly after a redirect to it). */
  private static void assertSignedOut(PortalClient client) {
    Page page = client.get(TASKS);
    if (page.status() == 302) {
      assertThat(page.location()).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
      page = client.get(TASKS);
    }
    assertThat(page.isSignInForm()).as("sign-in form instead of the task list").isTrue();
  }

  /**
   * The sign-in form as a browser without JavaScript sends it: every field the page renders into
   * the form (nothing a script would add), the typed name and password, and the button.
   */
  private static Page postAsWithoutScripts(PortalClient browser, String username, String password) {
    Page login = browser.get("/login.xhtml");
    String body = login.body();
    int start = body.indexOf("<form id=\"loginForm\"");
    String form = body.substring(start, body.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*>").matcher(form);
    while (input.find()) {
      Matcher name = Pattern.compile(" name=\"([^\"]*)\"").matcher(input.group());
      Matcher value = Pattern.compile(" value=\"([^\"]*)\"").matcher(input.group());
      if (name.find()) {
        fields.put(name.group(1), value.find() ? PageText.unescape(value.group(1)) : "");
      }
    }
    assertThat(fields).containsKeys("loginForm", "jakarta.faces.ViewState", "primefaces.nonce");
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:submit", "");
    return browser.post("/login.xhtml", fields, Map.of("Origin", browser.origin()));
  }

  private static Map<String, String> signInForm(Page login, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:submit", "");
    form.put("jakarta.faces.ViewState", login.viewState());
    login.nonce().ifPresent(n -> form.put("primefaces.nonce", n));
    return form;
  }

  private static Page changePassword(
      PortalClient client, Page form, String current, String chosen, String repeated) {
    return client.submit(
        form,
        "/account/password.xhtml",
        "passwordForm",
        "passwordForm:save",
        Map.of(
            "passwordForm:current", current,
            "passwordForm:chosen", chosen,
            "passwordForm:repeated", repeated));
  }

  private static Page expectPasswordRefused(
      PortalClient client,
      String username,
      Page form,
      String chosen,
      String repeated,
      String reason) {
    Page refused = changePassword(client, form, DemoAccounts.PASSWORD, chosen, repeated);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(PageText.messages(refused))
        .as(chosen)
        .anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND password_hash = ?"
                    + " AND must_change_password = TRUE",
                username,
                TestAccounts.DEMO_PASSWORD_HASH))
        .as("password unchanged and still to be changed")
        .isEqualTo(1);
    return refused;
  }

  private static long auditEvents(String action, String username) {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_type = 'Account' AND entity_id = ?",
        action,
        String.valueOf(TestAccounts.idOf(username)));
  }

  private static void assertCommonSecurityHeaders(Page response) {
    assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.header("X-Frame-Options")).hasValue("DENY");
    assertThat(response.header("Referrer-Policy")).hasValue("same-origin");
  }

  private static void assertNoInternals(String text) {
    assertThat(text).doesNotContain("Exception", "at de.", "SQL", "java.", "Caused by", "Stack");
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on through a real Keycloak, in a real browser, against a WildFly configured by
 * configure-server.cli and enable-oidc.cli exactly as an operator would (own failsafe execution,
 * see ear/pom.xml). The realm (test resource keycloak/planungsportal-realm.json) has "planer",
 * whose name matches a demo account, "extern", who has no portal account, and two committee chairs
 * whose accounts {@link SignatureFixture} makes. The deployment carries that fixture, so the
 * in-container access filter (which lets only fixtures through besides) guards it.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly-oidc")
@ExtendWith({KeycloakServer.class, ArquillianExtension.class})
@RunAsClient
class SingleSignOnIT {

  /** The Keycloak user who chairs the signature test's committee (SignatureFixture). */
  private static final String CHAIR = "sso-sign.schultraeger.vorsitz";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    // with a fixture that brings a paper to the chair's signature (SignatureFixture)
    return Deployments.applicationWith(
        SignatureFixture.class, CommitteeSteps.class, PlanningSteps.class);
  }

  @ArquillianResource URL base;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void plannerSignsInThroughKeycloakSeesOwnTaskListAndSignsOutOfBoth() {
    browser.get(base + "reference/index.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("protected page asks for sign-in")
        .isEqualTo("Anmeldung");
    assertThat(browser.findElements(By.id("loginForm:password")))
        .as("no local password form once the server signs in through OIDC")
        .isEmpty();

    String anonymousSession = sessionId();
    assertThat(anonymousSession).as("the sign-in page keeps 'next' in a session").isNotNull();
    browser.findElement(By.id("ssoSignIn")).click();
    signInAtKeycloak("planer");

    await(ExpectedConditions.urlContains("/reference/index.xhtml"));
    assertThat(sessionId()).as("new session id after sign-in").isNotEqualTo(anonymousSession);
    browser.findElement(By.id("navTasks")).click();
    await(ExpectedConditions.urlContains("/workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meine Aufgaben");
    assertThat(browser.findElement(By.id("signedInAs")).getText())
        .contains("Petra Planer", "Landkreis Musterland");
    assertThat(browser.findElement(By.id("tasksForm:tasks")).isDisplayed()).isTrue();

    browser.findElement(By.id("logoutForm:logout")).click();
    await(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
    assertThat(browser.getCurrentUrl()).startsWith(base.toString());
    assertThat(browser.findElement(By.id("signedOut")).getText()).contains("Sie wurden abgemeldet");

    browser.get(base + "workflow/tasks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmeldung");
    browser.findElement(By.id("ssoSignIn")).click();
    await(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertThat(browser.getCurrentUrl())
        .as("Keycloak's session ended too: it asks for the password again")
        .startsWith(KeycloakServer.realmUrl());
  }

  @Test
  void keycloakUserWithoutPortalAccountIsRefused() {
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("ssoSignIn")).click();
    signInAtKeycloak("extern");

    await(ExpectedConditions.presenceOfElementLocated(By.id("noAccount")));
    assertThat(browser.getCurrentUrl()).startsWith(base + "login.xhtml");
    assertThat(browser.findElement(By.id("noAccount")).getText())
        .contains("kein freigeschaltetes Benutzerkonto");
    assertThat(browser.findElements(By.id("signedInAs"))).isEmpty();

    browser.get(base + "workflow/tasks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("no staff page for an identity without account")
        .isEqualTo("Anmeldung");
    assertThat(browser.findElements(By.id("signedInAs"))).isEmpty();
  }

  @Test
  void adminCreatesAccountsWithoutPortalPasswords() {
    browser.get(base + "admin/accounts.xhtml");
    browser.findElement(By.id("ssoSignIn")).click();
    signInAtKeycloak("admin");
    await(ExpectedConditions.urlContains("/admin/accounts.xhtml"));
    assertThat(browser.findElements(By.cssSelector("button[id$=':resetPassword']")))
        .as("the provider owns passwords")
        .isEmpty();
    String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);

    browser.findElement(By.id("listForm:new")).click();
    await(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:username")));
    browser.findElement(By.id("editForm:username")).sendKeys(username);
    browser.findElement(By.id("editForm:displayName")).sendKeys("Sina Single");
    browser.findElement(By.id("editForm:save")).click();
    await(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:messages"), username));

    assertThat(browser.findElement(By.id("listForm:messages")).getText())
        .contains("meldet sich über die zentrale Anmeldung");
    assertThat(browser.findElements(By.id("initialPasswordValue"))).isEmpty();
    assertThat(Database.count("SELECT COUNT(*) FROM account WHERE username = ?", username))
        .isEqualTo(1);
  }

  @Test
  void chairSignsOnlyAfterAFreshSignInAtKeycloak() throws Exception {
    long paper = paperAwaitingSignature(CHAIR);
    browser.get(base + "committee/sign.xhtml?paper=" + paper);
    browser.findElement(By.id("ssoSignIn")).click();
    signInAtKeycloak(CHAIR);
    await(ExpectedConditions.presenceOfElementLocated(By.id("signForm:signWithSso")));
    assertThat(browser.findElements(By.id("signForm:password")))
        .as("the provider owns passwords: no password to give again")
        .isEmpty();
    // auth_time has whole seconds: the request must come in a later second than the sign-in
    Thread.sleep(1100);

    // a provider that ignores prompt=login and max_age=0 answers from its running session
    clickSignWithSso();
    await(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    String authorization = browser.getCurrentUrl();
    assertThat(authorization)
        .as("the portal asks the provider for a new sign-in")
        .contains("prompt=login", "max_age=0");
    browser.get(authorization.replace("prompt=login", "").replace("max_age=0", ""));
    await(ExpectedConditions.urlContains("freshSignIn=stale"));
    assertThat(browser.findElement(By.id("signForm:messages")).getText())
        .contains("nicht neu angemeldet");
    assertThat(signedBy(paper)).as("a sign-in from before the request signs nothing").isNull();

    clickSignWithSso();
    await(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertThat(browser.findElement(By.id("password")).getAttribute("value"))
        .as("Keycloak asks for the password although its session runs")
        .isEmpty();
    // Keycloak may show the name it re-authenticates read-only instead of an input
    browser.findElements(By.id("username")).stream()
        .filter(field -> field.isDisplayed() && field.isEnabled())
        .filter(field -> field.getAttribute("value").isEmpty())
        .forEach(field -> field.sendKeys(CHAIR));
    browser.findElement(By.id("password")).sendKeys(KeycloakServer.USER_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
    await(ExpectedConditions.urlContains("/workflow/tasks.xhtml"));
    assertThat(signedBy(paper)).isEqualTo(CHAIR);
    assertThat(
            Database.text(
                "SELECT summary FROM audit_event WHERE action = 'DECISION_SIGNED'"
                    + " AND entity_id = ? ORDER BY id DESC LIMIT 1",
                String.valueOf(paper)))
        .contains("Bestätigung: Anmeldung beim Anmeldedienst um");
  }

  @Test
  void anotherProviderUserCannotSignForTheChair() throws Exception {
    String chair = "sso-other.schultraeger.vorsitz";
    long paper = paperAwaitingSignature(chair);
    browser.get(base + "committee/sign.xhtml?paper=" + paper);
    browser.findElement(By.id("ssoSignIn")).click();
    signInAtKeycloak(chair);
    await(ExpectedConditions.presenceOfElementLocated(By.id("signForm:signWithSso")));

    clickSignWithSso();
    await(ExpectedConditions.presenceOfElementLocated(By.id("reset-login")));
    // Keycloak re-authenticates the chair; "restart login" lets someone else type a name
    browser.findElement(By.id("reset-login")).click();
    signInAtKeycloak("planer");

    await(ExpectedConditions.presenceOfElementLocated(By.id("otherAccount")));
    assertThat(browser.getCurrentUrl()).startsWith(base + "login.xhtml");
    assertThat(browser.findElement(By.id("otherAccount")).getText()).contains("anderes Konto");
    assertThat(signedBy(paper)).isNull();
    browser.get(base + "workflow/tasks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("neither the chair nor the other user keeps the session")
        .isEqualTo("Anmeldung");
  }

  private long paperAwaitingSignature(String chair) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + SignatureFixture.PATH.substring(1)
                                + "?organisation=sso-"
                                + UUID.randomUUID().toString().substring(0, 8)
                                + "&chair="
                                + chair))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Long.parseLong(answer.body().trim());
  }

  private void clickSignWithSso() {
    browser.findElement(By.id("signForm:signWithSso")).click();
    await(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
  }

  private static String signedBy(long paper) {
    return Database.text(
        "SELECT signed_by FROM committee_decision WHERE paper_id = ? ORDER BY round DESC LIMIT 1",
        paper);
  }

  private String sessionId() {
    Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  private void signInAtKeycloak(String username) {
    await(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.realmUrl());
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(KeycloakServer.USER_PASSWORD);
    browser.findElement(By.id("kc-login")).click();
  }

  /** Waits for the browser; a timeout tells where it got stuck, which is what one needs to know. */
  private <T> void await(ExpectedCondition<T> condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "waited in vain for "
              + condition
              + " at "
              + browser.getCurrentUrl()
              + ":\n"
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }
}

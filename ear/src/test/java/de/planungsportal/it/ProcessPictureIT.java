package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The process picture of a planning cycle that waits at consolidation after one department
 * contributed: drawn by bpmn-js in the real browser within the page's Content-Security-Policy, with
 * the steps marked and the timeline beside it, and shown to planners of the owning organisation
 * only.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessPictureIT {

  private static final String ORGANISATION = "lk-musterland";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(ProcessPictureFixture.class);
  }

  @ArquillianResource URL base;

  private String contributor;
  private String instance;

  @BeforeEach
  void startCycleAndContribute() {
    contributor = TestAccounts.create(ORGANISATION, "department-contributor");
    Page started =
        new PortalClient(base)
            .get(
                ProcessPictureFixture.PATH
                    + "?organisation="
                    + ORGANISATION
                    + "&contributor="
                    + contributor);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    instance = started.body().trim();
  }

  @Test
  void plannerSeesActiveAndDoneStepsAndWhoContributed() {
    String planner = TestAccounts.create(ORGANISATION, "planner");
    ChromeDriver browser = Browser.start();
    try {
      Browser.signIn(browser, base, planner, DemoAccounts.PASSWORD);
      browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
      // a first visit: nothing of the page comes from the browser's cache
      browser.executeCdpCommand("Network.clearBrowserCache", Map.of());

      browser.get(base + "workflow/process.xhtml?instance=" + instance);
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d ->
                  !d.findElements(By.cssSelector(".process-picture__canvas[data-state]"))
                      .isEmpty());

      assertThat(
              browser
                  .findElement(By.cssSelector(".process-picture__canvas"))
                  .getAttribute("data-state"))
          .isEqualTo("ready");
      assertThat(
              browser.findElements(
                  By.cssSelector("svg [data-element-id=\"Task_Consolidate\"].active")))
          .as("consolidation marked active")
          .hasSize(1);
      assertThat(
              browser.findElements(
                  By.cssSelector("svg [data-element-id=\"Task_Contribute\"].done")))
          .as("contribution shaded as done")
          .hasSize(1);
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "svg [data-element-id=\"Task_HeadSignOff\"].done, svg [data-element-id=\"Task_HeadSignOff\"].active")))
          .as("a step not reached yet is not marked")
          .isEmpty();
      assertThat(browser.findElement(By.cssSelector(".process-picture__summary")).getText())
          .contains("Aktueller Schritt: Entwurf konsolidieren", "erledigt: Beitrag einreichen");
      assertThat(
              browser
                  .findElement(By.cssSelector(".timeline li[data-element-id=\"Task_Contribute\"]"))
                  .getText())
          .contains("Beitrag einreichen", "von " + contributor);
      assertThat(
              browser
                  .findElement(By.cssSelector(".timeline li[data-element-id=\"Task_Consolidate\"]"))
                  .getText())
          .contains("Entwurf konsolidieren", "offen");
      assertThat(browser.findElements(By.cssSelector(".bjs-powered-by")))
          .as("bpmn.io watermark kept")
          .hasSize(1);
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      ".process-picture__canvas a, .process-picture__canvas [tabindex],"
                          + " .process-picture__canvas button")))
          .as("keyboard focus meets only the watermark link in the drawing, no trap")
          .hasSize(1);
      assertThat(Browser.consoleErrors(browser)).as("no CSP violation, no script error").isEmpty();
      reportWeight(browser);

      assertThat(Browser.wcagViolations(browser)).isEmpty();

      // on a phone the timeline goes below the drawing and nothing needs sideways scrolling
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
      browser.navigate().refresh();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d ->
                  !d.findElements(By.cssSelector(".process-picture__canvas[data-state=ready]"))
                      .isEmpty());
      assertThat(Browser.unreachableContent(browser)).isEmpty();
      assertThat(browser.findElement(By.cssSelector(".timeline")).getLocation().getY())
          .isGreaterThan(
              browser.findElement(By.cssSelector(".process-picture__canvas")).getLocation().getY());
    } finally {
      browser.quit();
    }
  }

  @Test
  void otherOrganisationAndRolesWithoutProcessViewAreRefusedWithoutLeaking() {
    String path = "/workflow/process.xhtml?instance=" + instance;
    PortalClient townPlanner =
        PortalClient.signedIn(base, TestAccounts.create("musterstadt", "planner"));
    PortalClient ownContributor = PortalClient.signedIn(base, contributor);
    PortalClient roleless = new PortalClient(base);
    roleless.signIn(TestAccounts.create(ORGANISATION), DemoAccounts.PASSWORD);
    PortalClient admin = PortalClient.signedIn(base, TestAccounts.create(ORGANISATION, "admin"));

    Page foreign = townPlanner.get(path);
    Page unknown = townPlanner.get("/workflow/process.xhtml?instance=999999999");

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(PageText.visible(foreign))
        .contains("Dieser Vorgang wurde nicht gefunden")
        .doesNotContain("Entwurf konsolidieren", "Beitrag einreichen", contributor);
    assertThat(PageText.visible(foreign))
        .as("answered exactly like an unknown instance")
        .isEqualTo(PageText.visible(unknown).replace("999999999", instance));
    assertThat(ownContributor.get(path).status()).isEqualTo(403);
    assertThat(roleless.get(path).status()).isEqualTo(403);
    Page own = admin.get(path);
    assertThat(own.status()).isEqualTo(200);
    assertThat(PageText.visible(own)).contains("Aktueller Schritt: Entwurf konsolidieren");
  }

  /** Requests and bytes of the page, for the closing note; printed, not asserted. */
  @SuppressWarnings("unchecked")
  private static void reportWeight(ChromeDriver browser) {
    Map<String, Object> weight =
        (Map<String, Object>)
            browser.executeScript(
                """
                const all = performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource'));
                const sum = key => all.reduce((s, e) => s + (e[key] || 0), 0);
                return {requests: all.length, transferred: sum('transferSize'),
                        encoded: sum('encodedBodySize'), decoded: sum('decodedBodySize'),
                        names: all.map(e => e.name.replace(/^.*\\//, '') + ' '
                            + e.encodedBodySize + '/' + e.decodedBodySize).join('\\n')};
                """);
    System.out.printf(
        "process page, empty cache: %s requests, %.1f KB transferred (%.1f KB bodies as sent,"
            + " %.1f KB unpacked)%n%s%n",
        weight.get("requests"),
        ((Number) weight.get("transferred")).doubleValue() / 1024,
        ((Number) weight.get("encoded")).doubleValue() / 1024,
        ((Number) weight.get("decoded")).doubleValue() / 1024,
        weight.get("names"));
  }
}

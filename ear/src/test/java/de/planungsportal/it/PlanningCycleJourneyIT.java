package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planning cycle as its people live it, in one browser, each signing in in turn: the planner
 * starts the cycle, two departments contribute, the planner consolidates, the administrative head
 * returns the draft once and then signs it off, the committees decide (through the services: {@link
 * CommitteeApprovalFixture}; their pages have journeys of their own), the plan is published, a
 * department files a progress report, the cycle page shows the process at the follow-up step with
 * its timeline, and the published plan downloads as PDF and XLSX with a measure's text in each. A
 * district of the test's own keeps the demo's cycles out of the way. Only the quarter until the
 * first follow-up round is skipped ({@link FollowUpTimerFixture}).
 */
@ExtendWith(ArquillianExtension.class)
class PlanningCycleJourneyIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;
  private static final String YOUTH_MEASURE = "Jugendtreff am Bahnhof";
  private static final String DAY_CARE_MEASURE = "Sprachkitas im Oberdorf";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(
        FollowUpTimerFixture.class, CommitteeApprovalFixture.class, CommitteeSteps.class);
  }

  @ArquillianResource URL base;

  private Journey journey;
  private ChromeDriver browser;

  private WebDriverWait wait;
  private String planner;
  private String head;
  private String youthContributor;
  private String dayCareContributor;

  @BeforeEach
  void districtWithTwoDepartmentsAndItsPeople() {
    String district = TestOrganisations.create();
    long org = TestOrganisations.idOf(district);
    long youth = department(org, "jugend", "Jugendhilfeplanung", "YOUTH_WELFARE");
    long dayCare = department(org, "kita", "Kita-Bedarfsplanung", "DAY_CARE");
    Page seated = new PortalClient(base).get(CommitteeApprovalFixture.PATH + "?seat=" + org);
    assertThat(seated.status()).as(seated.body()).isEqualTo(200);
    planner = TestAccounts.create(district, "planner");
    head = TestAccounts.create(district, "administrative-head");
    youthContributor = scoped(TestAccounts.create(district), "department-contributor", youth, null);
    dayCareContributor =
        scoped(TestAccounts.create(district), "department-contributor", dayCare, null);
    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void fromStartToPublishedPlanFollowedUp() throws Exception {
    journey.run(this::steps);
  }

  private void steps() throws Exception {
    journey.signIn(planner);
    browser.get(base + "planning/cycles.xhtml");
    browser.findElement(By.cssSelector("a[href*='planning/start.xhtml']")).click();
    WebElement year = wait.until(ExpectedConditions.elementToBeClickable(By.id("startForm:year")));
    year.clear();
    year.sendKeys(String.valueOf(YEAR));
    browser.findElement(By.id("startForm:title")).sendKeys("Jahresarbeitsplan " + YEAR);
    for (WebElement box :
        browser.findElements(By.cssSelector("[id='startForm:departments'] .ui-chkbox-box"))) {
      box.click();
    }
    journey.setDate("startForm:due", LocalDate.now().plusWeeks(3));
    browser.findElement(By.id("startForm:start")).click();
    wait.until(ExpectedConditions.urlContains("planning/cycle.xhtml"));
    long cycle = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("cycleTitle")).getText())
        .isEqualTo("Jahresarbeitsplan " + YEAR);

    contribute(youthContributor, cycle, "Offene Jugendarbeit", YOUTH_MEASURE, "45000");
    contribute(dayCareContributor, cycle, "Frühe Bildung", DAY_CARE_MEASURE, "30000");

    journey.signIn(planner);
    journey.openTask("Task_Consolidate", "cycle=" + cycle);
    journey.click("consolidationForm:createDraft");
    journey.checkAccessible("consolidate with proposals");
    acceptEveryProposal();
    submitDraft();

    journey.signIn(head);
    journey.openTask("Task_HeadSignOff", "cycle=" + cycle);
    journey.checkAccessible("sign-off");
    browser
        .findElement(By.id("returnForm:reasons"))
        .sendKeys("Bitte Kosten der Sprachkitas belegen.");
    journey.click("returnForm:giveBack");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));

    journey.signIn(planner);
    journey.openTask("Task_Consolidate", "cycle=" + cycle);
    assertThat(browser.findElement(By.cssSelector("[id$='returnReasons']")).getText())
        .contains("Bitte Kosten der Sprachkitas belegen.");
    if (!browser.findElements(By.id("consolidationForm:createDraft")).isEmpty()) {
      journey.click("consolidationForm:createDraft");
    }
    submitDraft();

    journey.signIn(head);
    journey.openTask("Task_HeadSignOff", "cycle=" + cycle);
    journey.click("approveForm:approve");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));

    // the committees' pages have journeys of their own: here the services decide
    Page decided = new PortalClient(base).get(CommitteeApprovalFixture.PATH + "?cycle=" + cycle);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    journey.signIn(planner);
    // publication runs as an asynchronous job right after the last signature
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              d.get(base + "planning/cycle.xhtml?id=" + cycle);
              return d.findElement(By.id("cycleState")).getText().equals("Veröffentlicht");
            });

    Page fired = new PortalClient(base).get(FollowUpTimerFixture.PATH + "?cycle=" + cycle);
    assertThat(fired.status()).as(fired.body()).isEqualTo(200);

    journey.signIn(youthContributor);
    journey.openTask("Task_ReportProgress", "cycle=" + cycle);
    journey.checkAccessible("progress");
    Browser.choose(browser, wait, "progressForm:lines:0:status", "In Umsetzung");
    WebElement percent = browser.findElement(By.id("progressForm:lines:0:percent"));
    percent.clear();
    percent.sendKeys("40");
    browser.findElement(By.id("progressForm:lines:0:text")).sendKeys("Räume gefunden.");
    journey.click("progressForm:submitProgress");
    journey.confirm();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("progressForm:lines")));
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT_WS('/', m.title, v.status, r.status, r.percent_done,"
                    + " r.author)) FROM progress_report r JOIN measure m ON m.id = r.measure_id"
                    + " JOIN goal g ON g.id = m.goal_id"
                    + " JOIN work_plan_version v ON v.id = g.version_id WHERE v.cycle_id = ?",
                cycle))
        .as("one report, on the published measure")
        .isEqualTo(YOUTH_MEASURE + "/PUBLISHED/IN_PROGRESS/40/" + youthContributor);

    journey.signIn(planner);
    browser.get(base + "planning/cycle.xhtml?id=" + cycle);
    wait.until(
        d ->
            !d.findElements(By.cssSelector(".process-picture__canvas[data-state=ready]"))
                .isEmpty());
    assertThat(
            browser.findElements(
                By.cssSelector("svg [data-element-id=\"Task_ReportProgress\"].active")))
        .as("the day-care department's report is still open")
        .hasSize(1);
    assertThat(
            browser.findElements(By.cssSelector("svg [data-element-id=\"Task_HeadSignOff\"].done")))
        .hasSize(1);
    String timeline = browser.findElement(By.cssSelector(".timeline")).getText();
    assertThat(timeline)
        .contains(
            "von " + youthContributor,
            "von " + dayCareContributor,
            "von " + head,
            "Fortschritt berichten");

    browser.findElement(By.cssSelector("[id$=':view']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downloadPdf")));
    byte[] pdf =
        Browser.fetch(browser, browser.findElement(By.id("downloadPdf")).getAttribute("href"));
    byte[] xlsx =
        Browser.fetch(browser, browser.findElement(By.id("downloadXlsx")).getAttribute("href"));
    assertThat(PdfTexts.of(pdf)).contains(YOUTH_MEASURE, DAY_CARE_MEASURE);
    assertThat(cells(xlsx)).contains(YOUTH_MEASURE, DAY_CARE_MEASURE);
    assertThat(Browser.consoleErrors(browser)).as("no CSP violation, no script error").isEmpty();
    assertThat(journey.barriers()).as("WCAG 2.1 AA on the task forms").isEmpty();
  }

  private void contribute(
      String contributor, long cycle, String focusArea, String measure, String budget) {
    journey.signIn(contributor);
    journey.openTask("Task_Contribute", "cycle=" + cycle);
    journey.checkAccessible("contribute");
    journey.click("contributionForm:addGoal");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goalForm:goalFocusArea")))
        .sendKeys(focusArea);
    browser.findElement(By.id("goalForm:goalTitle")).sendKeys(focusArea + " stärken");
    journey.click("goalForm:saveGoal");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("goalDialog")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':addMeasure']")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("measureForm:measureTitle")))
        .sendKeys(measure);
    journey.checkAccessible(
        "contribute, measure dialog", Browser.wcagViolationsWithin(browser, "measureDialog"));
    browser.findElement(By.id("measureForm:measureBudget")).sendKeys(budget);
    journey.click("measureForm:saveMeasure");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("measureDialog")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("contributionForm"), measure));
    journey.click("contributionForm:submit");
    journey.confirm();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='readOnlyHint']")));
  }

  private void acceptEveryProposal() {
    for (int accepted = 0; accepted < 2; accepted++) {
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':accept']")))
          .click();
      Browser.awaitAjax(browser);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("acceptForm:confirmAccept")))
          .click();
      Browser.awaitAjax(browser);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("acceptDialog")));
    }
    assertThat(browser.findElements(By.cssSelector("button[id$=':accept']")))
        .as("every proposal decided")
        .isEmpty();
  }

  private void submitDraft() {
    journey.click("consolidationForm:submitDraft");
    journey.confirm();
    wait.until(
        d ->
            d.getCurrentUrl().contains("workflow/tasks.xhtml")
                || d.findElements(By.id("consolidationForm:submitDraft")).isEmpty());
  }

  private static List<String> cells(byte[] xlsx) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter format = new DataFormatter();
      java.util.ArrayList<String> values = new java.util.ArrayList<>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          row.forEach(cell -> values.add(format.formatCellValue(cell)));
        }
      }
      return values;
    }
  }

  private static long department(long org, String code, String name, String kind) {
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, ?, ?, ?)",
        org,
        code,
        name,
        kind);
    return Database.count(
        "SELECT id FROM department WHERE organisation_id = ? AND code = ?", org, code);
  }

  private static String scoped(String username, String role, Long department, Long committee) {
    Database.update(
        "INSERT INTO role_grant (account_id, role, department_id, committee_id) VALUES (?, ?, ?, ?)",
        TestAccounts.idOf(username),
        role,
        department,
        committee);
    return username;
  }
}

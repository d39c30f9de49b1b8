package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Committee approval as its people live it, in one browser, each signing in in turn: a planning
 * cycle of a district of the test's own reaches the Jugendhilfeausschuss (the planning part is
 * driven by {@link SignOffFixture}, the head signs off in the browser), the committee secretariat
 * sends the paper as a written circulation, three voting members vote (one with a comment, one
 * first forgetting to choose), the chair first mistypes the password and then signs, and the cycle
 * goes on to publication. Every committee form is checked against WCAG 2.1 AA on the way.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeApprovalJourneyIT {

  private static final String COMMENT =
      "Bitte die Fahrtkosten im nächsten Jahr gesondert ausweisen.";

  private static final String NOTE = "Nachfragen: Wer fährt den Schulbus in den Ferien?";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SignOffFixture.class);
  }

  @ArquillianResource URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;

  /** What axe-core found on the forms, page by page; checked at the end, so one run names all. */
  private final List<String> barriers = new ArrayList<>();

  private String district;
  private long organisation;
  private long youth;
  private long committee;
  private String planner;
  private String head;
  private String secretariat;
  private String chair;
  private String firstMember;
  private String secondMember;

  @BeforeEach
  void districtWithAYouthCommitteeAndItsPeople() {
    district = TestOrganisations.create();
    organisation = TestOrganisations.idOf(district);
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, 'jugend',"
            + " 'Jugendhilfeplanung', 'YOUTH_WELFARE')",
        organisation);
    youth =
        Database.count(
            "SELECT id FROM department WHERE organisation_id = ? AND code = 'jugend'",
            organisation);
    committee = TestPapers.committee(district, "jha", "Jugendhilfeausschuss", "JUGENDHILFE");
    planner = TestAccounts.create(district, "planner");
    head = TestAccounts.create(district, "administrative-head");
    secretariat = TestPapers.scoped(district, "committee-secretariat", committee);
    TestPapers.seat(secretariat, committee, "SECRETARIAT");
    chair = TestPapers.scoped(district, "committee-chair", committee);
    TestPapers.seat(chair, committee, "CHAIR");
    firstMember = TestPapers.scoped(district, "committee-member", committee);
    TestPapers.seat(firstMember, committee, "MEMBER");
    secondMember = TestPapers.scoped(district, "committee-member", committee);
    TestPapers.seat(secondMember, committee, "MEMBER");
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void fromHeadSignOffThroughCirculationAndSignatureToPublication() {
    try {
      journey();
    } catch (RuntimeException | AssertionError e) {
      // where the journey stopped, as the user saw it
      throw new AssertionError(
          "at "
              + browser.getCurrentUrl()
              + ":\n"
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private void journey() {
    Page started =
        new PortalClient(base)
            .get(SignOffFixture.PATH + "?organisation=" + district + "&department=" + youth);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    long cycle = Long.parseLong(started.body().trim());

    signIn(head);
    openTask("Task_HeadSignOff", "cycle=" + cycle);
    click("approveForm:approve");
    confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));

    long paper = paperOfTheCycle();

    signIn(secretariat);
    openTask("Task_PreparePaper", "paper=" + paper);
    checkAccessible("prepare");
    WebElement title = browser.findElement(By.id("prepareForm:title"));
    assertThat(title.getAttribute("value")).as("the paper comes with a title").isNotBlank();
    WebElement resolution = browser.findElement(By.id("prepareForm:resolution"));
    resolution.clear();
    resolution.sendKeys("Der Jugendhilfeausschuss stimmt dem Arbeitsplan zu.");
    browser
        .findElement(By.xpath("//label[normalize-space()='Schriftliches Umlaufverfahren']"))
        .click();
    setDate("prepareForm:due", LocalDate.now().plusWeeks(2));
    click("prepareForm:prepare");
    confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("Umlaufverfahren");

    vote(firstMember, paper, "Zustimmung", COMMENT, true, NOTE);
    vote(secondMember, paper, "Enthaltung", null, false, null);
    // the chair votes too, reaching the form from the task list
    signIn(chair);
    openTask("Task_CastVote", "paper=" + paper);
    castVote("Zustimmung", null);

    signIn(chair);
    openTask("Task_SignMinutes", "paper=" + paper);
    checkAccessible("sign");
    assertThat(browser.findElement(By.id("outcome")).getText()).contains("zugestimmt");
    assertThat(browser.findElement(By.id("tallyYes")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("tallyNo")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("tallyAbstentions")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("tallyVotingMembers")).getText()).isEqualTo("3");

    browser.findElement(By.id("signForm:password")).sendKeys("falsch-" + DemoAccounts.PASSWORD);
    click("signForm:sign");
    confirm();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
    checkAccessible("sign, wrong password");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM committee_decision WHERE paper_id = ? AND signed_by IS NULL",
                paper))
        .as("a wrong password signs nothing")
        .isEqualTo(1);
    browser.findElement(By.id("signForm:password")).sendKeys(DemoAccounts.PASSWORD);
    click("signForm:sign");
    confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("unterzeichnet");

    signIn(planner);
    // publication runs as an asynchronous job after the committee's outcome
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d -> {
              d.get(base + "planning/cycle.xhtml?id=" + cycle);
              return d.findElement(By.id("cycleState")).getText().equals("Veröffentlicht");
            });

    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT_WS('/', a.username, v.choice, v.comment)"
                    + " ORDER BY v.id) FROM committee_vote v JOIN account a ON a.id = v.account_id"
                    + " WHERE v.paper_id = ?",
                paper))
        .isEqualTo(
            firstMember + "/YES/" + COMMENT + "," + secondMember + "/ABSTAIN," + chair + "/YES");
    assertThat(
            Database.text(
                "SELECT CONCAT_WS('/', outcome, yes_votes, no_votes, abstentions, signed_by)"
                    + " FROM committee_decision WHERE paper_id = ?",
                paper))
        .isEqualTo("APPROVED/2/0/1/" + chair);
    assertThat(Database.text("SELECT state FROM paper WHERE id = ?", paper)).isEqualTo("SIGNED");

    // the decision is public in OParl; the member's note is not
    JsonNode decided =
        OparlJson.json(
            new PortalClient(base)
                .get(
                    URI.create(base.toString())
                        .resolve("/oparl/v1.1/consultations/" + paper)
                        .toString()));
    assertThat(decided.path("authoritative").asBoolean()).isTrue();
    assertThat(decided.path("role").asText()).isEqualTo("Entscheidung im Umlaufverfahren");
    assertThat(decided.path("planungsportal:resolutionText").asText())
        .isEqualTo("Der Jugendhilfeausschuss stimmt dem Arbeitsplan zu.");
    assertThat(decided.toString()).doesNotContain(NOTE);
    // nor does the secretariat see it on the paper's page
    signIn(secretariat);
    browser.get(base + "committee/paper.xhtml?id=" + paper);
    assertThat(browser.findElement(By.id("paperTitle")).isDisplayed()).isTrue();
    assertThat(browser.getPageSource()).doesNotContain(NOTE);
    assertThat(Browser.consoleErrors(browser)).as("no CSP violation, no script error").isEmpty();
    assertThat(barriers).as("WCAG 2.1 AA on the committee forms").isEmpty();
  }

  /**
   * A member reads the paper with the evidence behind its measures (writing a private note, if
   * given), votes from "Meine Abstimmungen" and finds the vote among the past ones.
   */
  private void vote(
      String member,
      long paper,
      String choice,
      String comment,
      boolean forgetChoiceFirst,
      String note) {
    signIn(member);
    click("navMyVotes");
    wait.until(ExpectedConditions.urlContains("committee/my-votes.xhtml"));
    checkAccessible("my votes, open");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$=':vote'][href*='paper=" + paper + "']")))
        .click();
    wait.until(ExpectedConditions.urlContains("committee/vote.xhtml"));
    checkAccessible("vote");
    assertThat(browser.findElement(By.id("readPaper")).getAttribute("href"))
        .contains("committee/paper.xhtml?id=" + paper);
    String votePage = browser.getCurrentUrl();
    browser.findElement(By.id("readPaper")).click();
    wait.until(ExpectedConditions.urlContains("committee/paper.xhtml"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("the plan with the evidence behind each measure")
        .contains("Schulbus Nord", "Indikator", "Noch kein Befragungsergebnis verknüpft.");
    if (note != null) {
      browser.findElement(By.id("notesForm:paperNote")).sendKeys(note);
      click("notesForm:savePaperNote");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("notesForm"), "Die Notiz ist gespeichert."));
    }
    checkAccessible("paper");
    browser.get(votePage);
    if (forgetChoiceFirst) {
      click("voteForm:castVote");
      confirm();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("voteForm"), "Bitte geben Sie einen Wert ein."));
      checkAccessible("vote, no choice");
      assertThat(Database.count("SELECT COUNT(*) FROM committee_vote WHERE paper_id = ?", paper))
          .isZero();
    }
    castVote(choice, comment);
    wait.until(ExpectedConditions.urlContains("committee/my-votes.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("Stimme");
    String past = browser.findElement(By.id("pastVotes")).getText();
    assertThat(past).contains(choice);
    if (comment != null) {
      assertThat(past).contains(comment);
    }
    checkAccessible("my votes, past");
  }

  private void castVote(String choice, String comment) {
    wait.until(ExpectedConditions.urlContains("committee/vote.xhtml"));
    browser.findElement(By.xpath("//label[normalize-space()='" + choice + "']")).click();
    if (comment != null) {
      browser.findElement(By.id("voteForm:comment")).sendKeys(comment);
    }
    click("voteForm:castVote");
    confirm();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("committee/vote.xhtml")));
  }

  /** The paper the committee-approval process created for the cycle's signed-off version. */
  private long paperOfTheCycle() {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                Database.count(
                        "SELECT COUNT(*) FROM paper WHERE organisation_id = ? AND committee_id = ?",
                        organisation,
                        committee)
                    == 1);
    return Database.count(
        "SELECT id FROM paper WHERE organisation_id = ? AND committee_id = ?",
        organisation,
        committee);
  }

  /** The task's form through its "Öffnen" link on the task list, once the task is there. */
  private void openTask(String taskKey, String parameter) {
    By link = By.cssSelector("a[data-task='" + taskKey + "'][href*='" + parameter + "']");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              d.get(base + "workflow/tasks.xhtml");
              return !d.findElements(link).isEmpty();
            });
    wait.until(ExpectedConditions.elementToBeClickable(link)).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("workflow/tasks.xhtml")));
  }

  private void checkAccessible(String where) {
    Browser.wcagViolations(browser).stream()
        .filter(v -> !v.startsWith(PRIMEFACES_15_MESSAGE_LIST))
        .forEach(v -> barriers.add(where + ": " + v));
  }

  /** See PlanningCycleJourneyIT: PrimeFaces 15's message lists, fixed in 16. */
  private static final String PRIMEFACES_15_MESSAGE_LIST = "list (serious) at [.ui-messages-";

  private void signIn(String username) {
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, username, DemoAccounts.PASSWORD);
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    Browser.awaitAjax(browser);
  }

  private void confirm() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    Browser.awaitAjax(browser);
  }

  /** A date field as the browser's date picker fills it: the value in ISO form. */
  private void setDate(String id, LocalDate day) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];", browser.findElement(By.id(id)), day.toString());
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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

  private Journey journey;
  private ChromeDriver browser;
  private WebDriverWait wait;

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
    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void fromHeadSignOffThroughCirculationAndSignatureToPublication() throws Exception {
    journey.run(this::steps);
  }

  private void steps() {
    Page started =
        new PortalClient(base)
            .get(SignOffFixture.PATH + "?organisation=" + district + "&department=" + youth);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    long cycle = Long.parseLong(started.body().trim());

    journey.signIn(head);
    journey.openTask("Task_HeadSignOff", "cycle=" + cycle);
    journey.click("approveForm:approve");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));

    long paper = paperOfTheCycle();

    journey.signIn(secretariat);
    journey.openTask("Task_PreparePaper", "paper=" + paper);
    journey.checkAccessible("prepare");
    WebElement title = browser.findElement(By.id("prepareForm:title"));
    assertThat(title.getAttribute("value")).as("the paper comes with a title").isNotBlank();
    WebElement resolution = browser.findElement(By.id("prepareForm:resolution"));
    resolution.clear();
    resolution.sendKeys("Der Jugendhilfeausschuss stimmt dem Arbeitsplan zu.");
    browser
        .findElement(By.xpath("//label[normalize-space()='Schriftliches Umlaufverfahren']"))
        .click();
    journey.setDate("prepareForm:due", LocalDate.now().plusWeeks(2));
    journey.click("prepareForm:prepare");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("Umlaufverfahren");

    vote(firstMember, paper, "Zustimmung", COMMENT, true, NOTE);
    vote(secondMember, paper, "Enthaltung", null, false, null);
    // the chair votes too, reaching the form from the task list
    journey.signIn(chair);
    journey.openTask("Task_CastVote", "paper=" + paper);
    castVote("Zustimmung", null);

    journey.signIn(chair);
    journey.openTask("Task_SignMinutes", "paper=" + paper);
    journey.checkAccessible("sign");
    assertThat(browser.findElement(By.id("outcome")).getText()).contains("zugestimmt");
    assertThat(browser.findElement(By.id("tallyYes")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("tallyNo")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("tallyAbstentions")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("tallyVotingMembers")).getText()).isEqualTo("3");

    browser.findElement(By.id("signForm:password")).sendKeys("falsch-" + DemoAccounts.PASSWORD);
    journey.click("signForm:sign");
    journey.confirm();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
    journey.checkAccessible("sign, wrong password");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM committee_decision WHERE paper_id = ? AND signed_by IS NULL",
                paper))
        .as("a wrong password signs nothing")
        .isEqualTo(1);
    browser.findElement(By.id("signForm:password")).sendKeys(DemoAccounts.PASSWORD);
    journey.click("signForm:sign");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("unterzeichnet");

    journey.signIn(planner);
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
    journey.signIn(secretariat);
    browser.get(base + "committee/paper.xhtml?id=" + paper);
    assertThat(browser.findElement(By.id("paperTitle")).isDisplayed()).isTrue();
    assertThat(browser.getPageSource()).doesNotContain(NOTE);
    assertThat(Browser.consoleErrors(browser)).as("no CSP violation, no script error").isEmpty();
    assertThat(journey.barriers()).as("WCAG 2.1 AA on the committee forms").isEmpty();
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
    journey.signIn(member);
    journey.click("navMyVotes");
    wait.until(ExpectedConditions.urlContains("committee/my-votes.xhtml"));
    journey.checkAccessible("my votes, open");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$=':vote'][href*='paper=" + paper + "']")))
        .click();
    wait.until(ExpectedConditions.urlContains("committee/vote.xhtml"));
    journey.checkAccessible("vote");
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
      journey.click("notesForm:savePaperNote");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("notesForm"), "Die Notiz ist gespeichert."));
    }
    journey.checkAccessible("paper");
    browser.get(votePage);
    if (forgetChoiceFirst) {
      journey.click("voteForm:castVote");
      journey.confirm();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("voteForm"), "Bitte geben Sie einen Wert ein."));
      journey.checkAccessible("vote, no choice");
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
    journey.checkAccessible("my votes, past");
  }

  private void castVote(String choice, String comment) {
    wait.until(ExpectedConditions.urlContains("committee/vote.xhtml"));
    browser.findElement(By.xpath("//label[normalize-space()='" + choice + "']")).click();
    if (comment != null) {
      browser.findElement(By.id("voteForm:comment")).sendKeys(comment);
    }
    journey.click("voteForm:castVote");
    journey.confirm();
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
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * A data request as its people live it, in Chromium: the planner creates one with three fields and
 * a sum rule and sends it to the district's school; the school's contact opens it from the task
 * list, enters a total that is not the sum of its parts, is told so, is refused on submitting
 * without an explanation, explains and submits; the planner returns it with a reason from the task
 * list; the contact reads the reason, corrects the figure and submits again; the planner accepts.
 * An organisation of the test's own keeps the demo's requests out of the way.
 */
@ExtendWith(ArquillianExtension.class)
class DataRequestJourneyIT {

  private static final String TITLE = "Schülerzahlen zum Stichtag";
  private static final String SCHOOL = "Grundschule Am Bach";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Journey journey;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private long organisationId;
  private String planner;
  private String contact;

  @BeforeEach
  void districtWithOneSchoolAndItsContact() {
    String district = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(district);
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'gs-bach', ?, 'GRUNDSCHULE')",
        organisationId,
        SCHOOL);
    planner = TestAccounts.create(district, "planner");
    contact = TestAccounts.create(district);
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) SELECT ?, 'school-contact', id"
            + " FROM school WHERE organisation_id = ? AND code = 'gs-bach'",
        TestAccounts.idOf(contact),
        organisationId);
    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void plannerAsksSchoolAnswersIsReturnedCorrectsAndIsAccepted() throws Exception {
    journey.run(this::steps);
  }

  private void steps() {
    // the planner creates and sends the request
    journey.signIn(planner);
    browser.get(base + "datarequest/requests.xhtml");
    browser.findElement(By.id("newRequest")).click();
    type("requestForm:title", TITLE);
    journey.setDate("requestForm:referenceDay", LocalDate.now().withDayOfYear(1));
    journey.setDate("requestForm:dueOn", LocalDate.now().plusWeeks(3));
    fieldRow(0, "schueler", "Schülerinnen und Schüler", "Personen");
    journey.click("requestForm:addField");
    fieldRow(1, "maedchen", "davon Mädchen", "Personen");
    journey.click("requestForm:addField");
    fieldRow(2, "jungen", "davon Jungen", "Personen");
    type("requestForm:rules:0:total", "schueler");
    type("requestForm:rules:0:parts", "maedchen + jungen");
    browser.findElement(By.cssSelector("label[for='requestForm:schools:0']")).click();
    journey.checkAccessible("request form");
    journey.click("requestForm:send");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("datarequest/request.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("versandt");
    long request = requestId();

    // the school's contact answers with an implausible total, explains it and submits
    journey.signIn(contact);
    journey.openTask("Task_FillIn", "request=" + request);
    figure("schueler", "250");
    figure("maedchen", "120");
    figure("jungen", "140");
    journey.click("fillForm:check");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fillForm"), "Summe"));
    journey.checkAccessible("answer with an implausible figure");
    journey.click("fillForm:submit");
    journey.confirm();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("fillForm"), "wirkt unplausibel"));
    assertThat(state()).isEqualTo("OPEN");
    explanation("schueler", "Zehn Kinder der Vorklasse sind mitgezählt.");
    journey.click("fillForm:submit");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("datarequest/mine.xhtml"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("eingereicht");
    assertThat(state()).isEqualTo("SUBMITTED");

    // the planner returns it with a reason
    journey.signIn(planner);
    journey.openTask("Task_Review", "request=" + request);
    assertThat(browser.findElement(By.id("reviewForm")).getText())
        .contains("Zehn Kinder der Vorklasse sind mitgezählt.");
    journey.checkAccessible("review");
    browser
        .findElement(By.cssSelector("textarea[id$=':reason']"))
        .sendKeys("Bitte die Vorklasse nicht mitzählen.");
    journey.click(browser.findElement(By.cssSelector("button[id$=':return']")).getAttribute("id"));
    journey.confirm();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("reviewForm"), "ist an die Schule zurückgegeben"));
    assertThat(state()).isEqualTo("RETURNED");

    // the contact reads the reason, corrects the total and submits again
    journey.signIn(contact);
    journey.openTask("Task_FillIn", "request=" + request);
    assertThat(browser.findElement(By.id("returnReason")).getText())
        .isEqualTo("Bitte die Vorklasse nicht mitzählen.");
    figure("schueler", "260");
    journey.click("fillForm:check");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("fillForm"), "Alle Werte sind plausibel"));
    journey.click("fillForm:submit");
    journey.confirm();
    wait.until(ExpectedConditions.urlContains("datarequest/mine.xhtml"));

    // the planner accepts
    journey.signIn(planner);
    journey.openTask("Task_Review", "request=" + request);
    journey.click(browser.findElement(By.cssSelector("button[id$=':accept']")).getAttribute("id"));
    journey.confirm();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm"), "ist angenommen"));
    assertThat(state()).isEqualTo("ACCEPTED");
    assertThat(
            Database.text(
                "SELECT CONCAT(state, ' ', (SELECT value FROM data_request_value v"
                    + " JOIN data_request_field f ON f.id = v.field_id"
                    + " WHERE f.request_id = r.id AND f.field_key = 'schueler'))"
                    + " FROM data_request r WHERE r.id = ?",
                request))
        .isEqualTo("CLOSED 260.0000");
    assertThat(Browser.consoleErrors(browser)).as("no CSP violation, no script error").isEmpty();
    assertThat(journey.barriers()).as("WCAG 2.1 AA on the forms").isEmpty();
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private void fieldRow(int row, String key, String label, String unit) {
    type("requestForm:fields:" + row + ":key", key);
    type("requestForm:fields:" + row + ":label", label);
    type("requestForm:fields:" + row + ":unit", unit);
  }

  private void figure(String key, String value) {
    WebElement field =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[data-key='" + key + "']")));
    field.clear();
    field.sendKeys(value);
  }

  private void explanation(String key, String text) {
    WebElement field =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("textarea[data-key='" + key + "']")));
    field.clear();
    field.sendKeys(text);
  }

  private long requestId() {
    return Database.count(
        "SELECT id FROM data_request WHERE organisation_id = ? AND title = ?",
        organisationId,
        TITLE);
  }

  private String state() {
    return Database.text(
        "SELECT r.state FROM data_request_recipient r JOIN data_request q ON q.id = r.request_id"
            + " WHERE q.organisation_id = ?",
        organisationId);
  }
}

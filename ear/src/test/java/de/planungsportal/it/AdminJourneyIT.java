package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator maintains schools in a real browser: dialogs, menus, confirmation and messages
 * work under the Content-Security-Policy, and every change lands in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void adminCreatesEditsAndDeletesASchool() {
    String admin = TestAccounts.create("lk-musterland", "admin");
    String code = "test-" + UUID.randomUUID().toString().substring(0, 6);
    Browser.signIn(browser, base, admin, DemoAccounts.PASSWORD);
    browser.get(base + "admin/schools.xhtml");

    browser.findElement(By.id("listForm:new")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:code")));
    browser.findElement(By.id("editForm:code")).sendKeys(code);
    browser.findElement(By.id("editForm:name")).sendKeys("Grundschule am Teich");
    Browser.choose(browser, wait, "editForm:schoolType", "Grundschule");
    Browser.choose(browser, wait, "editForm:area", "Gemeinde Talheim");
    browser.findElement(By.id("editForm:save")).click();
    Browser.awaitAjax(browser);

    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    assertThat(browser.findElement(By.id("listForm:messages")).getText())
        .contains("Die Änderung wurde gespeichert");
    WebElement row = rowOf(code);
    assertThat(row.getText()).contains("Grundschule am Teich", "Grundschule", "Gemeinde Talheim");

    row.findElement(By.cssSelector("button[id$=':edit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name")));
    WebElement name = browser.findElement(By.id("editForm:name"));
    wait.until(d -> !name.getAttribute("value").isEmpty());
    name.clear();
    name.sendKeys("Grundschule am Mühlenteich");
    browser.findElement(By.id("editForm:save")).click();
    Browser.awaitAjax(browser);
    wait.until(d -> rowOf(code).getText().contains("Mühlenteich"));

    rowOf(code).findElement(By.cssSelector("button[id$=':delete']")).click();
    WebElement confirm =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    confirm.click();
    Browser.awaitAjax(browser);
    wait.until(d -> d.findElements(By.xpath("//" + CELL_WITH.formatted(code))).isEmpty());

    browser.get(base + "admin/audit.xhtml");
    String log = browser.findElement(By.id("auditForm:events")).getText();
    assertThat(log).contains("School '" + code + "' Grundschule am Teich");
    assertThat(log).contains("School '" + code + "' gelöscht");
    assertThat(Browser.consoleErrors(browser))
        .as("nothing blocked by the Content-Security-Policy")
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
  }

  @Test
  void missingFieldsKeepTheDialogOpenWithTranslatedMessages() {
    String admin = TestAccounts.create("lk-musterland", "admin");
    Browser.signIn(browser, base, admin, DemoAccounts.PASSWORD);
    browser.get(base + "admin/departments.xhtml");
    long before = Database.count("SELECT COUNT(*) FROM department");

    browser.findElement(By.id("listForm:new")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:code")));
    browser.findElement(By.id("editForm:code")).sendKeys("Ungültig!");
    browser.findElement(By.id("editForm:save")).click();
    Browser.awaitAjax(browser);

    String errors = browser.findElement(By.id("editForm:errors")).getText();
    assertThat(errors)
        .contains(
            "Kürzel: darf nur Kleinbuchstaben",
            "Name: Bitte geben Sie einen Wert ein",
            "Art der Fachplanung: Bitte geben Sie einen Wert ein");
    assertThat(browser.findElement(By.id("editDialog")).isDisplayed()).isTrue();
    assertThat(Database.count("SELECT COUNT(*) FROM department")).isEqualTo(before);
  }

  /**
   * A table cell showing exactly this value. Its own text only: a table that reflows on phones also
   * puts the column's title into every cell.
   */
  private static final String CELL_WITH = "td[normalize-space(text()[last()])='%s']";

  private WebElement rowOf(String code) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath("//tbody[@id='listForm:rows_data']/tr[" + CELL_WITH.formatted(code) + "]")));
  }
}

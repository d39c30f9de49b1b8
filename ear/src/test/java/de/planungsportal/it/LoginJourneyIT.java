package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A planner's first visit, in a real browser against the demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
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
  void plannerSignsInSeesTaskListAndSignsOut() {
    browser.get(base + "workflow/tasks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("protected page asks for sign-in")
        .isEqualTo("Anmeldung");

    signIn("planer", DemoAccounts.PASSWORD);

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/workflow/tasks.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meine Aufgaben");
    assertThat(browser.findElement(By.id("signedInAs")).getText())
        .contains("Petra Planer", "Landkreis Musterland");
    assertThat(browser.findElement(By.id("tasksForm:tasks")).isDisplayed()).isTrue();

    browser.findElement(By.id("logoutForm:logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));

    assertThat(browser.findElement(By.id("signedOut")).getText()).contains("Sie wurden abgemeldet");
    browser.get(base + "workflow/tasks.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmeldung");
  }

  @Test
  void wrongPasswordIsRejectedWithAClearMessage() {
    browser.get(base + "login.xhtml");

    signIn("planer", "falsches-Passwort");

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("loginForm:messages"), "Die Anmeldung ist fehlgeschlagen"));
    assertThat(browser.findElements(By.id("signedInAs"))).isEmpty();
  }

  private void signIn(String username, String password) {
    browser.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.findElement(By.id("loginForm:password")).sendKeys(password);
    browser.findElement(By.id("loginForm:submit")).click();
  }
}

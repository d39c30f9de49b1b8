package de.planungsportal.it;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps every browser journey takes, in one browser of its own: sign in as someone, open a task
 * from the task list, click and confirm, fill a date, and gather what axe-core finds on the forms,
 * page by page, so that one run names every barrier.
 */
final class Journey implements AutoCloseable {

  /** A journey's body; whatever fails in it is reported with the page the user saw. */
  interface Steps {
    void run() throws Exception;
  }

  /**
   * PrimeFaces 15 gives each message's list item role="alert", so axe no longer counts the list's
   * items as such (primefaces/primefaces#14864, fixed in 16). It affects every page showing a
   * message and is left for the PrimeFaces upgrade; every other finding fails the journey.
   */
  private static final String PRIMEFACES_15_MESSAGE_LIST = "list (serious) at [.ui-messages-";

  final ChromeDriver browser = Browser.start();
  final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  private final URL base;
  private final List<String> barriers = new ArrayList<>();

  Journey(URL base) {
    this.base = base;
  }

  /** Runs the steps; a failure says where the journey stopped, as the user saw it. */
  void run(Steps steps) throws Exception {
    try {
      steps.run();
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(
          "at "
              + browser.getCurrentUrl()
              + ":\n"
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  /** Signs in afresh as this user (demo password); afterwards the browser is on the task list. */
  void signIn(String username) {
    browser.manage().deleteAllCookies();
    Browser.signIn(browser, base, username, DemoAccounts.PASSWORD);
  }

  /**
   * The task's form through its "Öffnen" link on the task list, once the task is there (a task a
   * step starts in the background may take a moment).
   *
   * @param parameter what the link's address names, e.g. {@code cycle=12}
   */
  void openTask(String taskKey, String parameter) {
    By link = By.cssSelector("a[data-task='" + taskKey + "'][href*='" + parameter + "']");
    // the list is loaded afresh on every try; the implicit wait would only hold each try on a page
    // that cannot change for 5 s before loading it again
    Duration implicit = browser.manage().timeouts().getImplicitWaitTimeout();
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(
              d -> {
                d.get(base + "workflow/tasks.xhtml");
                return !d.findElements(link).isEmpty();
              });
    } finally {
      browser.manage().timeouts().implicitlyWait(implicit);
    }
    wait.until(ExpectedConditions.elementToBeClickable(link)).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("workflow/tasks.xhtml")));
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    Browser.awaitAjax(browser);
  }

  /** Answers the open confirmation dialog with yes. */
  void confirm() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    Browser.awaitAjax(browser);
  }

  /** A date field as the browser's date picker fills it: the value in ISO form. */
  void setDate(String id, LocalDate day) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];", browser.findElement(By.id(id)), day.toString());
  }

  /** Notes what axe-core finds on the page as it is now. */
  void checkAccessible(String where) {
    checkAccessible(where, Browser.wcagViolations(browser));
  }

  void checkAccessible(String where, List<String> violations) {
    violations.stream()
        .filter(v -> !v.startsWith(PRIMEFACES_15_MESSAGE_LIST))
        .forEach(v -> barriers.add(where + ": " + v));
  }

  /** What axe-core found on the pages checked so far. */
  List<String> barriers() {
    return barriers;
  }

  @Override
  public void close() {
    browser.quit();
  }
}

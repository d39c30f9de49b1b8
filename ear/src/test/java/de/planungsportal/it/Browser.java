package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium with its matching chromedriver; never downloads a browser or driver. */
public final class Browser {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  /** Console errors so far, e.g. "Refused to execute inline script ... Content Security Policy". */
  public static java.util.List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  /** Waits until PrimeFaces has no ajax request in flight. */
  public static void awaitAjax(ChromeDriver driver) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** Signs in through the login form; afterwards the browser is on the task list. */
  public static void signIn(
      ChromeDriver driver, java.net.URL base, String username, String password) {
    driver.get(base + "login.xhtml");
    driver.findElement(org.openqa.selenium.By.id("loginForm:username")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.id("loginForm:password")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.id("loginForm:submit")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.id("signedInAs")));
  }

  /**
   * What keeps a visitor from seeing or reaching part of the page as it is now: the page scrolling
   * sideways, a table cell that cuts its content off, and any visible action (button or link styled
   * as one) inside a table that lies outside the document's scrollable area or is clipped by an
   * ancestor that does not scroll. Empty when everything can be seen and reached.
   */
  @SuppressWarnings("unchecked")
  public static java.util.List<String> unreachableContent(ChromeDriver driver) {
    return (java.util.List<String>) driver.executeScript(UNREACHABLE_CONTENT);
  }

  private static final String UNREACHABLE_CONTENT =
      """
      const found = [];
      const root = document.documentElement;
      const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (el.getAttribute('aria-label') ? ' "' + el.getAttribute('aria-label') + '"'
             : ' "' + el.textContent.trim().slice(0, 40) + '"');
      const visible = el => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
      };
      if (root.scrollWidth > root.clientWidth) {
        found.push('page scrolls sideways: ' + root.scrollWidth + ' px content in '
            + root.clientWidth + ' px');
      }
      for (const cell of document.querySelectorAll('.ui-datatable td, .ui-datatable th')) {
        if (visible(cell) && getComputedStyle(cell).overflowX !== 'visible'
            && cell.scrollWidth > cell.clientWidth + 1) {
          found.push('cell cuts its content (' + cell.scrollWidth + ' px in ' + cell.clientWidth
              + ' px): "' + cell.textContent.trim().slice(0, 40) + '"');
        }
      }
      for (const action of document.querySelectorAll('table button, table a[role=button],'
          + ' table a.ui-button, table input[type=submit]')) {
        if (!visible(action)) continue;
        const r = action.getBoundingClientRect();
        const left = r.left + scrollX, right = r.right + scrollX;
        const top = r.top + scrollY, bottom = r.bottom + scrollY;
        if (left < 0 || top < 0 || right > root.scrollWidth + 1 || bottom > root.scrollHeight + 1) {
          found.push('outside the page: ' + describe(action));
          continue;
        }
        for (let box = action.parentElement; box && box !== root; box = box.parentElement) {
          const style = getComputedStyle(box);
          const clips = [style.overflowX, style.overflowY].some(o => o === 'hidden' || o === 'clip');
          if (!clips) continue;
          const b = box.getBoundingClientRect();
          if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1
              || r.bottom > b.bottom + 1) {
            found.push('clipped by ' + box.tagName.toLowerCase()
                + (box.className ? '.' + String(box.className).trim().split(/\\s+/).join('.') : '')
                + ': ' + describe(action));
            break;
          }
        }
      }
      return found;
      """;

  /**
   * Picks an option of a PrimeFaces select menu as a user does: open it, click the label. The click
   * waits for the panel to have finished opening (aria-expanded, set with the value that PrimeFaces
   * 15 reverts to on an item click): an earlier click throws a TypeError in components.js. Should a
   * click still be lost on a loaded machine, it is repeated.
   */
  public static void choose(
      ChromeDriver driver,
      org.openqa.selenium.support.ui.WebDriverWait wait,
      String menuId,
      String label) {
    org.openqa.selenium.By panel = org.openqa.selenium.By.id(menuId + "_panel");
    org.openqa.selenium.By option =
        org.openqa.selenium.By.cssSelector(
            "[id='" + menuId + "_items'] li[data-label='" + label + "']");
    for (int attempt = 0; attempt < 3; attempt++) {
      if (!driver.findElement(panel).isDisplayed()) {
        driver.findElement(org.openqa.selenium.By.id(menuId)).click();
      }
      wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
              org.openqa.selenium.By.cssSelector("[id='" + menuId + "'] [aria-expanded='true']")));
      wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(option))
          .click();
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3))
            .until(
                org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                    panel));
        break;
      } catch (org.openqa.selenium.TimeoutException stillOpen) {
        // try again
      }
    }
    org.assertj.core.api.Assertions.assertThat(
            driver.findElement(org.openqa.selenium.By.id(menuId + "_label")).getText())
        .isEqualTo(label);
  }

  /** What axe-core finds against WCAG 2.1 A and AA on the page as it is now, one line a node. */
  public static java.util.List<String> wcagViolations(ChromeDriver driver) {
    return wcagViolations(driver, null);
  }

  /**
   * What axe-core finds inside the element with the id, e.g. an open modal dialog: the page behind
   * it is inert then, and its colours, dimmed by the fading mask, would be judged mid-fade.
   */
  public static java.util.List<String> wcagViolationsWithin(ChromeDriver driver, String id) {
    return wcagViolations(driver, "[id='" + id + "']");
  }

  private static final java.util.List<String> WCAG_21_AA =
      java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * axe.run in the page, answering with the violations only (rule, impact, help, each node's
   * target), or "frames" when the page has frames, or "failed: …".
   */
  private static final String AXE_RUN =
      """
      const done = arguments[arguments.length - 1];
      if (document.querySelector('iframe, frame')) {
        done('frames');
        return;
      }
      axe.run(arguments[0] || document, arguments[1]).then(
          results => done(results.violations.map(v => ({id: v.id, impact: v.impact,
              help: v.help, targets: v.nodes.map(node => node.target)}))),
          error => done('failed: ' + error));
      """;

  private static String axeSource;

  /**
   * axe-core as axe-core-selenium ships it, run with axe.run in the page: the same engine, rules
   * and options as {@code AxeBuilder}, without the detour it takes since axe 4.3 for frames of
   * other origins (partial results to Java, a second window, axe injected again, the results back
   * in for axe.finishRun), which made a scan 2–3 times as slow. A page with frames still goes
   * through {@code AxeBuilder}, so frames stay checked.
   */
  @SuppressWarnings("unchecked")
  private static java.util.List<String> wcagViolations(ChromeDriver driver, String include) {
    Map<String, Object> options =
        Map.of(
            "runOnly",
            Map.of("type", "tag", "values", WCAG_21_AA),
            // every violating node is still reported; the other result types keep one node each
            // instead of every node of the page, which axe would otherwise serialise
            "resultTypes",
            java.util.List.of("violations"));
    driver.executeScript(axeSource());
    Object answer = driver.executeAsyncScript(AXE_RUN, include, options);
    if ("frames".equals(answer)) {
      return wcagViolationsWithFrames(driver, include);
    }
    if (!(answer instanceof java.util.List<?> violations)) {
      // a failed run must not read as "no violations"
      throw new IllegalStateException("axe-core failed: " + answer);
    }
    java.util.List<String> found = new java.util.ArrayList<>();
    for (Map<String, Object> rule : (java.util.List<Map<String, Object>>) violations) {
      for (Object target : (java.util.List<Object>) rule.get("targets")) {
        found.add(
            rule.get("id")
                + " ("
                + rule.get("impact")
                + ") at "
                + target
                + " – "
                + rule.get("help"));
      }
    }
    return found;
  }

  private static synchronized String axeSource() {
    if (axeSource == null) {
      try {
        axeSource = new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
      } catch (Exception e) {
        throw new IllegalStateException("axe-core's script is missing", e);
      }
    }
    return axeSource;
  }

  private static java.util.List<String> wcagViolationsWithFrames(
      ChromeDriver driver, String include) {
    com.deque.html.axecore.selenium.AxeBuilder axe =
        new com.deque.html.axecore.selenium.AxeBuilder().withTags(WCAG_21_AA);
    if (include != null) {
      axe.include(include);
    }
    com.deque.html.axecore.results.Results results = axe.analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
    }
    java.util.List<String> found = new java.util.ArrayList<>();
    for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
      rule.getNodes()
          .forEach(
              node ->
                  found.add(
                      rule.getId()
                          + " ("
                          + rule.getImpact()
                          + ") at "
                          + node.getTarget()
                          + " – "
                          + rule.getHelp()));
    }
    return found;
  }

  public static ChromeDriver start() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "); .ci/run installs them, or: sudo apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    // console messages, to catch scripts the Content-Security-Policy blocks
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    // the portal's language follows the browser's Accept-Language
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /**
   * Puts a browser that {@link #start} opened back into the state of a new one, for a test class
   * that shares one browser between its tests: one window on a blank page, 1280 × 900 px, no
   * cookies, and no data stored for the portal's origin (local and session storage, IndexedDB,
   * caches); the console's messages so far are read and dropped.
   */
  public static void forgetEverything(ChromeDriver driver, java.net.URL base) {
    String first = driver.getWindowHandles().iterator().next();
    for (String window : driver.getWindowHandles()) {
      if (!window.equals(first)) {
        driver.switchTo().window(window).close();
      }
    }
    driver.switchTo().window(first);
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        Map.of(
            "origin",
            base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(),
            "storageTypes",
            "all"));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    org.assertj.core.api.Assertions.assertThat(
            (java.util.List<?>)
                driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies"))
        .as("cookies left from the previous test")
        .isEmpty();
  }

  /** Fetches a file in the signed-in browser, as its download link does. */
  static byte[] fetch(ChromeDriver browser, String href) {
    Object base64 =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                    + " done(btoa(s)); }, e => done('failed: ' + e));",
                href);
    assertThat(base64.toString()).doesNotStartWith("failed");
    return Base64.getDecoder().decode(base64.toString());
  }
}

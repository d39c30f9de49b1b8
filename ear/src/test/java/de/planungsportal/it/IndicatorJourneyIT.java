package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An indicator as a planner of the demo district lives it, in Chromium: creates it in the
 * catalogue, imports the statistics office's table (a first file with a bad line is refused as a
 * whole), and reads the trend of one area and the areas compared, each as chart and table. Linking
 * an indicator to a measure in the Wirkungskette dialog and reading its evidence is
 * EvidenceJourneyIT's chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Journey journey;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private String planner;
  private String code;

  @BeforeEach
  void plannerOfTheDistrict() {
    planner = TestAccounts.create("lk-musterland", "planner");
    code = "J-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    journey = new Journey(base);
    browser = journey.browser;
    wait = journey.wait;
  }

  @AfterEach
  void closeBrowser() {
    journey.close();
  }

  @Test
  void plannerCreatesImportsAndComparesTheAreas() throws Exception {
    journey.run(this::steps);
    assertThat(journey.barriers()).isEmpty();
  }

  private void steps() throws Exception {
    journey.signIn(planner);
    browser.get(base + "indicator/indicators.xhtml");
    journey.click("listForm:new");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:code")));
    browser.findElement(By.id("editForm:code")).sendKeys(code);
    browser.findElement(By.id("editForm:name")).sendKeys("Übergangsquote " + code);
    browser.findElement(By.id("editForm:definition")).sendKeys("Wechsel auf das Gymnasium");
    browser.findElement(By.id("editForm:unit")).sendKeys("%");
    browser.findElement(By.id("editForm:source")).sendKeys("Statistisches Landesamt");
    Browser.choose(browser, wait, "editForm:direction", "mehr ist besser");
    journey.checkAccessible("catalogue dialog");
    journey.click("editForm:save");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    assertThat(browser.findElement(By.id("listForm:messages")).getText())
        .contains("Der Indikator wurde gespeichert.");
    long indicator =
        Database.count(
            "SELECT id FROM indicator WHERE code = ? AND organisation_id = ?",
            code,
            TestOrganisations.idOf("lk-musterland"));

    browser.get(base + "indicator/import.xhtml");
    upload(
        "indicator;area;year;value\n"
            + code
            + ";bergdorf;2022;30\n"
            + code
            + ";nirgendwo;2022;31\n");
    assertThat(messages()).contains("Zeile 3, Spalte area:", "nirgendwo");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM indicator_value WHERE indicator_id = ?", indicator))
        .as("nothing of a refused file")
        .isZero();
    journey.checkAccessible("refused import");
    String table =
        String.join(
            "\n",
            "Indikator;Gebiet;Jahr;Wert",
            code + ";bergdorf;2022;30,5",
            code + ";bergdorf;2023;33",
            code + ";talheim;2023;41",
            code + ";seeburg;2023;28",
            code + ";;2022;35",
            code + ";;2023;36,5");
    upload(table + "\n");
    assertThat(messages()).contains("6 Werte wurden importiert.");

    browser.get(base + "indicator/figures.xhtml?id=" + indicator + "&area=bergdorf");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='trendChart'] canvas")));
    assertThat(browser.findElement(By.cssSelector("[id$='trendTable']")).getText())
        .contains("2022", "30,5", "2023", "33", "Statistik", "Gemeinde Bergdorf");
    List<String> ranked =
        browser.findElements(By.cssSelector("[id$='compareTable_data'] tr")).stream()
            .map(r -> r.getText())
            .toList();
    assertThat(ranked).hasSize(3);
    assertThat(ranked.get(0)).as("more is better: the largest first").contains("Talheim", "41");
    assertThat(ranked.get(2)).contains("Seeburg", "28");
    assertThat(browser.findElement(By.id("compareOrder")).getText()).contains("mehr ist besser");
    journey.checkAccessible("trend and comparison");
  }

  private void upload(String csv) throws Exception {
    Path file = Files.createTempFile("werte", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    var form = browser.findElement(By.id("importForm"));
    browser.findElement(By.id("importForm:file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("importForm:import")).click();
    // a full postback: the page (and its form) is replaced
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:importMessages")));
    Files.delete(file);
  }

  private String messages() {
    return browser.findElement(By.id("importForm:importMessages")).getText();
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A planner of the district opens a published cycle, follows its link to the education reports,
 * clicks "Bildungsbericht erzeugen", watches the page until the report is ready and opens the PDF:
 * it holds the three sections and the plan's measures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EducationReportJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Journey journey;

  @AfterEach
  void close() {
    if (journey != null) {
      journey.close();
    }
  }

  @Test
  void plannerGeneratesTheEducationReportAndOpensThePdf() throws Exception {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    String planner = TestAccounts.create("lk-musterland", "planner");
    journey = new Journey(base);
    ChromeDriver browser = journey.browser;

    journey.run(
        () -> {
          journey.signIn(planner);
          browser.get(base + "planning/cycle.xhtml?id=" + plan.cycleId());
          journey.click("toEducationReports");
          assertThat(browser.findElement(By.tagName("h1")).getText())
              .startsWith("Bildungsberichte");
          journey.checkAccessible("reports page");

          journey.click("reportsForm:generate");
          assertThat(browser.findElement(By.id("reportsForm:messages")).getText())
              .contains("Der Bildungsbericht wird erzeugt.");
          // the page polls while the job runs; the link appears when the report is ready
          WebElement link =
              new WebDriverWait(browser, Duration.ofSeconds(120))
                  .until(
                      d ->
                          d.findElements(By.cssSelector("a[id$=':download']")).stream()
                              .findFirst()
                              .orElse(null));
          assertThat(browser.findElement(By.id("reportsForm:reports")).getText())
              .contains("fertig", planner);
          journey.checkAccessible("reports page, report ready");

          String text = pdfText(Browser.fetch(browser, link.getAttribute("href")));
          assertThat(text)
              .contains(
                  "Bildungsbericht 2099",
                  "Landkreis Musterland",
                  "Indikatoren nach Gebiet",
                  "Befragungsergebnisse (freigegeben)",
                  "Maßnahmen, Fortschritt und Wirkung",
                  "Mentoring an allen Grundschulen");
          assertThat(
                  Database.count(
                      "SELECT COUNT(*) FROM audit_event WHERE action = 'EDUCATION_REPORT_DOWNLOADED'"
                          + " AND actor = ?",
                      planner))
              .isEqualTo(1);
        });
    assertThat(journey.barriers()).isEmpty();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString().replaceAll("[\\s\u00a0]+", " ");
    }
  }
}

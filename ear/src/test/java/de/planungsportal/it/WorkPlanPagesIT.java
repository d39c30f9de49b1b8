package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning read pages over HTTP, on a cycle written straight into the database: the list, the
 * cycle page, a version with its filters and measure detail, and two versions compared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkPlanPagesIT {

  private static final Pattern ROW = Pattern.compile("(?s)<tr([^>]*)>(.*?)</tr>");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private TestPlans.Plan plan;
  private PortalClient planner;

  @BeforeEach
  void publishedCycle() {
    plan = TestPlans.published("lk-musterland");
    planner = PortalClient.signedIn(base, "planer");
  }

  @Test
  void cycleListShowsStateAndStarterAndDepartmentsSeeOnlyPublishedCycles() {
    String running = "Laufender Plan " + UUID.randomUUID().toString().substring(0, 8);
    TestPlans.running("lk-musterland", running);

    Page list = planner.get("/planning/cycles.xhtml");
    String contributors = PageText.visible(signedIn("jugendhilfe").get("/planning/cycles.xhtml"));

    assertThat(row(list, plan.title())).contains("2099", "Veröffentlicht", "planer");
    assertThat(row(list, running)).contains("Läuft");
    assertThat(PageText.visible(list)).contains("Planungszyklus starten");
    assertThat(contributors).contains(plan.title()).doesNotContain(running);
    assertThat(contributors).doesNotContain("Planungszyklus starten");
  }

  @Test
  void cyclePageShowsDepartmentsVersionsAndDecisionsWithReasons() {
    Page page = planner.get("/planning/cycle.xhtml?id=" + plan.cycleId());
    String text = PageText.visible(page);

    assertThat(page.status()).isEqualTo(200);
    assertThat(row(page, "Jugendhilfeplanung")).contains("Eingereicht", "jugendhilfe");
    assertThat(row(page, "Kita-Bedarfsplanung")).contains("In Arbeit");
    assertThat(row(page, "Version 1 ansehen"))
        .contains(
            "Zurückgegeben",
            "Zeichnung der Verwaltungsspitze: zurückgegeben – landrat",
            "Begründung: Budget zu hoch");
    assertThat(row(page, "Version 2 ansehen"))
        .contains("Veröffentlicht", "Gremium (Schulträgerausschuss): zugestimmt", "3 Maßnahmen");
    assertThat(text).contains("Versionen vergleichen");
    assertThat(page.body()).contains("plan.xhtml?version=" + plan.publishedVersionId());
  }

  @Test
  void departmentContributorSeesOnlyThePublishedVersionAndNoContributions() {
    String text =
        PageText.visible(signedIn("kita").get("/planning/cycle.xhtml?id=" + plan.cycleId()));

    assertThat(text).contains("Version 2 ansehen").doesNotContain("Version 1", "Budget zu hoch");
    assertThat(text).doesNotContain("Beteiligte Fachplanungen", "Versionen vergleichen");
  }

  @Test
  void planPageGroupsMeasuresByGoalAndFiltersThem() {
    String all = plan("");
    assertThat(all)
        .contains(
            "Handlungsfeld: Übergänge Übergänge gestalten",
            "Mentoring an allen Grundschulen",
            "Sprachförderung in Kitas Übernommen",
            "Handlungsfeld: Ganztag Ganztag ausbauen",
            "Lesepaten",
            "Musterstadt-Süd",
            "In Umsetzung (40 %)",
            "3 Maßnahmen werden angezeigt.");

    assertThat(plan("&department=" + plan.kitaDepartmentId()))
        .contains("Eine Maßnahme wird angezeigt.", "Sprachförderung in Kitas")
        .doesNotContain("Mentoring an allen Grundschulen", "Ganztag ausbauen");
    assertThat(plan("&school=" + plan.igsSchoolId()))
        .contains("Mentoring an allen Grundschulen")
        .doesNotContain("Sprachförderung in Kitas", "Lesepaten");
    assertThat(plan("&area=" + plan.northAreaId() + "&status=IN_PROGRESS"))
        .contains("Eine Maßnahme wird angezeigt.", "Mentoring an allen Grundschulen");
    assertThat(plan("&status=DONE")).contains("Keine Maßnahme passt zum Filter.");
  }

  /**
   * A submitted (here: returned) or published version offers its PDF and XLSX; the files behind the
   * buttons hold the cover, the measures by department and by area and the decision history. A
   * draft offers neither.
   */
  @Test
  void planPageOffersTheShownVersionAsPdfAndXlsxButNotADraft() throws Exception {
    Page published = planner.get("/planning/plan.xhtml?version=" + plan.publishedVersionId());
    Page returned = planner.get("/planning/plan.xhtml?version=" + plan.returnedVersionId());
    long cycle = TestPlans.running("lk-musterland", "Entwurf " + UUID.randomUUID());
    long draft = Database.count("SELECT id FROM work_plan_version WHERE cycle_id = ?", cycle);
    Page draftPage = planner.get("/planning/plan.xhtml?version=" + draft);

    assertThat(PageText.visible(published))
        .contains("Als PDF herunterladen", "Als Tabelle (XLSX) herunterladen");
    assertThat(href(returned, "downloadXlsx"))
        .isEqualTo("/planning/export/" + plan.returnedVersionId() + ".xlsx");
    assertThat(draftPage.status()).isEqualTo(200);
    assertThat(draftPage.body()).doesNotContain("downloadPdf", "downloadXlsx", "/planning/export/");

    var pdf = WorkPlanExportIT.download(planner, href(published, "downloadPdf"));
    var xlsx = WorkPlanExportIT.download(planner, href(published, "downloadXlsx"));

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(WorkPlanExportIT.text(pdf.body()))
        .contains(
            plan.title(),
            "Mentoring an allen Grundschulen",
            "Maßnahmen nach Fachplanung",
            "Jugendhilfeplanung",
            "Maßnahmen nach Gebiet",
            "Musterstadt-Süd",
            "Entscheidungsverlauf",
            "Schulträgerausschuss");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(WorkPlanExportIT.cells(xlsx.body()))
        .contains(
            "# Maßnahmen",
            "Mentoring an allen Grundschulen",
            "Sprachförderung in Kitas",
            "# Entscheidungen",
            "Schulträgerausschuss");
  }

  @Test
  void malformedFiltersAreNamedAndLeftOut() {
    Page page =
        planner.get(
            "/planning/plan.xhtml?version="
                + plan.publishedVersionId()
                + "&department=abc&status=%3Cscript%3E&school=-1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(PageText.messages(page))
        .contains(
            "Der Filter „Fachplanung“ ist ungültig und wurde nicht angewendet.",
            "Der Filter „Status“ ist ungültig und wurde nicht angewendet.",
            "Der Filter „Schule“ ist ungültig und wurde nicht angewendet.");
    assertThat(PageText.visible(page)).contains("3 Maßnahmen werden angezeigt.");
    assertThat(page.body()).doesNotContain("<script>");
  }

  @Test
  void measureDetailShowsItsProgressReports() {
    String text = plan("&measure=" + plan.mentoringId());

    assertThat(text)
        .contains(
            "Maßnahme: Mentoring an allen Grundschulen",
            "Aktueller Status In Umsetzung (40 %)",
            "Geplanter Status Geplant",
            "Zwei Schulen begonnen",
            "jugendhilfe");
    assertThat(plan("&measure=" + plan.languageId()))
        .contains("Noch keine Fortschrittsberichte.", "Aus dem Plan des Vorjahres übernommen");
  }

  @Test
  void comparisonShowsAddedRemovedChangedAndMovedMeasuresInWords() {
    Page page =
        planner.get(
            "/planning/compare.xhtml?from="
                + plan.returnedVersionId()
                + "&to="
                + plan.publishedVersionId());
    String text = PageText.visible(page);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.status()).isEqualTo(200);
    assertThat(text)
        .contains(
            "Version 1 und Version 2 im Vergleich",
            "Maßnahmen: 1 neu, 1 entfernt, 2 geändert (davon 1 verschoben), 0 unverändert.",
            "Mentoring an allen Grundschulen geändert",
            "Sprachförderung in Kitas neu",
            "Hausaufgabenhilfe entfernt",
            "Ganztag ausbauen neu",
            "Lesepaten geändert",
            "Verschoben aus dem Ziel „Übergänge gestalten“.");
    assertThat(changedRows(page))
        .anySatisfy(r -> assertThat(r).contains("Titel", "Mentoring an Grundschulen", "geändert"))
        .anySatisfy(r -> assertThat(r).contains("Budget (Euro)", "12.000", "15.000", "geändert"))
        .anySatisfy(r -> assertThat(r).contains("Gebiete", "Musterstadt-Süd", "geändert"))
        .noneSatisfy(r -> assertThat(r).contains("Fällig"));
  }

  private String plan(String parameters) {
    Page page =
        planner.get("/planning/plan.xhtml?version=" + plan.publishedVersionId() + parameters);
    assertThat(page.status()).isEqualTo(200);
    return PageText.visible(page);
  }

  /** The visible text of the first table row naming the text. */
  private static String row(Page page, String text) {
    return rows(page, "").stream()
        .filter(r -> r.contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + page.body()));
  }

  /** The visible text of every table row marked as changed. */
  private static List<String> changedRows(Page page) {
    return rows(page, "changed-row");
  }

  private static List<String> rows(Page page, String styleClass) {
    return ROW.matcher(page.body())
        .results()
        .filter(m -> m.group(1).contains(styleClass))
        .map(m -> PageText.visible(new Page(200, Map.of(), m.group(2))))
        .toList();
  }

  /** The address a link of the page points to, without the context path's origin. */
  private static String href(Page page, String id) {
    java.util.regex.Matcher link =
        Pattern.compile("<a id=\"" + id + "\"[^>]*href=\"([^\"]+)\"").matcher(page.body());
    assertThat(link.find()).as("link " + id).isTrue();
    return link.group(1);
  }

  private PortalClient signedIn(String username) {
    return PortalClient.signedIn(base, username);
  }
}

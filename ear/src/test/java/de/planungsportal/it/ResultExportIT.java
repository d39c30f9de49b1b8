package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A closed wave of 25 responses from three schools (12, 10, 3), its results computed, downloaded
 * over HTTP as a reader's program would open the files: the aggregated figures with the small
 * school and its complement suppressed, the raw responses for the wave's planners only, formulas
 * neutralised end to end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultExportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(ResultAtomsFixture.class);
  }

  @ArquillianResource URL base;

  private TestExportWaves.Wave computed() {
    TestExportWaves.Wave wave = TestExportWaves.closed();
    String respondents =
        new PortalClient(base).get(ResultAtomsFixture.PATH + "?wave=" + wave.id()).body();
    assertThat(respondents.trim()).isEqualTo(String.valueOf(TestExportWaves.RESPONSES));
    return wave;
  }

  private PortalClient planner(TestExportWaves.Wave wave) {
    return PortalClient.signedIn(base, TestAccounts.create(wave.organisationCode(), "planner"));
  }

  @Test
  void plannersCsvShowsTheLargeSchoolAndNoFigureOfTheSuppressedOnes() throws IOException {
    TestExportWaves.Wave wave = computed();

    HttpResponse<byte[]> csv =
        WorkPlanExportIT.download(planner(wave), "/results/export/" + wave.id() + ".csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Ergebnisse-Welle-" + wave.id() + ".csv\"");
    assertThat(csv.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    List<CSVRecord> records = records(csv.body());
    assertThat(records.get(0).toList()).startsWith("Frage-Schlüssel", "Frage", "Aufschlüsselung");
    List<CSVRecord> totals =
        records.stream().filter(r -> r.get(2).equals("Gesamt") && r.get(0).equals("way")).toList();
    assertThat(totals).isNotEmpty().allSatisfy(r -> assertThat(r.get(4)).isEqualTo("25"));
    List<CSVRecord> bySchool =
        records.stream().filter(r -> r.get(2).equals("Schule") && r.get(0).equals("way")).toList();
    assertThat(bySchool)
        .filteredOn(r -> r.get(3).equals(TestExportWaves.SHOWN_SCHOOL))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get(4)).isEqualTo("12"));
    for (String hidden : List.of(TestExportWaves.HIDDEN_SCHOOL, TestExportWaves.SMALL_SCHOOL)) {
      assertThat(bySchool)
          .filteredOn(r -> r.get(3).equals(hidden))
          .as(hidden)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.toList().subList(4, 10)).allMatch(String::isEmpty);
                assertThat(r.get(10)).isEqualTo("unterdrückt (weniger als 5 Antworten)");
              });
    }
  }

  @Test
  void plannersXlsxAndPdfCarryTheSameFiguresAndStateTheThreshold() throws IOException {
    TestExportWaves.Wave wave = computed();
    PortalClient planner = planner(wave);

    HttpResponse<byte[]> xlsx =
        WorkPlanExportIT.download(planner, "/results/export/" + wave.id() + ".xlsx");
    HttpResponse<byte[]> pdf =
        WorkPlanExportIT.download(planner, "/results/export/" + wave.id() + ".pdf");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheet("Ergebnisse");
      boolean smallSchoolSeen = false;
      for (Row row : sheet) {
        Cell group = row.getCell(3);
        if (group != null && TestExportWaves.SMALL_SCHOOL.equals(group.getStringCellValue())) {
          smallSchoolSeen = true;
          for (int c = 4; c <= 9; c++) {
            assertThat(row.getCell(c)).as("figure column " + c).isNull();
          }
        }
      }
      assertThat(smallSchoolSeen).isTrue();
      assertThat(workbook.getSheet("Hinweise").getRow(1).getCell(0).getStringCellValue())
          .contains("weniger als 5 Antworten");
    }
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(WorkPlanExportIT.text(pdf.body()))
        .contains(
            "Gruppen mit weniger als 5 Antworten werden nicht gezeigt",
            TestSurveys.CHOICE_TEXT,
            "25 Antwortende",
            TestExportWaves.SHOWN_SCHOOL,
            TestExportWaves.SMALL_SCHOOL,
            "unterdrückt (weniger als 5 Antworten)");
  }

  @Test
  void rawCsvGoesToPlannersOnlyWithoutStoredIdsWithFormulasNeutralisedAndAudited()
      throws IOException {
    TestExportWaves.Wave wave = computed();
    String path = "/results/export/" + wave.id() + "-raw.csv";
    long auditsBefore =
        Database.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'RESULTS_RAW_EXPORTED'"
                + " AND entity_id = ?",
            String.valueOf(wave.id()));

    HttpResponse<byte[]> raw = WorkPlanExportIT.download(planner(wave), path);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    assertThat(raw.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Rohdaten-Welle-" + wave.id() + ".csv\"");
    List<CSVRecord> records = records(raw.body());
    assertThat(records.get(0).toList())
        .containsExactly(
            "Zeile",
            "Schule",
            "Gebiet",
            "Klassenstufen",
            "Sprache",
            "Tag der Abgabe",
            "yard",
            "way",
            "wish");
    assertThat(records).hasSize(1 + TestExportWaves.RESPONSES);
    assertThat(records.subList(1, records.size()))
        .extracting(r -> r.get(0))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, TestExportWaves.RESPONSES)
                .mapToObj(String::valueOf)
                .toList());
    assertThat(records.stream().filter(r -> r.get(1).equals(TestExportWaves.SMALL_SCHOOL)))
        .hasSize(3);
    assertThat(records.stream().map(r -> r.get(8)).filter(w -> !w.isEmpty()))
        .containsExactly("wish", "'" + TestExportWaves.FORMULA_WISH);
    String body = new String(raw.body(), StandardCharsets.UTF_8);
    assertThat(body)
        .doesNotContain(
            Database.text("SELECT MIN(id) FROM survey_response WHERE wave_id = ?", wave.id()));
    assertThat(body).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'RESULTS_RAW_EXPORTED'"
                    + " AND entity_id = ?",
                String.valueOf(wave.id())))
        .isEqualTo(auditsBefore + 1);

    HttpResponse<byte[]> rawXlsx =
        WorkPlanExportIT.download(planner(wave), "/results/export/" + wave.id() + "-raw.xlsx");
    assertThat(rawXlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rawXlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(TestExportWaves.RESPONSES);
      boolean formulaSeen = false;
      for (Row row : sheet) {
        Cell wish = row.getCell(8);
        if (wish != null && TestExportWaves.FORMULA_WISH.equals(wish.getStringCellValue())) {
          formulaSeen = true;
          assertThat(wish.getCellStyle().getQuotePrefixed()).isTrue();
        }
      }
      assertThat(formulaSeen).isTrue();
    }
  }

  @Test
  void othersGetAggregatesOnlyOnceReleasedAndNeverRawAndOtherOrganisationsNothing() {
    TestExportWaves.Wave wave = computed();
    PortalClient school =
        PortalClient.signedIn(base, TestAccounts.create(wave.organisationCode(), "school-contact"));
    PortalClient partner =
        PortalClient.signedIn(base, TestAccounts.create(TestOrganisations.create(), "planner"));
    String csv = "/results/export/" + wave.id() + ".csv";
    String raw = "/results/export/" + wave.id() + "-raw.csv";

    assertThat(WorkPlanExportIT.download(school, csv).statusCode())
        .as("before release")
        .isEqualTo(404);
    assertThat(WorkPlanExportIT.download(partner, csv).statusCode()).isEqualTo(404);
    Database.update(
        "UPDATE wave_result SET released_on = CURRENT_DATE, released_by = 'planer'"
            + " WHERE wave_id = ?",
        wave.id());

    assertThat(WorkPlanExportIT.download(school, csv).statusCode())
        .as("after release")
        .isEqualTo(200);
    assertThat(WorkPlanExportIT.download(school, raw).statusCode()).isEqualTo(404);
    assertThat(WorkPlanExportIT.download(partner, csv).statusCode()).isEqualTo(404);
    assertThat(WorkPlanExportIT.download(partner, raw).statusCode()).isEqualTo(404);
    assertThat(
            WorkPlanExportIT.download(planner(wave), "/results/export/" + wave.id() + "-raw.pdf")
                .statusCode())
        .as("no raw PDF")
        .isEqualTo(404);
  }

  private static List<CSVRecord> records(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(';')
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }
}

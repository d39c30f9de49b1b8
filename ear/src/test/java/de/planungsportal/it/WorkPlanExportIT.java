package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A published work plan version, downloaded over HTTP by a planner as PDF and as XLSX, and opened
 * as a reader's program would open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkPlanExportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void plannerDownloadsThePublishedPlanAsPdf() throws IOException {
    long version = TestPlans.single("lk-musterland", 2027, 3, "PUBLISHED");

    HttpResponse<byte[]> pdf = download(PortalClient.signedIn(base, "planer"), version, "pdf");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Arbeitsplan-2027-v3.pdf\"");
    assertThat(pdf.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    assertThat(text(pdf.body()))
        .contains(
            "Landkreis Musterland",
            "Arbeitsplan 2027 – Fassung 3",
            TestPlans.MEASURE,
            "12.500,50 €",
            "Budget des Arbeitsplans insgesamt: 13.500,50 €",
            "Gezeichnet; Budget für Süd geprüft.");
  }

  @Test
  void plannerDownloadsThePublishedPlanAsXlsxWithTheFormulaLikeTitleAsText() throws IOException {
    long version = TestPlans.single("lk-musterland", 2027, 4, "PUBLISHED");

    HttpResponse<byte[]> xlsx = download(PortalClient.signedIn(base, "planer"), version, "xlsx");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Arbeitsplan-2027-v4.xlsx\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> rows = new ArrayList<>();
      workbook.getSheet("Maßnahmen").forEach(rows::add);
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCell(2).getStringCellValue()).isEqualTo(TestPlans.MEASURE);
      assertThat(rows.get(1).getCell(6).getNumericCellValue()).isEqualTo(12500.50);
      Cell formula = rows.get(2).getCell(2);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getStringCellValue()).isEqualTo(TestPlans.FORMULA);
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(workbook.getSheet("Entscheidungen").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("Gezeichnet; Budget für Süd geprüft.");
    }
  }

  /** The file as a browser would save it: the body as bytes, not as text. */
  static HttpResponse<byte[]> download(PortalClient client, long version, String extension) {
    return download(client, "/planning/export/" + version + "." + extension);
  }

  static HttpResponse<byte[]> download(PortalClient client, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.origin() + path));
    client.sessionCookie().ifPresent(c -> request.header("Cookie", c));
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every cell of every sheet as text, one line per row, cells separated by " | ". */
  static String cells(byte[] xlsx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter formatter = new DataFormatter(java.util.Locale.GERMANY);
      workbook.forEach(
          sheet -> {
            text.append("# ").append(sheet.getSheetName()).append('\n');
            sheet.forEach(
                row -> {
                  row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append(" | "));
                  text.append('\n');
                });
          });
    }
    return text.toString();
  }

  /** The text of every page, white space collapsed. */
  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("[\\s\u00a0]+", " ");
  }
}

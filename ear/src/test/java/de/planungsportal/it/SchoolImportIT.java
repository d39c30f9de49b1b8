package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.FilePart;
import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV import of schools over HTTP, as a browser uploads a file: a good list creates every
 * school exactly as the dialog would (with one audit event each); any other file, or a list with a
 * single bad line, is refused with a translated message naming the line and the problem and leaves
 * the school table and the audit log as they were. Each test administers its own new organisation
 * with two areas, nord and sued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolImportIT {

  private static final String PAGE = "/admin/schools.xhtml";
  private static final String HEADER = "Schulnummer;Name;Schulform;Sozialraum\r\n";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String NOT_IMPORTED = "Die Datei wurde nicht importiert";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long organisationId;
  private long nord;
  private PortalClient admin;

  @BeforeEach
  void signInAsAdminOfANewOrganisationWithTwoAreas() {
    String organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    for (String area : List.of("nord", "sued")) {
      Database.update(
          "INSERT INTO area (organisation_id, code, name) VALUES (?, ?, ?)",
          organisationId,
          area,
          "Sozialraum " + area);
    }
    nord =
        Database.count(
            "SELECT id FROM area WHERE organisation_id = ? AND code = 'nord'", organisationId);
    admin = PortalClient.signedIn(base, TestAccounts.create(organisation, "admin"));
  }

  @Test
  void importsASemicolonListWithByteOrderMarkAsIfEachSchoolWereEnteredByHand() {
    String list =
        HEADER
            + "100101;Grundschule Mühlbach;Grundschule;nord\r\n"
            + "100102;\"Gymnasium \"\"Am See\"\"; Außenstelle\";Gymnasium;\r\n"
            + "\r\n"
            + "100103;Realschule plus Süd;realschule plus;sued\r\n";

    Page answer = upload("Schulliste.csv", "application/vnd.ms-excel", utf8WithBom(list));

    assertThat(PageText.messages(answer)).contains("3 Schulen wurden importiert.");
    assertThat(schoolsOfOrganisation())
        .containsExactly(
            "100101|Grundschule Mühlbach|GRUNDSCHULE|" + nord,
            "100102|Gymnasium \"Am See\"; Außenstelle|GYMNASIUM|null",
            "100103|Realschule plus Süd|REALSCHULE_PLUS|" + areaId("sued"));
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?"
                    + " AND action = 'CREATED' AND entity_type = 'School'",
                organisationId))
        .isEqualTo(3);
    assertThat(PageText.visible(answer)).contains("Grundschule Mühlbach", "Realschule plus Süd");
  }

  @Test
  void importsACommaListWithoutByteOrderMarkAndAnswersInEnglish() {
    admin.language("en");
    String list =
        "Schulnummer,Name,Schulform,Sozialraum\n"
            + "200201,\"Primary School Hill, Annex\",Primary school,\n"
            + "200202,Förderzentrum Ost,FOERDERSCHULE,nord\n";

    Page answer = upload("schools.csv", "text/csv", list.getBytes(StandardCharsets.UTF_8));

    assertThat(PageText.messages(answer)).contains("2 schools were imported.");
    assertThat(schoolsOfOrganisation())
        .containsExactly(
            "200201|Primary School Hill, Annex|GRUNDSCHULE|null",
            "200202|Förderzentrum Ost|FOERDERSCHULE|" + nord);
    assertThat(auditedChanges()).isEqualTo(2);
  }

  @Test
  void importsTheMostSchoolsAFileMayHoldInOneGo() {
    StringBuilder list = new StringBuilder(HEADER);
    for (int i = 1; i <= 2000; i++) {
      list.append(700000 + i).append(";Schule ").append(i).append(";Grundschule;sued\r\n");
    }

    long started = System.nanoTime();
    Page answer = upload("alle.csv", "text/csv", list.toString().getBytes(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.printf("SchoolImportIT: 2,000 schools imported in %d ms%n", millis);
    assertThat(PageText.messages(answer)).contains("2.000 Schulen wurden importiert.");
    assertThat(schoolsOfOrganisation()).hasSize(2000);
    assertThat(auditedChanges()).isEqualTo(2000);
    assertThat(AdminPages.verifyAuditChain(admin))
        .contains("Die Protokollkette ist vollständig und unverändert.");
  }

  @Test
  void theTemplateOnThePageCanBeImportedAsItIs() {
    Page template = admin.get("/admin/schools-template.csv");
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(template.body()).contains("Schulnummer;Name;Schulform;Sozialraum");

    Page answer =
        upload("schulen-vorlage.csv", "text/csv", template.body().getBytes(StandardCharsets.UTF_8));

    assertThat(PageText.messages(answer)).contains("Eine Schule wurde importiert.");
  }

  static Stream<Arguments> refusedFiles() {
    String good = HEADER + "300301;Grundschule Nord;Grundschule;nord\r\n";
    return Stream.of(
        file(
            "PNG bytes renamed .csv",
            "schulen.csv",
            "text/csv",
            HexFormat.of().parseHex("89504E470D0A1A0A0000000D4948445200000001"),
            "Die Datei „schulen.csv“ ist ein Bild, keine CSV-Datei."),
        file(
            "Excel workbook (XLSX, a ZIP archive)",
            "schulen.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            HexFormat.of().parseHex("504B030414000600080000002100"),
            "ist eine Excel-Arbeitsmappe (XLSX) oder ein ZIP-Archiv, keine CSV-Datei"),
        file(
            "Windows program renamed .csv",
            "schulen.csv",
            "text/csv",
            windowsProgram(),
            "ist ein ausführbares Programm, keine CSV-Datei"),
        file(
            "NUL bytes",
            "schulen.csv",
            "text/csv",
            (good + "300302;Schule\u0000Süd;Grundschule;\r\n").getBytes(StandardCharsets.UTF_8),
            "Die Datei „schulen.csv“ enthält in Zeile 3 NUL-Bytes und ist daher keine Textdatei."),
        file(
            "invalid UTF-8 (saved as Windows-1252)",
            "schulen.csv",
            "text/csv",
            (good + "300302;Grundschule Mühlbach;Grundschule;\r\n")
                .getBytes(Charset.forName("windows-1252")),
            "ist nicht in UTF-8 kodiert (erstes ungültiges Zeichen in Zeile 3)"),
        file("empty file", "leer.csv", "text/csv", new byte[0], "Die Datei „leer.csv“ ist leer."),
        file(
            "wrong extension",
            "schulen.txt",
            "text/plain",
            good.getBytes(StandardCharsets.UTF_8),
            "Die Datei „schulen.txt“ hat nicht die Endung .csv."),
        file(
            "declared as an image",
            "schulen.csv",
            "image/png",
            good.getBytes(StandardCharsets.UTF_8),
            "wurde als „image/png“ gesendet, nicht als CSV- oder Textdatei"),
        list(
            "too many rows",
            HEADER + "300302;Schule;Grundschule;\r\n".repeat(2001),
            "Die Datei enthält 2.001 Schulen; höchstens 2.000 lassen sich auf einmal importieren."),
        list(
            "missing header",
            "300301;Grundschule Nord;Grundschule;nord\r\n",
            "Zeile 1 muss die Kopfzeile mit den Spalten Schulnummer;Name;Schulform;Sozialraum sein"),
        list("header only", HEADER, "Die Datei enthält keine Schulen."),
        list(
            "unknown area",
            good + "300302;Grundschule West;Grundschule;west\r\n",
            "Zeile 3, Spalte Sozialraum: Ein Gebiet mit dem Kürzel „west“ gibt es in Ihrer"
                + " Organisation nicht."),
        list(
            "unknown school type",
            good + "300302;Hochschule West;Universität;\r\n",
            "Zeile 3, Spalte Schulform: „Universität“ ist keine der Schulformen, die das Portal"
                + " kennt."),
        list(
            "duplicate code within the file",
            good + "300302;Grundschule Süd;Grundschule;\r\n300301;Gymnasium;Gymnasium;\r\n",
            "Zeile 4, Spalte Schulnummer: Die Schulnummer „300301“ steht schon in Zeile 2."),
        list(
            "overlong name",
            good + "300302;" + "x".repeat(201) + ";Grundschule;\r\n",
            "Zeile 3, Spalte Name: darf höchstens 200 Zeichen lang sein"),
        list(
            "formula-like name",
            good + "300302;=HYPERLINK(\"http://example.org\");Grundschule;\r\n",
            "Zeile 3, Spalte Name: Der Wert darf nicht mit =, +, - oder @ beginnen"),
        list(
            "formula-like code",
            good + "@SUM(A1);Grundschule Süd;Grundschule;\r\n",
            "Zeile 3, Spalte Schulnummer: Der Wert darf nicht mit =, +, - oder @ beginnen"),
        list(
            "code against the code rule",
            good + "GS Süd;Grundschule Süd;Grundschule;\r\n",
            "Zeile 3, Spalte Schulnummer: darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche"),
        list(
            "markup in a name",
            good + "300302;<script>alert(1)</script>;Grundschule;\r\n",
            "Zeile 3, Spalte Name: darf keine spitzen Klammern"),
        list(
            "missing name",
            good + "300302;;Grundschule;\r\n",
            "Zeile 3, Spalte Name: Der Wert fehlt."),
        list(
            "separator inside an unquoted name",
            good + "300302;Grundschule Süd; Außenstelle;Grundschule;\r\n",
            "Zeile 3: 5 Werte, aber nur 4 Spalten."),
        list(
            "unclosed quote",
            good + "300302;\"Grundschule Süd;Grundschule;\r\n",
            "Zeile 3: Die Anführungszeichen stehen nicht paarweise."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void refusesTheFileWithItsReasonAndChangesNothing(
      String label, String fileName, String contentType, byte[] content, String reason) {
    List<String> schools = Database.snapshot("school");
    long audited = auditedChanges();

    Page answer = upload(fileName, contentType, content);

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(PageText.messages(answer)).noneSatisfy(m -> assertThat(m).contains("importiert."));
    assertThat(Database.snapshot("school")).isEqualTo(schools);
    assertThat(auditedChanges()).isEqualTo(audited);
    assertThat(answer.body())
        .as("the file field is marked invalid and gets the focus")
        .contains("aria-invalid=\"true\"")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void refusesSchoolsThatExistAlreadyAndOverwritesNothing() {
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type) VALUES (?, ?, ?, ?)",
        organisationId,
        "400401",
        "Grundschule Alt",
        "GRUNDSCHULE");
    List<String> schools = Database.snapshot("school");
    long audited = auditedChanges();

    Page answer =
        upload(
            "schulen.csv",
            "text/csv",
            (HEADER
                    + "400402;Grundschule Neu;Grundschule;\r\n"
                    + "400401;Grundschule Umbenannt;Gymnasium;nord\r\n")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(PageText.messages(answer))
        .contains(
            "Die Datei wurde nicht importiert, es wurde nichts gespeichert. Bitte beheben Sie das"
                + " folgende Problem und laden Sie die Datei erneut hoch.",
            "Zeile 3, Spalte Schulnummer: Eine Schule mit der Schulnummer „400401“ gibt es bereits;"
                + " vorhandene Schulen werden nicht überschrieben.");
    assertThat(Database.snapshot("school")).isEqualTo(schools);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void listsEveryProblemUpToALimitAndCountsTheRest() {
    StringBuilder list = new StringBuilder(HEADER);
    for (int i = 1; i <= 30; i++) {
      list.append("5005").append(String.format("%02d", i)).append(";Schule;Universität;\r\n");
    }

    Page answer =
        upload("schulen.csv", "text/csv", list.toString().getBytes(StandardCharsets.UTF_8));

    List<String> messages = PageText.messages(answer);
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("die folgenden 30 Probleme"));
    assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Zeile 26, Spalte Schulform"));
    assertThat(messages).noneSatisfy(m -> assertThat(m).startsWith("Zeile 27,"));
    assertThat(messages).contains("… und 5 weitere.");
  }

  /**
   * The servlet's multipart limit is the attachments' 8 MiB (PaperAttachmentsIT sees a file above
   * it turned away unread); a CSV file above its own 1 MiB is refused by the import.
   */
  @Test
  void refusesAFileAboveOneMegabyteAndSaysSo() {
    byte[] content = new byte[1024 * 1024 + 1];
    Arrays.fill(content, (byte) 'x');
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, content, 0, header.length);
    List<String> schools = Database.snapshot("school");
    Page page = admin.get(PAGE);

    Page answer =
        admin.submitMultipart(
            page,
            PAGE,
            "importForm",
            "importForm:import",
            "importForm:file",
            new FilePart("gross.csv", "text/csv", content));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer))
        .contains(
            "Die Datei ist zu groß: Erlaubt sind höchstens 1 MB. Bitte teilen Sie die Liste"
                + " auf mehrere Dateien auf.");
    assertThat(Database.snapshot("school")).isEqualTo(schools);
  }

  @Test
  void asksForAFileWhenNoneWasChosen() {
    Page answer = upload("", "application/octet-stream", new byte[0]);

    assertThat(PageText.messages(answer)).contains("Bitte wählen Sie eine CSV-Datei aus.");
  }

  @Test
  void refusesAnUploadFromAnotherSite() {
    List<String> schools = Database.snapshot("school");
    Page page = admin.get(PAGE);

    Page answer =
        admin.multipart(
            PAGE,
            Map.of("importForm", "importForm"),
            "importForm:file",
            new FilePart(
                "schulen.csv",
                "text/csv",
                (HEADER + "600601;Grundschule;Grundschule;\r\n").getBytes(StandardCharsets.UTF_8)),
            Map.of("importForm:import", "", "jakarta.faces.ViewState", page.viewState()),
            Map.of("Origin", "https://evil.example"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(Database.snapshot("school")).isEqualTo(schools);
  }

  private Page upload(String fileName, String contentType, byte[] content) {
    Page page = admin.get(PAGE);
    assertThat(page.status()).isEqualTo(200);
    Page answer =
        admin.submitMultipart(
            page,
            PAGE,
            "importForm",
            "importForm:import",
            "importForm:file",
            new FilePart(fileName, contentType, content));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.isSignInForm()).isFalse();
    return answer;
  }

  private List<String> schoolsOfOrganisation() {
    return Database.snapshot(
            "(SELECT s.code, s.name, s.school_type, sa.area_id FROM school s"
                + " LEFT JOIN school_area sa ON sa.school_id = s.id AND sa.valid_to IS NULL"
                + " WHERE s.organisation_id = "
                + organisationId
                + ") s")
        .stream()
        .map(row -> row.substring(0, row.length() - 1))
        .toList();
  }

  private long areaId(String code) {
    return Database.count(
        "SELECT id FROM area WHERE organisation_id = ? AND code = ?", organisationId, code);
  }

  private long auditedChanges() {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }

  private static Arguments file(
      String label, String fileName, String contentType, byte[] content, String reason) {
    return Arguments.of(label, fileName, contentType, content, reason);
  }

  private static Arguments list(String label, String text, String reason) {
    return Arguments.of(
        label, "schulen.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8), reason);
  }

  private static byte[] utf8WithBom(String text) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = Arrays.copyOf(BOM, BOM.length + content.length);
    System.arraycopy(content, 0, withBom, BOM.length, content.length);
    return withBom;
  }

  private static byte[] windowsProgram() {
    byte[] program = new byte[256];
    program[0] = 'M';
    program[1] = 'Z';
    program[2] = (byte) 0x90;
    return program;
  }
}

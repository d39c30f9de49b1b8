package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form and endpoint that takes input, fed what browsers never send and scripts do: overlong
 * text, wrong types, markup, SQL metacharacters, Unicode edge cases, foreign ids, nothing at all. A
 * refusal is a translated message (the client asks for German) or a 4xx and leaves the database as
 * it was; what is accepted is stored exactly as the person meant it. Each test administers its own
 * new organisation, so nothing it does shows up in the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String SQL = "x'; DROP TABLE account; --";
  private static final String RTL_OVERRIDE = "Schul\u202Eamt";
  private static final String SAVED = "Die Änderung wurde gespeichert.";
  private static final String REQUIRED = "Bitte geben Sie einen Wert ein.";
  private static final String CODE_RULE = "darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche";
  private static final String PLAIN_TEXT_RULE =
      "darf keine spitzen Klammern, Steuer- oder unsichtbaren";
  private static final String NOT_A_CHOICE = "Diese Auswahl ist nicht möglich.";
  private static final String NOT_A_NUMBER = "Bitte geben Sie eine ganze Zahl ein.";
  private static final String NOT_A_DATE = "Bitte geben Sie ein gültiges Datum ein.";
  private static final String NOT_AN_ENUM = "muss in eine Aufzählung umgewandelt werden können";
  private static final String SIGN_IN_FAILED = "Die Anmeldung ist fehlgeschlagen";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private long organisationId;
  private String adminName;
  private PortalClient admin;

  @BeforeEach
  void signInAsAdminOfANewOrganisation() {
    organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    adminName = TestAccounts.create(organisation, "admin");
    // many cases never act as the admin (anonymous requests, other roles): sign in when needed
    admin = PortalClient.signedInOnFirstUse(base, adminName);
  }

  /**
   * Failed sign-ins here are counted per client address like any others (127.0.0.1 for every test
   * class); they are removed so they cannot add up to a lock-out of later test classes.
   */
  @AfterEach
  void forgetFailedSignInsOfThisAddress() {
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'sign-in-failures:%'");
  }

  // --- departments (the shape every reference-data dialog shares) ----------------------------

  static Stream<Arguments> refusedDepartments() {
    return Stream.of(
        Arguments.of("SQL metacharacters as code", SQL, "Jugendhilfe", "YOUTH_WELFARE", CODE_RULE),
        Arguments.of("emoji in code", "kita-\uD83E\uDDF8", "Kita", "DAY_CARE", CODE_RULE),
        Arguments.of("capitals in code", "KITA", "Kita", "DAY_CARE", CODE_RULE),
        Arguments.of("script as name", "skript", SCRIPT, "SOCIAL", PLAIN_TEXT_RULE),
        Arguments.of("bidi override in name", "bidi", RTL_OVERRIDE, "SOCIAL", PLAIN_TEXT_RULE),
        Arguments.of("kind that does not exist", "art", "Art", "ASTROLOGY", NOT_AN_ENUM),
        Arguments.of("number as kind", "zahl", "Zahl", "3", NOT_AN_ENUM),
        Arguments.of("empty fields", "", "", "", REQUIRED),
        Arguments.of("blank name", "leer", "   ", "SOCIAL", "darf nicht leer sein"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDepartments")
  void departmentDialogRefusesBadInputAndStoresNothing(
      String label, String code, String name, String kind, String reason) {
    Dialog dialog = new Dialog("/admin/departments.xhtml");
    List<String> before = Database.snapshot("department");
    long audited = auditedChanges();

    Page answer =
        dialog.save(
            Map.of("editForm:code", code, "editForm:name", name, "editForm:kind_input", kind));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(PageText.messages(answer)).doesNotContain(SAVED);
    assertThat(Database.snapshot("department")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void departmentDialogRefusesMissingFields() {
    Dialog dialog = new Dialog("/admin/departments.xhtml");
    List<String> before = Database.snapshot("department");

    Page answer = dialog.save(Map.of());

    assertThat(PageText.messages(answer))
        .contains("Art der Fachplanung: " + REQUIRED)
        .doesNotContain(SAVED);
    assertThat(Database.snapshot("department")).isEqualTo(before);
  }

  @Test
  void echoedScriptInARefusedChoiceIsRenderedAsText() {
    Dialog dialog = new Dialog("/admin/departments.xhtml");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code", "echo", "editForm:name", "Echo", "editForm:kind_input", SCRIPT));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(NOT_AN_ENUM));
    assertThat(answer.body()).doesNotContain(SCRIPT);
    assertThat(departmentCount()).isZero();
  }

  static Stream<Arguments> acceptedNames() {
    return Stream.of(
        Arguments.of("apostrophe", "Jugendhilfe O'Brien", "Jugendhilfe O'Brien"),
        Arguments.of("Arabic", "مكتب التخطيط التربوي", "مكتب التخطيط التربوي"),
        Arguments.of("Hebrew", "מחלקת תכנון חינוך", "מחלקת תכנון חינוך"),
        Arguments.of("emoji", "Kita-Planung \uD83E\uDDF8", "Kita-Planung \uD83E\uDDF8"),
        Arguments.of("combining mark, stored composed (NFC)", "Cafe\u0301 Bildung", "Café Bildung"),
        Arguments.of(
            "quotes and ampersand", "Jugend & Familie \"Nord\"", "Jugend & Familie \"Nord\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedNames")
  void departmentDialogStoresUnusualButHarmlessNamesVerbatim(
      String label, String name, String stored) {
    Dialog dialog = new Dialog("/admin/departments.xhtml");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                "bereich",
                "editForm:name",
                name,
                "editForm:kind_input",
                "EDUCATION"));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM department WHERE organisation_id = ? AND code = 'bereich'"
                    + " AND CAST(name AS BINARY) = CAST(? AS BINARY) AND kind = 'EDUCATION'",
                organisationId,
                stored))
        .isEqualTo(1);
    String list = admin.get("/admin/departments.xhtml").body();
    assertThat(list).contains(escaped(stored));
  }

  static Stream<Arguments> overlongNames() {
    return Stream.of(
        Arguments.of("/admin/areas.xhtml", "area", Map.of()),
        Arguments.of(
            "/admin/departments.xhtml", "department", Map.of("editForm:kind_input", "HEALTH")),
        Arguments.of(
            "/admin/schools.xhtml",
            "school",
            Map.of("editForm:schoolType_input", "GRUNDSCHULE", "editForm:area_input", "")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("overlongNames")
  void overlongNameIsRefusedNotCut(String path, String table, Map<String, String> more) {
    // the browser's maxlength stops typing; what a script sends must be refused, not shortened
    Dialog dialog = new Dialog(path);
    List<String> before = Database.snapshot(table);
    long audited = auditedChanges();
    Map<String, String> fields = new LinkedHashMap<>(more);
    fields.put("editForm:code", "lang");
    fields.put("editForm:name", "x".repeat(300));

    Page answer = dialog.save(fields);

    assertThat(PageText.messages(answer))
        .anySatisfy(m -> assertThat(m).contains("darf höchstens 200 Zeichen lang sein"))
        .doesNotContain(SAVED);
    assertThat(Database.snapshot(table)).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void nameOfExactlyTheAllowedLengthIsStored() {
    Page answer =
        new Dialog("/admin/areas.xhtml")
            .save(Map.of("editForm:code", "genau", "editForm:name", "y".repeat(200)));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM area WHERE organisation_id = ? AND code = 'genau' AND name = ?",
                organisationId,
                "y".repeat(200)))
        .isEqualTo(1);
  }

  static Stream<Arguments> malformedUtf8() {
    return Stream.of(
        Arguments.of("truncated two-byte sequence", "Gebiet%C3%28Nord"),
        Arguments.of("lone continuation byte", "Gebiet%80Nord"),
        Arguments.of("overlong encoding of a slash", "Gebiet%C0%AFNord"),
        Arguments.of("encoded surrogate", "Gebiet%ED%A0%80Nord"),
        Arguments.of("Latin-1 umlaut", "S%FCd"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUtf8")
  void invalidUtf8InAFormPostIsRefusedAndNothingStored(String label, String encodedName) {
    Dialog dialog = new Dialog("/admin/areas.xhtml");
    List<String> before = Database.snapshot("area");
    long audited = auditedChanges();

    Page answer = dialog.saveRaw("editForm:code=kaputt&editForm:name=" + encodedName);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(PageText.visible(answer))
        .contains("Die Anfrage enthielt Text, der nicht gültig UTF-8-kodiert ist.")
        .contains("Es wurde nichts gespeichert.");
    assertThat(Database.snapshot("area")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void invalidUtf8InAQueryStringIsRefused() {
    Page answer = admin.get("/admin/areas.xhtml?lang=%C3%28");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(PageText.visible(answer)).contains("nicht gültig UTF-8-kodiert");
  }

  // --- areas and schools: choices that point elsewhere ---------------------------------------

  static Stream<Arguments> refusedParentAreas() {
    return Stream.of(
        Arguments.of(
            "area of another organisation",
            foreignId("area", "lk-musterland", "bergdorf"),
            NOT_A_CHOICE),
        Arguments.of("area that does not exist", "999999999", NOT_A_CHOICE),
        Arguments.of("text", "abc", NOT_A_NUMBER),
        Arguments.of("number beyond long", "99999999999999999999", NOT_A_NUMBER),
        Arguments.of("SQL metacharacters", "1 OR 1=1", NOT_A_NUMBER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedParentAreas")
  void areaDialogRefusesParentsThatAreNotOnOffer(String label, String parent, String reason) {
    Dialog dialog = new Dialog("/admin/areas.xhtml");
    List<String> before = Database.snapshot("area");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                "ortsteil",
                "editForm:name",
                "Ortsteil",
                "editForm:parent_input",
                parent));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("area")).isEqualTo(before);
  }

  @Test
  void areaDialogStoresAnAreaBelowAnOwnArea() {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, 'gemeinde', 'Gemeinde')",
        organisationId);
    long parent =
        Database.count(
            "SELECT id FROM area WHERE organisation_id = ? AND code = 'gemeinde'", organisationId);
    Dialog dialog = new Dialog("/admin/areas.xhtml");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                "ortsteil",
                "editForm:name",
                "Ortsteil Süd",
                "editForm:parent_input",
                String.valueOf(parent)));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM area WHERE organisation_id = ? AND code = 'ortsteil' AND parent_id = ?",
                organisationId,
                parent))
        .isEqualTo(1);
  }

  static Stream<Arguments> refusedSchools() {
    return Stream.of(
        Arguments.of("school type that does not exist", "UNIVERSITAET", "", NOT_AN_ENUM),
        Arguments.of(
            "area of another organisation",
            "GRUNDSCHULE",
            foreignId("area", "lk-musterland", "talheim"),
            NOT_A_CHOICE),
        Arguments.of("text as area", "GRUNDSCHULE", "talheim", NOT_A_NUMBER),
        Arguments.of("no school type", "", "", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSchools")
  void schoolDialogRefusesTypesAndAreasThatAreNotOnOffer(
      String label, String type, String area, String reason) {
    Dialog dialog = new Dialog("/admin/schools.xhtml");
    List<String> before = Database.snapshot("school");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                "gs-neu",
                "editForm:name",
                "Grundschule Neu",
                "editForm:schoolType_input",
                type,
                "editForm:area_input",
                area));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("school")).isEqualTo(before);
  }

  @Test
  void schoolDialogStoresAHebrewName() {
    Dialog dialog = new Dialog("/admin/schools.xhtml");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code", "bet-sefer",
                "editForm:name", "בית ספר יסודי",
                "editForm:schoolType_input", "GRUNDSCHULE",
                "editForm:area_input", ""));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM school WHERE organisation_id = ? AND code = 'bet-sefer'"
                    + " AND CAST(name AS BINARY) = CAST(? AS BINARY) "
                    + " AND NOT EXISTS (SELECT 1 FROM school_area sa WHERE sa.school_id = school.id)",
                organisationId,
                "בית ספר יסודי"))
        .isEqualTo(1);
  }

  // --- area versions: the day a redraw, a move or an import applies from ---------------------

  static Stream<Arguments> refusedDays() {
    return Stream.of(
        Arguments.of("no day", "", REQUIRED),
        Arguments.of("German notation", "01.08.2026", NOT_A_DATE),
        Arguments.of("text", "morgen", NOT_A_DATE),
        Arguments.of("SQL metacharacters", "2026-08-01' OR '1'='1", NOT_A_DATE),
        Arguments.of("year beyond four digits", "99999-01-01", NOT_A_DATE),
        Arguments.of("before the current version", "1999-12-31", "Der Stichtag muss nach dem"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedDays")
  void areaRedrawRefusesDaysThatDoNotFit(String label, String day, String reason) {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, 'mitte', 'Mitte')",
        organisationId);
    Page opened =
        AdminPages.openRowDialog(admin, "/admin/areas.xhtml", "redraw", "Mitte", "redrawForm");
    List<String> before = Database.snapshot("area");
    long audited = auditedChanges();

    Page answer =
        admin.ajax(
            opened,
            "/admin/areas.xhtml",
            "redrawForm",
            "redrawForm:save",
            "redrawForm",
            "redrawForm listForm",
            Map.of(
                "redrawForm:validFrom", day,
                "redrawForm:name", "Mitte neu",
                "redrawForm:parent_input", ""));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("area")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  static Stream<Arguments> refusedMoves() {
    return Stream.of(
        Arguments.of(
            "area of another organisation",
            foreignId("area", "lk-musterland", "talheim"),
            NOT_A_CHOICE),
        Arguments.of("area that does not exist", "999999999", NOT_A_CHOICE),
        Arguments.of("text as area", "talheim", NOT_A_NUMBER),
        Arguments.of("the area it is in", "own", "gehört bereits zu diesem Gebiet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedMoves")
  void schoolMoveRefusesAreasThatAreNotOnOffer(String label, String area, String reason) {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, 'mitte', 'Mitte')",
        organisationId);
    long own =
        Database.count(
            "SELECT id FROM area WHERE organisation_id = ? AND code = 'mitte'", organisationId);
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'gs-mitte', 'Grundschule Mitte', 'GRUNDSCHULE')",
        organisationId);
    Database.update(
        "INSERT INTO school_area (school_id, area_id, valid_from)"
            + " SELECT id, ?, '2000-01-01' FROM school WHERE organisation_id = ?",
        own,
        organisationId);
    Page opened =
        AdminPages.openRowDialog(
            admin, "/admin/schools.xhtml", "move", "Grundschule Mitte", "moveForm");
    List<String> before = Database.snapshot("school_area");

    Page answer =
        admin.ajax(
            opened,
            "/admin/schools.xhtml",
            "moveForm",
            "moveForm:save",
            "moveForm",
            "moveForm listForm",
            Map.of(
                "moveForm:validFrom",
                "2026-08-01",
                "moveForm:area_input",
                area.equals("own") ? String.valueOf(own) : area));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("school_area")).isEqualTo(before);
  }

  @Test
  void schoolImportRefusesADayThatIsNoDate() {
    List<String> before = Database.snapshot("school");
    Page page = admin.get("/admin/schools.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("importForm", "importForm");
    fields.put("importForm:areasFrom", "2026-13-01");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("importForm:import", "");
    after.put("jakarta.faces.ViewState", page.viewState());
    page.nonce().ifPresent(n -> after.put("primefaces.nonce", n));

    Page answer =
        admin.multipart(
            "/admin/schools.xhtml",
            fields,
            "importForm:file",
            new PortalClient.FilePart(
                "schulen.csv",
                "text/csv",
                "Schulnummer;Name;Schulform;Sozialraum\r\n800801;Grundschule;Grundschule;\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            after,
            Map.of("Origin", admin.origin()));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(NOT_A_DATE));
    assertThat(Database.snapshot("school")).isEqualTo(before);
  }

  // --- organisations -------------------------------------------------------------------------

  static Stream<Arguments> refusedOrganisations() {
    return Stream.of(
        Arguments.of("SQL metacharacters as code", SQL, "Gemeinde", "MUNICIPALITY", CODE_RULE),
        Arguments.of("script as name", "gemeinde-x", SCRIPT, "MUNICIPALITY", PLAIN_TEXT_RULE),
        Arguments.of("kind that does not exist", "gemeinde-y", "Gemeinde", "EMPIRE", NOT_AN_ENUM),
        Arguments.of("empty code", "", "Gemeinde", "MUNICIPALITY", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedOrganisations")
  void organisationDialogRefusesBadInput(
      String label, String code, String name, String kind, String reason) {
    Dialog dialog = new Dialog("/admin/organisations.xhtml");
    List<String> before = Database.snapshot("organisation");

    Page answer =
        dialog.save(
            Map.of("editForm:code", code, "editForm:name", name, "editForm:kind_input", kind));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("organisation")).isEqualTo(before);
  }

  @Test
  void organisationDialogStoresANameWithApostropheBelowTheOwnOrganisation() {
    Dialog dialog = new Dialog("/admin/organisations.xhtml");
    String code = organisation + "-ob";

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                code,
                "editForm:name",
                "Gemeinde Sankt O'Brien",
                "editForm:kind_input",
                "MUNICIPALITY"));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM organisation WHERE code = ? AND name = 'Gemeinde Sankt O''Brien'"
                    + " AND kind = 'MUNICIPALITY' AND parent_id = ?",
                code,
                organisationId))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(strings = {"2", "0", "-5", "51", "drei"})
  void organisationDialogRefusesASmallGroupThresholdOutsideThreeToFifty(String threshold) {
    Dialog dialog = new Dialog("/admin/organisations.xhtml");
    List<String> before = Database.snapshot("organisation");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                organisation + "-t",
                "editForm:name",
                "Gemeinde Schwelle",
                "editForm:kind_input",
                "MUNICIPALITY",
                "editForm:minCellSize",
                threshold));

    assertThat(PageText.messages(answer)).isNotEmpty();
    if (threshold.matches("-?\\d+")) {
      assertThat(PageText.messages(answer))
          .anySatisfy(m -> assertThat(m).contains("ganze Zahl von 3 bis 50"));
    }
    assertThat(answer.body()).doesNotContain("Fehlernummer");
    assertThat(Database.snapshot("organisation")).isEqualTo(before);
  }

  @Test
  void organisationDialogStoresTheSmallGroupThresholdTheResultsUse() {
    Dialog dialog = new Dialog("/admin/organisations.xhtml");
    String code = organisation + "-k3";

    Page answer =
        dialog.save(
            Map.of(
                "editForm:code",
                code,
                "editForm:name",
                "Gemeinde Dreier",
                "editForm:kind_input",
                "MUNICIPALITY",
                "editForm:minCellSize",
                "3"));

    assertThat(PageText.messages(answer)).contains(SAVED);
    assertThat(Database.count("SELECT min_cell_size FROM organisation WHERE code = ?", code))
        .isEqualTo(3);
  }

  // --- accounts and role grants --------------------------------------------------------------

  static Stream<Arguments> refusedAccounts() {
    return Stream.of(
        Arguments.of(
            "SQL metacharacters as user name",
            SQL,
            "Jana Jung",
            "jana@example.org",
            "Punkt, Unterstrich und Bindestrich"),
        Arguments.of(
            "umlaut in user name",
            "jürgen",
            "Jürgen Jung",
            "",
            "Punkt, Unterstrich und Bindestrich"),
        Arguments.of("script as name", "jana.jung", SCRIPT, "", PLAIN_TEXT_RULE),
        Arguments.of("bidi override in name", "jana.jung", RTL_OVERRIDE, "", PLAIN_TEXT_RULE),
        Arguments.of(
            "not an e-mail address", "jana.jung", "Jana Jung", "jana at example", "E-Mail-Adresse"),
        Arguments.of("empty fields", "", "", "", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedAccounts")
  void accountDialogRefusesBadInput(
      String label, String username, String name, String email, String reason) {
    Dialog dialog = new Dialog("/admin/accounts.xhtml");
    List<String> before = Database.snapshot("account");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:username", username,
                "editForm:displayName", name,
                "editForm:email", email,
                "editForm:enabled_input", "on"));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("account")).isEqualTo(before);
  }

  @Test
  void accountDialogStoresScriptInAQuotedEmailAddressButShowsItAsText() {
    // RFC 5322 allows nearly anything in a quoted local part, so the address is valid
    String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "\"" + SCRIPT + "\"@example.org";
    Dialog dialog = new Dialog("/admin/accounts.xhtml");

    Page answer =
        dialog.save(
            Map.of(
                "editForm:username",
                username,
                "editForm:displayName",
                "Seán O'Brien",
                "editForm:email",
                email,
                "editForm:enabled_input",
                "on"));

    assertThat(PageText.visible(answer)).contains("Startpasswort für " + username);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND display_name = 'Seán O''Brien' AND email = ?",
                username,
                email))
        .isEqualTo(1);
    String list = admin.get("/admin/accounts.xhtml").body();
    assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
  }

  @Test
  void grantsDialogRefusesUnknownRolesAndScopesOfOtherOrganisations() {
    String user = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, 'eigene', 'Eigene Fachplanung', 'SOCIAL')",
        organisationId);
    long own =
        Database.count(
            "SELECT id FROM department WHERE organisation_id = ? AND code = 'eigene'",
            organisationId);
    String foreign = foreignId("department", "lk-musterland", "jugendhilfe");
    Page accounts = admin.get("/admin/accounts.xhtml");
    Matcher button =
        Pattern.compile(
                "id=\"(listForm:rows:\\d+:grants)\"[^>]*aria-label=\"Rollen verwalten: "
                    + user
                    + "\"")
            .matcher(accounts.body());
    assertThat(button.find()).isTrue();
    Page grants =
        admin.ajax(
            accounts,
            "/admin/accounts.xhtml",
            "listForm",
            button.group(1),
            button.group(1),
            "grantsForm",
            Map.of());
    List<String> before = Database.snapshot("role_grant");

    Page unknownRole = addGrant(grants, Map.of("grantsForm:newRole_input", "ROOT"));
    assertThat(PageText.messages(unknownRole)).anySatisfy(m -> assertThat(m).contains(NOT_AN_ENUM));

    Page scoped = chooseRole(unknownRole, "DEPARTMENT_CONTRIBUTOR");
    assertThat(scoped.body()).contains("grantsForm:newScope_input");
    Page foreignScope =
        addGrant(
            scoped,
            Map.of(
                "grantsForm:newRole_input",
                "DEPARTMENT_CONTRIBUTOR",
                "grantsForm:newScope_input",
                foreign));
    assertThat(PageText.messages(foreignScope))
        .anySatisfy(m -> assertThat(m).contains(NOT_A_CHOICE));
    assertThat(Database.snapshot("role_grant")).isEqualTo(before);

    Page ownScope =
        addGrant(
            chooseRole(foreignScope, "DEPARTMENT_CONTRIBUTOR"),
            Map.of(
                "grantsForm:newRole_input",
                "DEPARTMENT_CONTRIBUTOR",
                "grantsForm:newScope_input",
                String.valueOf(own)));
    assertThat(PageText.messages(ownScope)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM role_grant g JOIN account a ON a.id = g.account_id"
                    + " WHERE a.username = ? AND g.role = 'department-contributor' AND g.department_id = ?",
                user,
                own))
        .isEqualTo(1);
  }

  // --- sharing -------------------------------------------------------------------------------

  static Stream<Arguments> refusedGrantees() {
    return Stream.of(
        Arguments.of(
            "organisation that does not exist", "999999999", "REFERENCE_DATA", NOT_A_CHOICE),
        Arguments.of("text as organisation", "musterstadt", "REFERENCE_DATA", NOT_A_NUMBER),
        Arguments.of("scope that does not exist", "", "EVERYTHING", NOT_AN_ENUM),
        Arguments.of("nothing chosen", "", "", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedGrantees")
  void sharingDialogRefusesGranteesAndScopesThatAreNotOnOffer(
      String label, String grantee, String scope, String reason) {
    Dialog dialog = new Dialog("/admin/sharing.xhtml");
    List<String> before = Database.snapshot("sharing_grant");

    Page answer =
        dialog.save(Map.of("editForm:grantee_input", grantee, "editForm:scope_input", scope));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("sharing_grant")).isEqualTo(before);
  }

  @Test
  void sharingDialogRefusesTheOwnOrganisationAndAcceptsAnother() {
    long partner = TestOrganisations.idOf(TestOrganisations.create());
    Dialog dialog = new Dialog("/admin/sharing.xhtml");
    List<String> before = Database.snapshot("sharing_grant");

    Page self =
        dialog.save(
            Map.of(
                "editForm:grantee_input",
                String.valueOf(organisationId),
                "editForm:scope_input",
                "REFERENCE_DATA"));
    assertThat(PageText.messages(self)).anySatisfy(m -> assertThat(m).contains(NOT_A_CHOICE));
    assertThat(Database.snapshot("sharing_grant")).isEqualTo(before);

    Page granted =
        new Dialog("/admin/sharing.xhtml")
            .save(
                Map.of(
                    "editForm:grantee_input",
                    String.valueOf(partner),
                    "editForm:scope_input",
                    "REFERENCE_DATA"));
    assertThat(PageText.messages(granted)).contains(SAVED);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM sharing_grant WHERE owner_organisation_id = ? AND grantee_organisation_id = ?"
                    + " AND scope = 'REFERENCE_DATA' AND revoked_at IS NULL",
                organisationId,
                partner))
        .isEqualTo(1);
  }

  // --- own password and sign-in --------------------------------------------------------------

  static Stream<Arguments> refusedPasswords() {
    String overlong = "Lange-Woerter-".repeat(715);
    return Stream.of(
        Arguments.of("10,000 characters", DemoAccounts.PASSWORD, overlong, overlong, "zu lang"),
        Arguments.of(
            "65 characters",
            DemoAccounts.PASSWORD,
            "a1-".repeat(21) + "xy",
            "a1-".repeat(21) + "xy",
            "zu lang"),
        Arguments.of(
            "wrong current password",
            "Falsch-geraten-1",
            "Drei-Worte-am-Fluss",
            "Drei-Worte-am-Fluss",
            "bisherige Passwort ist nicht korrekt"),
        Arguments.of(
            "SQL metacharacters as current password",
            "' OR '1'='1",
            "Drei-Worte-am-Fluss",
            "Drei-Worte-am-Fluss",
            "bisherige Passwort ist nicht korrekt"),
        Arguments.of("empty fields", "", "", "", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPasswords")
  void passwordChangeRefusesBadInputAndKeepsThePassword(
      String label, String current, String chosen, String repeated, String reason) {
    Page form = admin.get("/account/password.xhtml");

    Page answer =
        admin.submit(
            form,
            "/account/password.xhtml",
            "passwordForm",
            "passwordForm:save",
            Map.of(
                "passwordForm:current",
                current,
                "passwordForm:chosen",
                chosen,
                "passwordForm:repeated",
                repeated));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM account WHERE username = ? AND password_hash = ? AND password_changed_at IS NULL",
                adminName,
                TestAccounts.DEMO_PASSWORD_HASH))
        .isEqualTo(1);
  }

  static Stream<Arguments> refusedSignIns() {
    return Stream.of(
        Arguments.of("SQL metacharacters", "' OR '1'='1' --", "' OR '1'='1", SIGN_IN_FAILED),
        Arguments.of("10,000 characters", "a".repeat(10_000), "b".repeat(10_000), SIGN_IN_FAILED),
        Arguments.of("script as user name", SCRIPT, "egal", SIGN_IN_FAILED),
        Arguments.of(
            "bidi override in user name", "nie\u202Emand", "Drei-Worte-am-Fluss", SIGN_IN_FAILED),
        Arguments.of("empty fields", "", "", REQUIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSignIns")
  void signInRefusesBadInputWithoutRevealingAnything(
      String label, String username, String password, String reason) {
    PortalClient visitor = new PortalClient(base);

    Page answer = visitor.signIn(username, password);

    assertThat(answer.isSignInForm()).isTrue();
    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain(SCRIPT);
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "SQL", "java.");
    assertThat(visitor.get("/workflow/tasks.xhtml").isSignInForm()).isTrue();
  }

  // --- process picture -------------------------------------------------------------------------

  static Stream<Arguments> wrongInstanceIds() {
    return Stream.of(
        Arguments.of("none", ""),
        Arguments.of("empty", "?instance="),
        Arguments.of("unknown number", "?instance=999999999"),
        Arguments.of("unknown UUID", "?instance=0b7f3c1e-1111-4a4a-9c9c-123456789abc"),
        Arguments.of("SQL", "?instance=" + encode(SQL)),
        Arguments.of("script", "?instance=" + encode(SCRIPT)),
        Arguments.of("overlong", "?instance=" + "1".repeat(5_000)),
        Arguments.of("twice", "?instance=1&instance=2"),
        Arguments.of("control character", "?instance=1%00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongInstanceIds")
  void processPictureOfNoOwnInstanceSaysSoWithoutError(String label, String query) {
    Page answer = admin.get("/workflow/process.xhtml" + query);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(PageText.visible(answer)).contains("Dieser Vorgang wurde nicht gefunden");
    assertThat(answer.body()).doesNotContain(SCRIPT, "Fehlernummer");
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "SQL", "java.");
  }

  // --- REST paths ----------------------------------------------------------------------------

  static Stream<Arguments> wrongAccountIds() {
    return Stream.of(
        Arguments.of("abc", 404, "http-404"),
        Arguments.of("1%20OR%201=1", 404, "http-404"),
        Arguments.of("99999999999999999999", 404, "http-404"),
        Arguments.of("1".repeat(5_000), 404, "http-404"),
        Arguments.of("1.5", 404, "http-404"),
        Arguments.of("9223372036854775807", 403, "forbidden"),
        Arguments.of("-1", 403, "forbidden"),
        Arguments.of("0", 403, "forbidden"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongAccountIds")
  void personalDataExportRefusesIdsThatAreNotAnOwnAccount(String id, int status, String code) {
    Page answer = admin.get("/api/v1/admin/accounts/" + id + "/personal-data");

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(answer.body())
        .contains("\"code\":\"" + code + "\"")
        .doesNotContain("username", "Exception", "java.");
  }

  @Test
  void personalDataExportRefusesAnotherOrganisationsAccount() {
    Page answer =
        admin.get("/api/v1/admin/accounts/" + TestAccounts.idOf("planer") + "/personal-data");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body()).contains("\"code\":\"forbidden\"").doesNotContain("Petra", "planer");
  }

  // --- work plan downloads ------------------------------------------------------------------

  static Stream<Arguments> wrongWorkPlanFiles() {
    return Stream.of(
        Arguments.of("letters as id", "abc.pdf"),
        Arguments.of("SQL in id", "1%20OR%201=1.pdf"),
        Arguments.of("id beyond long", "99999999999999999999.pdf"),
        Arguments.of("very long id", "1".repeat(5_000) + ".xlsx"),
        Arguments.of("zero", "0.pdf"),
        Arguments.of("negative", "-1.pdf"),
        Arguments.of("largest long", "9223372036854775807.pdf"),
        Arguments.of("no id", ".pdf"),
        Arguments.of("no extension", "{own}"),
        Arguments.of("other format", "{own}.docx"),
        Arguments.of("upper-case extension", "{own}.PDF"),
        Arguments.of("more path", "{own}.pdf/x"),
        Arguments.of("script as id", "%3Cscript%3E.pdf"),
        Arguments.of("another organisation's version", "{foreign}.pdf"));
  }

  /**
   * A planner asking for work plan files that are not there or not the planner's: 404, nothing
   * changes, no trace of the version in the answer.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongWorkPlanFiles")
  void workPlanDownloadRefusesWhatIsNotAnOwnSubmittedVersion(String label, String file) {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    long own = TestPlans.single(organisation, 2027, 1, "PUBLISHED");
    long foreign = TestPlans.single("lk-musterland", 2027, 9, "PUBLISHED");
    List<String> before = Database.snapshot("work_plan_version");
    long audited = auditedChanges();

    Page answer =
        planner.get(
            "/planning/export/"
                + file.replace("{own}", String.valueOf(own))
                    .replace("{foreign}", String.valueOf(foreign)));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "java.");
    assertThat(answer.body()).doesNotContain("Fehlernummer", TestPlans.MEASURE);
    assertThat(Database.snapshot("work_plan_version")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @Test
  void workPlanDownloadOfADraftSaysWhyAndChangesNothing() {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    long draft = TestPlans.single(organisation, 2027, 1, "DRAFT");
    List<String> before = Database.snapshot("work_plan_version");

    Page pdf = planner.get("/planning/export/" + draft + ".pdf");
    Page xlsx = planner.get("/planning/export/" + draft + ".xlsx");

    assertThat(pdf.status()).isEqualTo(409);
    assertThat(pdf.body()).contains("ist ein Entwurf und kann sich noch ändern");
    assertThat(xlsx.status()).isEqualTo(409);
    assertThat(Database.snapshot("work_plan_version")).isEqualTo(before);
  }

  // --- planning pages (ids and filters in the address) ---------------------------------------

  static Stream<Arguments> wrongPlanIds() {
    return Stream.of(
        Arguments.of("abc"),
        Arguments.of("1%20OR%201=1"),
        Arguments.of("99999999999999999999"),
        Arguments.of("1".repeat(5_000)),
        Arguments.of("1.5"),
        Arguments.of("-1"),
        Arguments.of("0"),
        Arguments.of("9223372036854775807"),
        Arguments.of("%3Cscript%3Ealert(1)%3C/script%3E"),
        Arguments.of(""));
  }

  @ParameterizedTest(name = "id \"{0}\"")
  @MethodSource("wrongPlanIds")
  void planningPagesAnswerIdsThatNameNothingWithNotFound(String id) {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    for (String path :
        List.of(
            "/planning/cycle.xhtml?id=" + id,
            "/planning/plan.xhtml?version=" + id,
            "/planning/compare.xhtml?from=" + id + "&to=" + id,
            "/planning/consolidate.xhtml?cycle=" + id)) {
      Page answer = planner.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(PageText.visible(answer)).as(path).doesNotContain("Exception", "java.", "SQL");
      assertThat(answer.body()).as(path).doesNotContain(SCRIPT, "Fehlernummer");
    }
  }

  /** The department task forms: a cycle or task id that names nothing of the contributor's. */
  @ParameterizedTest(name = "id \"{0}\"")
  @MethodSource("wrongPlanIds")
  void departmentTaskFormsAnswerIdsThatNameNothingWithNotFound(String id) {
    PortalClient contributor = PortalClient.signedIn(base, "jugendhilfe");
    long cycle = TestPlans.published("lk-musterland").cycleId();
    for (String path :
        List.of(
            "/planning/contribute.xhtml?cycle=" + id,
            "/planning/progress.xhtml?cycle=" + id + "&task=" + id,
            "/planning/progress.xhtml?cycle=" + cycle + "&task=" + id)) {
      Page answer = contributor.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(PageText.visible(answer)).as(path).doesNotContain("Exception", "java.", "SQL");
      assertThat(answer.body()).as(path).doesNotContain(SCRIPT, "Fehlernummer");
    }
  }

  @Test
  void planningPagesAnswerAnotherOrganisationsIdsLikeMissingOnes() {
    TestPlans.Plan foreign = TestPlans.published("lk-musterland");
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));

    for (String path :
        List.of(
            "/planning/cycle.xhtml?id=" + foreign.cycleId(),
            "/planning/plan.xhtml?version=" + foreign.publishedVersionId(),
            "/planning/compare.xhtml?from="
                + foreign.returnedVersionId()
                + "&to="
                + foreign.publishedVersionId(),
            "/planning/consolidate.xhtml?cycle=" + foreign.cycleId())) {
      Page answer = planner.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain(foreign.title(), "Mentoring");
    }
  }

  @Test
  void planPageNamesMalformedFiltersAndShowsThePlanWithoutThem() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    PortalClient planner = PortalClient.signedIn(base, "planer");
    List<String> before = Database.snapshot("measure");

    Page answer =
        planner.get(
            "/planning/plan.xhtml?version="
                + plan.publishedVersionId()
                + "&department=%27%3B+DROP+TABLE+measure%3B+--"
                + "&area=1.5&school=99999999999999999999&status=%3Cscript%3E&measure=abc");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer))
        .contains(
            "Der Filter „Fachplanung“ ist ungültig und wurde nicht angewendet.",
            "Der Filter „Gebiet“ ist ungültig und wurde nicht angewendet.",
            "Der Filter „Schule“ ist ungültig und wurde nicht angewendet.",
            "Der Filter „Status“ ist ungültig und wurde nicht angewendet.",
            "Diese Maßnahme gibt es in dieser Version nicht.");
    assertThat(PageText.visible(answer)).contains("3 Maßnahmen werden angezeigt.");
    assertThat(answer.body()).doesNotContain("<script>");
    assertThat(Database.snapshot("measure")).isEqualTo(before);
  }

  @Test
  void planPageShowsNoMeasureOfAnotherVersion() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    TestPlans.Plan other = TestPlans.published("lk-musterland");
    PortalClient planner = PortalClient.signedIn(base, "planer");

    Page answer =
        planner.get(
            "/planning/plan.xhtml?version="
                + plan.publishedVersionId()
                + "&measure="
                + other.mentoringId());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer))
        .containsExactly("Diese Maßnahme gibt es in dieser Version nicht.");
    assertThat(PageText.visible(answer)).doesNotContain("Zwei Schulen begonnen");
  }

  // --- forms of the cycle's steps and the start page (start-tasks) ----------------------------

  @ParameterizedTest(name = "cycle \"{0}\"")
  @MethodSource("wrongPlanIds")
  void stepFormsAnswerCycleIdsThatNameNothingWithNotFound(String id) {
    PortalClient staff =
        PortalClient.signedIn(
            base,
            TestAccounts.create(
                organisation, "planner", "administrative-head", "committee-secretariat"));
    for (String path :
        List.of("/planning/year-end.xhtml?cycle=" + id, "/planning/sign-off.xhtml?cycle=" + id)) {
      Page answer = staff.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(PageText.visible(answer)).as(path).doesNotContain("Exception", "java.", "SQL");
      assertThat(answer.body()).as(path).doesNotContain(SCRIPT, "Fehlernummer");
    }
  }

  @Test
  void stepFormsAnswerAnotherOrganisationsCyclesLikeMissingOnes() {
    TestPlans.Plan foreign = TestPlans.published("lk-musterland");
    PortalClient staff =
        PortalClient.signedIn(
            base,
            TestAccounts.create(
                organisation, "planner", "administrative-head", "committee-secretariat"));

    for (String path :
        List.of(
            "/planning/year-end.xhtml?cycle=" + foreign.cycleId(),
            "/planning/sign-off.xhtml?cycle=" + foreign.cycleId())) {
      Page answer = staff.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain(foreign.title());
    }
  }

  @Test
  void stepFormsOfACycleNotAtTheStepSaySoAndOfferNothing() {
    TestPlans.Plan plan = TestPlans.published("lk-musterland");
    List<String> before = Database.snapshot("work_plan_decision");
    for (String[] visit :
        List.of(
            new String[] {"planer", "/planning/year-end.xhtml?cycle=", "yearEndForm"},
            new String[] {"landrat", "/planning/sign-off.xhtml?cycle=", "returnForm"})) {
      Page answer = PortalClient.signedIn(base, visit[0]).get(visit[1] + plan.cycleId());

      assertThat(answer.status()).as(visit[1]).isEqualTo(200);
      assertThat(PageText.visible(answer))
          .as(visit[1])
          .contains("Dieser Schritt ist im Planungszyklus gerade nicht an der Reihe.");
      assertThat(answer.body()).as(visit[1]).doesNotContain("id=\"" + visit[2] + "\"");
    }
    assertThat(Database.snapshot("work_plan_decision")).isEqualTo(before);
  }

  static Stream<Arguments> refusedCycleStarts() {
    int next = java.time.LocalDate.now().getYear() + 1;
    String due = java.time.LocalDate.now().plusDays(30).toString();
    return Stream.of(
        Arguments.of("year not a number", "abc", "Plan", due, "P3M", NOT_A_NUMBER),
        Arguments.of("year far in the past", "1999", "Plan", due, "P3M", "Planungsjahr zwischen"),
        Arguments.of("year far ahead", "99999", "Plan", due, "P3M", "Planungsjahr zwischen"),
        Arguments.of("year overflowing", "99999999999", "Plan", due, "P3M", NOT_A_NUMBER),
        Arguments.of("empty title", String.valueOf(next), "", due, "P3M", REQUIRED),
        Arguments.of("blank title", String.valueOf(next), "   ", due, "P3M", "Titel an"),
        Arguments.of(
            "overlong title",
            String.valueOf(next),
            "x".repeat(201),
            due,
            "P3M",
            "Höchstens 200 Zeichen"),
        Arguments.of("month 13", String.valueOf(next), "Plan", next + "-13-01", "P3M", NOT_A_DATE),
        Arguments.of("date as words", String.valueOf(next), "Plan", "morgen", "P3M", NOT_A_DATE),
        Arguments.of("due date passed", String.valueOf(next), "Plan", "2020-01-01", "P3M", "Frist"),
        Arguments.of(
            "interval not on offer", String.valueOf(next), "Plan", due, "P99M", NOT_A_CHOICE),
        Arguments.of(
            "interval as script", String.valueOf(next), "Plan", due, SCRIPT, NOT_A_CHOICE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCycleStarts")
  void startPageRefusesBadInputAndCreatesNothing(
      String label, String year, String title, String due, String interval, String reason) {
    long department = ownDepartment();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    Page form = planner.get("/planning/start.xhtml");
    long audited = auditedChanges();

    Page answer =
        planner.ajax(
            form,
            "/planning/start.xhtml",
            "startForm",
            "startForm:start",
            "startForm",
            "startForm",
            Map.of(
                "startForm:year", year,
                "startForm:title", title,
                "startForm:due", due,
                "startForm:interval", interval,
                "startForm:departments", String.valueOf(department)));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect", SCRIPT, "Fehlernummer");
    assertThat(cyclesOfOrganisation()).isZero();
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @ParameterizedTest(name = "department {0}")
  @MethodSource("departmentsNotOnOffer")
  void startPageRefusesDepartmentsThatAreNotOnOffer(String label, String department) {
    ownDepartment();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    Page form = planner.get("/planning/start.xhtml");

    Page answer =
        planner.ajax(
            form,
            "/planning/start.xhtml",
            "startForm",
            "startForm:start",
            "startForm",
            "startForm",
            Map.of(
                "startForm:year",
                String.valueOf(java.time.LocalDate.now().getYear() + 1),
                "startForm:title",
                "Plan",
                "startForm:due",
                java.time.LocalDate.now().plusDays(30).toString(),
                "startForm:interval",
                "P3M",
                "startForm:departments",
                department));

    assertThat(formMessages(answer)).isNotEmpty();
    assertThat(answer.body()).doesNotContain("<redirect", "Fehlernummer");
    assertThat(cyclesOfOrganisation()).isZero();
  }

  static Stream<Arguments> departmentsNotOnOffer() {
    return Stream.of(
        Arguments.of("of another organisation", foreignId("department", "lk-musterland", "kita")),
        Arguments.of("that does not exist", "999999999"),
        Arguments.of("not a number", "kita"),
        Arguments.of("SQL", SQL),
        Arguments.of("none", ""));
  }

  // --- committee forms (committee-forms) -----------------------------------------------------

  static Stream<Arguments> refusedMeetingVotes() {
    return Stream.of(
        Arguments.of("count as words", "drei", "1", "0", "4", "", NOT_A_NUMBER),
        Arguments.of("negative count", "-1", "1", "0", "4", "", "Zahl von 0 bis 999"),
        Arguments.of("count far too high", "5000", "1", "0", "4", "", "Zahl von 0 bis 999"),
        Arguments.of("count overflowing", "3", "99999999999", "0", "4", "", NOT_A_NUMBER),
        Arguments.of("decimal count", "3", "1", "0.5", "4", "", NOT_A_NUMBER),
        Arguments.of("count as script", "3", "1", "0", SCRIPT, "", NOT_A_NUMBER),
        Arguments.of("members present missing", "3", "1", "0", "", "", REQUIRED),
        Arguments.of("overlong amendment", "3", "1", "0", "4", "x".repeat(10_001), "Höchstens"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedMeetingVotes")
  void meetingVoteFormRefusesBadCountsAndRecordsNothing(
      String label,
      String yes,
      String no,
      String abstentions,
      String present,
      String amendment,
      String reason) {
    long committee = TestPapers.committee(organisation, "ausschuss", "Ausschuss", "SCHULTRAEGER");
    long paper = TestPapers.draft(organisation, "ausschuss");
    Database.update("UPDATE paper SET state = 'ON_AGENDA' WHERE id = ?", paper);
    String path = "/committee/meeting-vote.xhtml?paper=" + paper;
    PortalClient secretariat =
        PortalClient.signedIn(
            base, TestPapers.scoped(organisation, "committee-secretariat", committee));
    Page form = secretariat.get(path);
    assertThat(form.body()).as("the form is offered").contains("id=\"meetingVoteForm\"");
    List<String> before = Database.snapshot("paper");
    long audited = auditedChanges();

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("meetingVoteForm:yes", yes);
    fields.put("meetingVoteForm:no", no);
    fields.put("meetingVoteForm:abstentions", abstentions);
    fields.put("meetingVoteForm:present", present);
    fields.put("meetingVoteForm:amendment", amendment);
    fields.put("meetingVoteForm:reasons", "");
    Page answer =
        secretariat.ajax(
            form,
            path,
            "meetingVoteForm",
            "meetingVoteForm:record",
            "meetingVoteForm",
            "meetingVoteForm",
            fields);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect", SCRIPT, "Fehlernummer");
    assertThat(Database.count("SELECT COUNT(*) FROM committee_decision WHERE paper_id = ?", paper))
        .isZero();
    assertThat(Database.snapshot("paper")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  static Stream<Arguments> refusedPreparations() {
    String due = java.time.LocalDate.now().plusDays(14).toString();
    return Stream.of(
        Arguments.of(
            "overlong reference", "x".repeat(41), "Titel", "CIRCULATION", "", due, "Höchstens 40"),
        Arguments.of("empty title", "V-1", "", "CIRCULATION", "", due, REQUIRED),
        Arguments.of(
            "overlong title", "V-1", "x".repeat(301), "CIRCULATION", "", due, "Höchstens 300"),
        Arguments.of("no procedure chosen", "V-1", "Titel", "", "", due, REQUIRED),
        // Mojarra words the refusal of a radio group's enum a little differently
        Arguments.of(
            "procedure not on offer",
            "V-1",
            "Titel",
            "BALLOT",
            "",
            due,
            "in eine Aufzählung umgewandelt werden können"),
        Arguments.of(
            "meeting not on offer", "V-1", "Titel", "MEETING", "999999999", "", NOT_A_CHOICE),
        Arguments.of("meeting as words", "V-1", "Titel", "MEETING", "morgen", "", NOT_A_NUMBER),
        Arguments.of("due date as words", "V-1", "Titel", "CIRCULATION", "", "morgen", NOT_A_DATE),
        Arguments.of("month 13", "V-1", "Titel", "CIRCULATION", "", "2031-13-01", NOT_A_DATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPreparations")
  void prepareFormRefusesBadInputAndChangesNothing(
      String label,
      String reference,
      String title,
      String procedure,
      String meeting,
      String due,
      String reason) {
    long committee = TestPapers.committee(organisation, "ausschuss", "Ausschuss", "SCHULTRAEGER");
    long paper = TestPapers.draft(organisation, "ausschuss");
    String path = "/committee/prepare.xhtml?paper=" + paper;
    PortalClient secretariat =
        PortalClient.signedIn(
            base, TestPapers.scoped(organisation, "committee-secretariat", committee));
    Page form = secretariat.get(path);
    assertThat(form.body()).as("the form is offered").contains("id=\"prepareForm\"");
    List<String> before = Database.snapshot("paper");
    long audited = auditedChanges();

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("prepareForm:reference", reference);
    fields.put("prepareForm:title", title);
    fields.put("prepareForm:resolution", "Der Ausschuss stimmt zu.");
    fields.put("prepareForm:procedure", procedure);
    fields.put("prepareForm:meeting_input", meeting);
    fields.put("prepareForm:due", due);
    Page answer =
        secretariat.ajax(
            form, path, "prepareForm", "prepareForm:prepare", "prepareForm", "prepareForm", fields);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect", "Fehlernummer");
    assertThat(Database.snapshot("paper")).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @ParameterizedTest(name = "paper \"{0}\"")
  @MethodSource("wrongPlanIds")
  void committeeFormsAnswerPaperIdsThatNameNothingWithNotFound(String id) {
    PortalClient staff =
        PortalClient.signedIn(
            base,
            TestAccounts.create(
                organisation, "committee-secretariat", "committee-chair", "committee-member"));
    for (String path : committeeForms(id)) {
      Page answer = staff.get(path);

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(PageText.visible(answer)).as(path).doesNotContain("Exception", "java.", "SQL");
      assertThat(answer.body()).as(path).doesNotContain(SCRIPT, "Fehlernummer");
    }
  }

  /**
   * A paper of another organisation, and one of another committee of the own organisation, look
   * like papers that do not exist, to every committee role.
   */
  @Test
  void committeeFormsAnswerPapersOfOtherCommitteesLikeMissingOnes() {
    long foreign = TestPapers.draft("lk-musterland", "schultraeger");
    String foreignTitle = Database.text("SELECT title FROM paper WHERE id = ?", foreign);
    long own = TestPapers.committee(organisation, "ausschuss", "Ausschuss", "SCHULTRAEGER");
    long other = TestPapers.committee(organisation, "anderer", "Anderer Ausschuss", "JUGENDHILFE");
    long otherPaper = TestPapers.draft(organisation, "anderer");
    String otherTitle = Database.text("SELECT title FROM paper WHERE id = ?", otherPaper);
    List<PortalClient> visitors =
        List.of(
            PortalClient.signedIn(
                base,
                TestAccounts.create(
                    organisation, "committee-secretariat", "committee-chair", "committee-member")),
            PortalClient.signedIn(
                base, TestPapers.scoped(organisation, "committee-secretariat", own)),
            PortalClient.signedIn(base, TestPapers.scoped(organisation, "committee-chair", own)),
            PortalClient.signedIn(base, TestPapers.scoped(organisation, "committee-member", own)));
    assertThat(other).isPositive();

    for (int i = 0; i < visitors.size(); i++) {
      PortalClient visitor = visitors.get(i);
      for (String path : committeeForms(String.valueOf(foreign))) {
        Page answer = visitor.get(path);
        // the first visitor holds every committee role; the others one each, and meet 403 on
        // the pages of the roles they lack
        assertThat(answer.status()).as(path).isIn(i == 0 ? List.of(404) : List.of(403, 404));
        assertThat(answer.body()).as(path).doesNotContain(foreignTitle);
      }
      if (i > 0) {
        for (String path : committeeForms(String.valueOf(otherPaper))) {
          Page answer = visitor.get(path);
          assertThat(answer.status()).as(path).isIn(403, 404);
          assertThat(answer.body()).as(path).doesNotContain(otherTitle);
        }
      }
    }
  }

  private static List<String> committeeForms(String paper) {
    return List.of(
        "/committee/prepare.xhtml?paper=" + paper,
        "/committee/meeting-vote.xhtml?paper=" + paper,
        "/committee/vote.xhtml?paper=" + paper,
        "/committee/sign.xhtml?paper=" + paper);
  }

  /** The form's messages: global ones and those beside a field (p:message). */
  private static List<String> formMessages(Page page) {
    List<String> messages = new java.util.ArrayList<>(PageText.messages(page));
    Pattern.compile("class=\"ui-message-(?:error|warn|info)-(?:summary|detail)\"[^>]*>([^<]*)<")
        .matcher(page.body())
        .results()
        .forEach(m -> messages.add(PageText.unescape(m.group(1))));
    return messages;
  }

  private long ownDepartment() {
    Database.update(
        "INSERT INTO department (organisation_id, code, name, kind) VALUES (?, 'schule',"
            + " 'Schulverwaltung', 'EDUCATION')",
        organisationId);
    return Database.count(
        "SELECT id FROM department WHERE organisation_id = ? AND code = 'schule'", organisationId);
  }

  private long cyclesOfOrganisation() {
    return Database.count(
        "SELECT COUNT(*) FROM planning_cycle WHERE organisation_id = ?", organisationId);
  }

  // --- committees: seats, papers, private notes, decision records ----------------------------

  static Stream<Arguments> refusedSeats() {
    return Stream.of(
        Arguments.of(
            "end before start", "{person}", "MEMBER", "2027-05-01", "2027-04-30", "darf nicht vor"),
        Arguments.of(
            "account of another organisation",
            "{foreign}",
            "MEMBER",
            "2027-05-01",
            "",
            NOT_A_CHOICE),
        Arguments.of("role that does not exist", "{person}", "KING", "2027-05-01", "", NOT_AN_ENUM),
        Arguments.of("no date", "{person}", "MEMBER", "2027-13-45", "", NOT_A_DATE),
        Arguments.of("script as role", "{person}", SCRIPT, "2027-05-01", "", NOT_AN_ENUM));
  }

  /** The admin adds a seat on a committee of the own organisation; bad seats change nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSeats")
  void membershipRefusesBadSeatsAndGrantsNothing(
      String label, String account, String role, String from, String to, String reason) {
    Database.update(
        "INSERT INTO committee (organisation_id, code, name) VALUES (?, 'ausschuss', 'Ausschuss')",
        organisationId);
    String person = TestAccounts.create(organisation);
    String path = "/committee/committees.xhtml";
    Page list = admin.get(path);
    Page members =
        admin.ajax(
            list,
            path,
            "listForm",
            "listForm:committees:0:members",
            "listForm:committees:0:members",
            "listForm membersForm",
            Map.of());
    assertThat(members.body()).contains("id=\"membersForm:add\"");
    List<String> before = Database.snapshot("committee_membership");

    Page answer =
        admin.ajax(
            members,
            path,
            "membersForm",
            "membersForm:add",
            "membersForm",
            "membersForm",
            Map.of(
                "membersForm:account_input",
                account
                    .replace("{person}", String.valueOf(TestAccounts.idOf(person)))
                    .replace("{foreign}", String.valueOf(TestAccounts.idOf("planer"))),
                "membersForm:role_input",
                role,
                "membersForm:from",
                from,
                "membersForm:to",
                to));

    assertThat(PageText.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain(SCRIPT);
    assertThat(Database.snapshot("committee_membership")).isEqualTo(before);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM role_grant WHERE account_id = ?", TestAccounts.idOf(person)))
        .isZero();
  }

  // --- indicators (r-ind) ---------------------------------------------------------------------

  @Test
  void indicatorPagesAnswerForeignAndMalformedIdsLikeMissingOnes() {
    long foreign = TestIndicators.withValues("lk-musterland");
    String foreignName = Database.text("SELECT name FROM indicator WHERE id = ?", foreign);
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));

    for (String path :
        List.of(
            "/indicator/indicator.xhtml?id=" + foreign,
            "/indicator/figures.xhtml?id=" + foreign,
            "/indicator/indicator.xhtml?id=abc",
            "/indicator/figures.xhtml?id=" + SQL,
            "/indicator/indicator.xhtml")) {
      Page answer = planner.get(path.replace(" ", "%20").replace("'", "%27").replace(";", "%3B"));

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain(foreignName);
    }
  }

  @Test
  void indicatorFiguresNameAnUnknownAreaOrYearAndEchoNoMarkup() {
    long own = TestIndicators.withValues(organisation);
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));

    Page answer =
        planner.get(
            "/indicator/figures.xhtml?id=" + own + "&area=%3Cscript%3E&year=%3Cb%3E1999%3C%2Fb%3E");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.visible(answer))
        .contains(
            "Für dieses Gebiet hat der Indikator keine Werte",
            "Für dieses Jahr hat der Indikator keine Gebietswerte");
    assertThat(answer.body()).doesNotContain("<script>", "<b>1999");
  }

  @Test
  void statisticsImportRefusesBadFilesAndLinesAndStoresNothing() {
    long own = TestIndicators.withValues(organisation);
    String code = Database.text("SELECT code FROM indicator WHERE id = ?", own);
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    List<String> before = Database.snapshot("indicator_value");

    Page pdf =
        planner.submitMultipart(
            planner.get("/indicator/import.xhtml"),
            "/indicator/import.xhtml",
            "importForm",
            "importForm:import",
            "importForm:file",
            new PortalClient.FilePart(
                "werte.csv", "text/csv", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)));
    Page lines =
        planner.submitMultipart(
            planner.get("/indicator/import.xhtml"),
            "/indicator/import.xhtml",
            "importForm",
            "importForm:import",
            "importForm:file",
            new PortalClient.FilePart(
                "werte.csv",
                "text/csv",
                ("indicator;area;year;value\n"
                        + code
                        + ";;2024;12\n"
                        + SCRIPT
                        + ";;2024;1\n"
                        + code
                        + ";;1800;1\n"
                        + code
                        + ";;2025;1.234,5\n")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(PageText.messages(pdf)).anySatisfy(m -> assertThat(m).contains("PDF"));
    assertThat(PageText.messages(lines))
        .anySatisfy(m -> assertThat(m).contains("es wurde nichts gespeichert"))
        .anySatisfy(m -> assertThat(m).contains("Zeile 3, Spalte indicator:", SCRIPT))
        .anySatisfy(m -> assertThat(m).contains("Zeile 4, Spalte year:"))
        .anySatisfy(m -> assertThat(m).contains("Zeile 5, Spalte value:"));
    assertThat(lines.body()).doesNotContain(SCRIPT).contains(escaped(SCRIPT));
    assertThat(Database.snapshot("indicator_value")).isEqualTo(before);
  }

  /**
   * The data request form: markup in the title, a key that is no key, a minimum above the maximum
   * and a school of another organisation are each refused with a translated message, and nothing is
   * stored; a foreign or malformed request id in the address is a 404.
   */
  @Test
  void dataRequestFormRefusesMarkupBadKeysBadRangesAndForeignSchools() {
    PortalClient planner = planner();
    long foreignSchool =
        Database.count(
            "SELECT MIN(s.id) FROM school s JOIN organisation o ON o.id = s.organisation_id"
                + " WHERE o.code = 'lk-musterland'");
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("requestForm:title", "Schülerzahlen");
    valid.put("requestForm:referenceDay", "2025-10-01");
    valid.put("requestForm:dueOn", java.time.LocalDate.now().plusWeeks(3).toString());
    valid.put("requestForm:reminderDays", "3");
    valid.put("requestForm:fields:0:key", "schueler");
    valid.put("requestForm:fields:0:label", "Schüler");
    valid.put("requestForm:fields:0:unit", "Personen");
    valid.put("requestForm:fields:0:min", "0");
    valid.put("requestForm:fields:0:max", "2000");
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put("requestForm:title", new String[] {SCRIPT, "keine spitzen Klammern"});
    cases.put("requestForm:fields:0:key", new String[] {SQL, "Der Schlüssel beginnt"});
    cases.put("requestForm:fields:0:min", new String[] {"3000", "Das Minimum ist größer"});
    cases.put("requestForm:fields:0:label", new String[] {RTL_OVERRIDE, "ohne spitze Klammern"});
    cases.put("requestForm:schools", new String[] {String.valueOf(foreignSchool), "nicht möglich"});
    cases.put("requestForm:reminderDays", new String[] {"0", "1 bis 60 Tage"});

    cases.forEach(
        (field, bad) -> {
          Map<String, String> fields = new LinkedHashMap<>(valid);
          fields.put(field, bad[0]);
          Page answer =
              planner.ajax(
                  planner.get("/datarequest/edit.xhtml"),
                  "/datarequest/edit.xhtml",
                  "requestForm",
                  "requestForm:save",
                  "requestForm",
                  "requestForm",
                  fields);
          assertThat(PageText.unescape(answer.body())).as(field).contains(bad[1]);
          assertThat(answer.body()).as(field).doesNotContain(SCRIPT);
        });

    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM data_request WHERE organisation_id = ?", organisationId))
        .isZero();
    long demo = TestDataRequests.demoRequestId();
    for (String path :
        List.of(
            "/datarequest/request.xhtml?request=" + demo,
            "/datarequest/edit.xhtml?request=" + demo,
            "/datarequest/request.xhtml?request=x'1",
            "/datarequest/request.xhtml?request=99999999999999999999")) {
      assertThat(planner.get(path).status()).as(path).isEqualTo(404);
    }
  }

  /**
   * The school's answer form: a figure that is no number and an overlong explanation are refused
   * with translated messages and nothing is stored; a contact of another organisation's school
   * finds no such request.
   */
  @Test
  void dataRequestAnswerRefusesTextForFiguresOverlongExplanationsAndForeignRequests() {
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'bad-input', 'Schule am Rand', 'GRUNDSCHULE')",
        organisationId);
    long school =
        Database.count(
            "SELECT id FROM school WHERE organisation_id = ? AND code = 'bad-input'",
            organisationId);
    String contactName = TestAccounts.create(organisation);
    Database.update(
        "INSERT INTO role_grant (account_id, role, school_id) VALUES (?, 'school-contact', ?)",
        TestAccounts.idOf(contactName),
        school);
    PortalClient planner = planner();
    Page form = planner.get("/datarequest/edit.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("requestForm:title", "Abfrage");
    fields.put("requestForm:referenceDay", "2025-10-01");
    fields.put("requestForm:dueOn", java.time.LocalDate.now().plusWeeks(3).toString());
    fields.put("requestForm:reminderDays", "3");
    fields.put("requestForm:fields:0:key", "schueler");
    fields.put("requestForm:fields:0:label", "Schüler");
    fields.put("requestForm:fields:0:unit", "Personen");
    fields.put("requestForm:schools", String.valueOf(school));
    Page sent =
        planner.ajax(
            form,
            "/datarequest/edit.xhtml",
            "requestForm",
            "requestForm:send",
            "requestForm",
            "requestForm",
            fields);
    assertThat(sent.body()).as(String.join(" | ", PageText.messages(sent))).contains("redirect");
    long request =
        Database.count("SELECT id FROM data_request WHERE organisation_id = ?", organisationId);
    PortalClient contact = PortalClient.signedIn(base, contactName);
    String path = "/datarequest/fill.xhtml?request=" + request;

    Page fill = contact.get(path);
    String valueField = fieldName(fill, "value");
    String explanationField = fieldName(fill, "explanation");
    Page notANumber =
        contact.ajax(
            fill,
            path,
            "fillForm",
            "fillForm:check",
            "fillForm",
            "fillForm",
            Map.of(valueField, "zwölf" + SCRIPT, explanationField, ""));
    Page overlong =
        contact.ajax(
            contact.get(path),
            path,
            "fillForm",
            "fillForm:check",
            "fillForm",
            "fillForm",
            Map.of(valueField, "12", explanationField, "x".repeat(1001)));

    assertThat(PageText.messages(notANumber)).contains("Der Wert für „Schüler“ ist keine Zahl.");
    assertThat(notANumber.body()).doesNotContain(SCRIPT);
    assertThat(PageText.messages(overlong))
        .contains("Die Erläuterung zu „Schüler“ darf höchstens 1.000 Zeichen lang sein.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM data_request_value v JOIN data_request_recipient r"
                    + " ON r.id = v.recipient_id WHERE r.request_id = ?",
                request))
        .isZero();
    assertThat(PortalClient.signedIn(base, "schule").get(path).status())
        .as("a contact of another organisation's school")
        .isEqualTo(404);
  }

  /** The name of the first input whose id ends in {@code :suffix}. */
  private static String fieldName(Page page, String suffix) {
    Matcher name = Pattern.compile("name=\"([^\"]+:" + suffix + ")\"").matcher(page.body());
    assertThat(name.find()).as("a field " + suffix).isTrue();
    return name.group(1);
  }

  /**
   * A member's note is free text: markup and SQL are kept as typed and shown as text; a note beyond
   * 10,000 characters is refused and nothing is stored.
   */
  @Test
  void memberNoteKeepsMarkupAsTextAndRefusesOverlongNotes() {
    Database.update(
        "INSERT INTO committee (organisation_id, code, name) VALUES (?, 'ausschuss', 'Ausschuss')",
        organisationId);
    long committee =
        Database.count(
            "SELECT id FROM committee WHERE organisation_id = ? AND code = 'ausschuss'",
            organisationId);
    Database.update(
        "INSERT INTO paper (organisation_id, committee_id, reference, title, resolution,"
            + " created_by) VALUES (?, ?, 'BV-1', 'Vorlage', 'Beschlussvorschlag', 'x')",
        organisationId,
        committee);
    long paper =
        Database.count(
            "SELECT id FROM paper WHERE organisation_id = ? AND reference = 'BV-1'",
            organisationId);
    String memberName = TestAccounts.create(organisation);
    long memberId = TestAccounts.idOf(memberName);
    Database.update(
        "INSERT INTO role_grant (account_id, role, committee_id) VALUES (?, 'committee-member', ?)",
        memberId,
        committee);
    PortalClient member = PortalClient.signedIn(base, memberName);
    String path = "/committee/paper.xhtml?id=" + paper;
    Page page = member.get(path);
    assertThat(page.status()).isEqualTo(200);

    Page tooLong = saveNote(member, page, path, "x".repeat(10_001));
    assertThat(PageText.messages(tooLong)).anySatisfy(m -> assertThat(m).contains("zu lang"));
    assertThat(Database.count("SELECT COUNT(*) FROM member_note WHERE account_id = ?", memberId))
        .isZero();

    Page saved = saveNote(member, page, path, SCRIPT + " " + SQL);
    assertThat(PageText.messages(saved)).contains("Die Notiz ist gespeichert.");
    assertThat(saved.body()).doesNotContain(SCRIPT);
    assertThat(Database.text("SELECT text FROM member_note WHERE account_id = ?", memberId))
        .isEqualTo(SCRIPT + " " + SQL);
    assertThat(member.get(path).body()).doesNotContain(SCRIPT);
  }

  private static Page saveNote(PortalClient member, Page page, String path, String text) {
    return member.ajax(
        page,
        path,
        "notesForm",
        "notesForm:savePaperNote",
        "notesForm:savePaperNote notesForm:paperNote",
        "notesForm",
        Map.of("notesForm:paperNote", text));
  }

  static Stream<Arguments> wrongCommitteeAddresses() {
    return Stream.of(
        Arguments.of("letters as paper id", "/committee/paper.xhtml?id=abc"),
        Arguments.of("SQL as paper id", "/committee/paper.xhtml?id=1%20OR%201=1"),
        Arguments.of("paper id beyond long", "/committee/paper.xhtml?id=99999999999999999999"),
        Arguments.of("no paper id", "/committee/paper.xhtml"),
        Arguments.of("paper that does not exist", "/committee/paper.xhtml?id=999999999"),
        Arguments.of("letters as decision id", "/committee/decision/abc.pdf"),
        Arguments.of("decision beyond long", "/committee/decision/99999999999999999999.pdf"),
        Arguments.of("decision that does not exist", "/committee/decision/999999999.pdf"),
        Arguments.of("other format", "/committee/decision/1.docx"),
        Arguments.of("script as decision", "/committee/decision/%3Cscript%3Ealert(1).pdf"),
        Arguments.of("letters as attachment id", "/committee/file/abc"),
        Arguments.of("SQL as attachment id", "/committee/file/1%20OR%201=1"),
        Arguments.of("attachment beyond long", "/committee/file/99999999999999999999"),
        Arguments.of("attachment that does not exist", "/committee/file/999999999"),
        Arguments.of("no attachment id", "/committee/file/"),
        Arguments.of("attachment id with an ending", "/committee/file/1.pdf"),
        Arguments.of("script as attachment", "/committee/file/%3Cscript%3Ealert(1)"));
  }

  /** A member asking for papers and decision records that are not there: 404, no error page. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCommitteeAddresses")
  void committeePagesAnswerWrongIdsWithNotFound(String label, String path) {
    PortalClient member =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "committee-member"));

    Page answer = member.get(path);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("Fehlernummer", "alert(1)");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The "new" dialog of an admin list screen, opened the way the button opens it. */
  private final class Dialog {
    private final String path;
    private final Page opened;

    Dialog(String path) {
      this.path = path;
      opened = AdminPages.openNewDialog(admin, path);
    }

    /** Posts fields already URL-encoded, bytes and all, as the rest of the form. */
    Page saveRaw(String encodedFields) {
      return admin.ajax(
          opened,
          path,
          "editForm",
          "editForm:save",
          "editForm",
          "editForm listForm",
          Map.of(),
          encodedFields);
    }

    Page save(Map<String, String> fields) {
      Page answer =
          admin.ajax(
              opened, path, "editForm", "editForm:save", "editForm", "editForm listForm", fields);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.isPartial()).as(answer.body()).isTrue();
      assertThat(answer.body()).doesNotContain("<update id=\"jakarta.faces.ViewRoot\"");
      return answer;
    }
  }

  private Page chooseRole(Page grants, String role) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grantsForm:newRole_input", role);
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    return admin.ajax(
        grants,
        "/admin/accounts.xhtml",
        "grantsForm",
        "grantsForm:newRole",
        "grantsForm:newRole",
        "grantsForm:scopeField",
        fields);
  }

  private Page addGrant(Page grants, Map<String, String> fields) {
    return admin.ajax(
        grants,
        "/admin/accounts.xhtml",
        "grantsForm",
        "grantsForm:addGrant",
        "grantsForm",
        "grantsForm listForm",
        fields);
  }

  // --- OParl committee lists and objects (oparl) ---------------------------------------------

  static Stream<Arguments> refusedOparlQueries() {
    List<String> lists =
        List.of(
            "persons",
            "memberships",
            "meetings",
            "agenda-items",
            "papers",
            "consultations",
            "files");
    List<String> queries =
        List.of(
            "page=0",
            "limit=zwei",
            "modified_since=gestern",
            "created_until=2026-01-01",
            "created_since=" + SQL.replace(" ", "%20"),
            "omit_internal=ja");
    return lists.stream()
        .flatMap(list -> queries.stream().map(query -> Arguments.of(list + "?" + query)));
  }

  /** Anonymous, as OParl clients are: the answer is OParl's error object naming the parameter. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedOparlQueries")
  void oparlListsRefuseBadPagingAndFiltersWithTheErrorObject(String listAndQuery) {
    PortalClient.Page answer =
        new PortalClient(base).get("/oparl/v1.1/bodies/" + organisationId + "/" + listAndQuery);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    String parameter =
        listAndQuery.substring(listAndQuery.indexOf('?') + 1, listAndQuery.indexOf('='));
    assertThat(answer.body())
        .contains("\"type\":\"https://schema.oparl.org/1.1/Error\"")
        .contains("\"code\":\"invalid-parameter\"")
        .contains("„" + parameter + "“")
        .doesNotContain("DROP TABLE", "Exception");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "persons/abc",
        "memberships/-1",
        "meetings/0",
        "agenda-items/01",
        "papers/1e3",
        "consultations/%27%20OR%201=1",
        "files/999999999999999999999",
        "files/abc/access",
        "files/0/download"
      })
  void oparlObjectsOfMalformedIdsAreNotFound(String path) {
    PortalClient.Page answer = new PortalClient(base).get("/oparl/v1.1/" + path);

    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    assertThat(answer.body())
        .contains("\"type\":\"https://schema.oparl.org/1.1/Error\"")
        .contains("\"code\":\"not-found\"")
        .doesNotContain("Exception");
  }

  // answering

  /**
   * Forged fields of an answering page: an option that is not offered, a number out of range or no
   * number, "don't know" where there is none, a page, language or variant that does not exist, a
   * script. Each is answered with a translated message (or falls back to what exists) and nothing
   * is stored beyond the accepted page.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forgedAnswers")
  void answeringPageRefusesForgedAnswersAndStoresNothing(
      String label, Map<String, String> fields, String reason) {
    TestSurveys.Wave wave = TestSurveys.create(TestSurveys.Spec.inField(1).twoPages());
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0).replace("-", "");
    Page second = answerPage(phone, code, 0, Map.of("a.yard", "3", "a.way", "1", "go", "next"));
    String draft = draftOf(wave);

    Map<String, String> forged = new LinkedHashMap<>(fields);
    forged.putIfAbsent("go", "submit");
    Page answer = answerPage(phone, code, 1, forged);

    assertThat(second.status()).isEqualTo(200);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.visible(answer)).contains(reason);
    assertThat(answer.body()).doesNotContain(SCRIPT);
    assertThat(draftOf(wave)).as("the draft is unchanged").isEqualTo(draft);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM access_code WHERE wave_id = ? AND used", wave.id()))
        .isZero();
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'survey-code%'");
  }

  static Stream<Arguments> forgedAnswers() {
    return Stream.of(
        Arguments.of(
            "option not offered",
            Map.of("a.grade", "g9"),
            "Die Antwort auf Frage 9 ist nicht gültig."),
        Arguments.of(
            "script as option",
            Map.of("a.grade", SCRIPT),
            "Die Antwort auf Frage 9 ist nicht gültig."),
        Arguments.of(
            "number out of range",
            Map.of("a.age", "99"),
            "Bei Frage 7 muss die Zahl zwischen 6 und 19 liegen."),
        Arguments.of(
            "no number",
            Map.of("a.age", "zwölf"),
            "Bei Frage 7 bitte nur eine ganze Zahl eingeben"),
        Arguments.of(
            "don't know where none is offered",
            Map.of("a.bike", "dont-know"),
            "Die Antwort auf Frage 8 ist nicht gültig."),
        Arguments.of(
            "matrix step 6",
            Map.of("a.feel.class", "6"),
            "Die Antwort auf Frage 5 ist nicht gültig."),
        Arguments.of(
            "long text too long",
            Map.of("a.wish", "x".repeat(2001)),
            "Die Antwort auf Frage 4 ist zu lang (höchstens 2000 Zeichen)."),
        Arguments.of(
            "unknown language and variant: German, standard",
            Map.of("a.grade", "g9", "lang", "xx", "variant", "FANCY"),
            "Die Antwort auf Frage 9 ist nicht gültig."));
  }

  @Test
  void answeringPageOfAnotherPageNumberOrWithoutCodeChangesNothing() {
    TestSurveys.Wave wave = TestSurveys.inField(1);
    PortalClient phone = new PortalClient(base);
    String code = wave.codes().get(0).replace("-", "");

    Page outOfRange = answerPage(phone, code, 7, Map.of("go", "next"));
    Page noCode =
        phone.post(
            "/answer/page",
            Map.of("page", "0", "a.yard", "1", "go", "submit"),
            Map.of("Origin", phone.origin()));

    assertThat(PageText.visible(outOfRange))
        .as("a page that does not exist is the first page")
        .contains("Frage 1 muss beantwortet werden.");
    assertThat(PageText.visible(noCode)).contains("Mit diesem Code geht es nicht weiter");
    assertThat(Database.count("SELECT COUNT(*) FROM survey_draft WHERE wave_id = ?", wave.id()))
        .isZero();
    Database.update("DELETE FROM rate_limit_counter WHERE bucket LIKE 'survey-code%'");
  }

  private Page answerPage(PortalClient phone, String code, int page, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("page", String.valueOf(page));
    form.put("lang", "de");
    form.put("variant", "STANDARD");
    form.putAll(fields);
    return phone.post("/answer/page", form, Map.of("Origin", phone.origin()));
  }

  private static String draftOf(TestSurveys.Wave wave) {
    return String.join(
        ";",
        Database.snapshot(
            "(SELECT page, answers FROM survey_draft WHERE wave_id = " + wave.id() + ") d"));
  }

  // --- survey field pages (field) ---------------------------------------------------------

  static Stream<Arguments> refusedSlipCounts() {
    return Stream.of(
        Arguments.of("count as words", "zwölf", NOT_A_NUMBER),
        Arguments.of("negative count", "-1", "Zahl von 0 bis 60"),
        Arguments.of("more slips than pupils", "25", "höchstens 24 Einwilligungen"),
        Arguments.of("count as script", SCRIPT, NOT_A_NUMBER),
        Arguments.of("count overflowing", "99999999999", NOT_A_NUMBER),
        Arguments.of("decimal count", "2.5", NOT_A_NUMBER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSlipCounts")
  void consentFormRefusesBadSlipCountsAndRecordsNothing(String label, String count, String reason) {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    String path = "/survey/consent.xhtml?wave=" + wave.id();
    PortalClient school = PortalClient.signedIn(base, "schule");
    Page form = school.get(path);
    assertThat(form.body()).as("the form is offered").contains("id=\"consentForm\"");
    List<String> before = Database.snapshot("wave_class");

    Page answer = saveSlips(school, form, path, count);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect", SCRIPT, "Fehlernummer");
    assertThat(Database.snapshot("wave_class")).isEqualTo(before);
    assertThat(slipAudits(wave)).isZero();
  }

  @Test
  void consentFormStoresACountWithinTheClassSizeAndAuditsIt() {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    String path = "/survey/consent.xhtml?wave=" + wave.id();
    PortalClient school = PortalClient.signedIn(base, "schule");

    Page answer = saveSlips(school, school.get(path), path, "24");

    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains("Gespeichert"));
    assertThat(
            Database.count("SELECT slips_returned FROM wave_class WHERE id = ?", wave.ownClassId()))
        .isEqualTo(24);
    assertThat(slipAudits(wave)).isEqualTo(1);
  }

  /**
   * The field pages and the code-sheet download answer malformed ids, ids that do not exist and
   * another organisation's wave alike: 404, without a word about the wave (the rates page without a
   * wave lists the reader's own waves).
   */
  @Test
  void fieldPagesAnswerMalformedAndForeignIdsLikeMissingOnes() {
    TestFieldWaves.Wave foreign = TestFieldWaves.inField();
    String title = Database.text("SELECT title FROM survey_wave WHERE id = ?", foreign.id());
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    List<String> paths = new java.util.ArrayList<>();
    for (String id : List.of(String.valueOf(foreign.id()), "999999999", "abc", "-1", SQL, "")) {
      String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
      paths.add("/survey/rates.xhtml?wave=" + encoded);
      paths.add("/survey/consent.xhtml?wave=" + encoded);
    }
    paths.add("/survey/codesheet/" + foreign.ownClassId() + ".pdf");
    paths.add("/survey/codesheet/" + foreign.ownClassId());
    paths.add("/survey/codesheet/" + foreign.ownClassId() + ".xlsx");
    paths.add("/survey/codesheet/abc.pdf");
    paths.add("/survey/codesheet/999999999.pdf");

    for (String path : paths) {
      Page answer = planner.get(path);
      // without a wave the rates page lists the reader's own waves
      assertThat(answer.status())
          .as(path)
          .isEqualTo(path.equals("/survey/rates.xhtml?wave=") ? 200 : 404);
      assertThat(answer.body()).as(path).doesNotContain(title, "Fehlernummer");
    }
  }

  static Stream<Arguments> refusedFieldEnds() {
    return Stream.of(
        Arguments.of("not a date", "nächste Woche", NOT_A_DATE),
        Arguments.of(
            "in the past",
            java.time.LocalDate.now().minusDays(1).toString(),
            "nicht in der Vergangenheit"),
        Arguments.of("missing", "", REQUIRED),
        Arguments.of("script", SCRIPT, NOT_A_DATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFieldEnds")
  void fieldPeriodFormRefusesBadEndsAndMovesNothing(String label, String end, String reason) {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    String path = "/survey/field-period.xhtml?wave=" + wave.id();
    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page form = planner.get(path);
    assertThat(form.body()).as("the form is offered").contains("id=\"periodForm\"");
    List<String> before = Database.snapshot("survey_wave");

    Page answer = savePeriod(planner, form, path, end);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect", SCRIPT, "Fehlernummer");
    assertThat(Database.snapshot("survey_wave")).isEqualTo(before);
  }

  @Test
  void fieldPeriodFormMovesTheEndOfAWaveInTheFieldButNotItsStart() {
    TestFieldWaves.Wave wave = TestFieldWaves.inField();
    String path = "/survey/field-period.xhtml?wave=" + wave.id();
    PortalClient planner = PortalClient.signedIn(base, "planer");
    String start = Database.text("SELECT field_start FROM survey_wave WHERE id = ?", wave.id());
    java.time.LocalDate end = java.time.LocalDate.now().plusDays(25);

    Page answer = savePeriod(planner, planner.get(path), path, end.toString());

    assertThat(formMessages(answer)).anySatisfy(m -> assertThat(m).contains("verschoben"));
    assertThat(Database.text("SELECT field_end FROM survey_wave WHERE id = ?", wave.id()))
        .isEqualTo(end.toString());
    assertThat(Database.text("SELECT field_start FROM survey_wave WHERE id = ?", wave.id()))
        .isEqualTo(start);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SURVEY_FIELD_PERIOD_CHANGED'"
                    + " AND entity_id = ? AND actor = 'planer'",
                String.valueOf(wave.id())))
        .isEqualTo(1);
  }

  private static Page savePeriod(PortalClient client, Page form, String path, String end) {
    return client.ajax(
        form,
        path,
        "periodForm",
        "periodForm:save",
        "periodForm",
        "periodForm",
        Map.of(
            "periodForm:start",
            java.time.LocalDate.now().plusDays(3).toString(),
            "periodForm:end",
            end));
  }

  private static Page saveSlips(PortalClient client, Page form, String path, String count) {
    return client.ajax(
        form,
        path,
        "consentForm",
        "consentForm:save",
        "consentForm",
        "consentForm",
        Map.of("consentForm:rows:0:slips", count));
  }

  private static long slipAudits(TestFieldWaves.Wave wave) {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'SURVEY_SLIPS_RECORDED' AND entity_id = ?",
        String.valueOf(wave.ownClassId()));
  }

  // --- survey waves (waves) -------------------------------------------------------------------

  static Stream<Arguments> refusedWaves() {
    String today = java.time.LocalDate.now().toString();
    String later = java.time.LocalDate.now().plusDays(20).toString();
    return Stream.of(
        Arguments.of(
            "end before start",
            Map.of("waveForm:fieldStart", later, "waveForm:fieldEnd", today),
            "Das Ende der Feldphase darf nicht vor ihrem Beginn liegen."),
        Arguments.of("no date", Map.of("waveForm:fieldStart", "2027-13-45"), "gültiges Datum"),
        Arguments.of(
            "grades reversed",
            Map.of("waveForm:gradeFrom", "9", "waveForm:gradeTo", "7"),
            "Bitte geben Sie die Klassenstufen von und bis an"),
        Arguments.of("grade 0", Map.of("waveForm:gradeFrom", "0"), "zwischen 1 und 13"),
        Arguments.of("grade 14", Map.of("waveForm:gradeTo", "14"), "zwischen 1 und 13"),
        Arguments.of("grade in words", Map.of("waveForm:gradeFrom", "sieben"), NOT_A_NUMBER),
        Arguments.of(
            "pupils without consent",
            Map.of("waveForm:consent", "NONE"),
            "Bitte wählen Sie, wie Schülerinnen und Schüler einwilligen"),
        Arguments.of(
            "parents with a pupils' consent",
            Map.of("waveForm:targetKind", "PARENTS", "waveForm:consent", "PUPIL_CONFIRMS"),
            "Eine eigene Einwilligung gibt es nur bei Schülerinnen und Schülern"),
        Arguments.of(
            "consent that does not exist",
            Map.of("waveForm:consent", "ASTROLOGY"),
            "in eine Aufzählung umgewandelt werden können"),
        Arguments.of("margin 11", Map.of("waveForm:margin", "11"), "zwischen 0 und 10"),
        Arguments.of(
            "reminder 101 percent",
            Map.of("waveForm:reminder", "101"),
            "zwischen 0 und 100 Prozent"),
        Arguments.of("script as title", Map.of("waveForm:title", SCRIPT), "spitzen Klammern"),
        Arguments.of("overlong title", Map.of("waveForm:title", "x".repeat(201)), "höchstens 200"),
        Arguments.of("empty title", Map.of("waveForm:title", ""), REQUIRED),
        Arguments.of(
            "version of another organisation",
            Map.of("waveForm:version", foreignVersion()),
            NOT_A_CHOICE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedWaves")
  void waveEditorRefusesBadInputAndStoresNothing(
      String label, Map<String, String> bad, String reason) {
    TestWaves.Setup setup = waveSetup();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(setup.organisation(), "planner"));
    Map<String, String> fields = new LinkedHashMap<>(setup.fields("Welle " + label));
    fields.putAll(bad);
    long audited = auditedChanges();

    Page answer =
        planner.ajax(
            planner.get(TestWaves.WAVE),
            TestWaves.WAVE,
            "waveForm",
            "waveForm:save",
            "waveForm",
            "waveForm",
            fields);

    assertThat(SurveyWaveReviewIT.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(answer.body()).doesNotContain("<redirect");
    assertThat(wavesOfOrganisation()).isZero();
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  static Stream<Arguments> refusedClasses() {
    return Stream.of(
        Arguments.of("no pupils", "7b", "7", "0", "zwischen 1 und 60"),
        Arguments.of("61 pupils", "7b", "7", "61", "zwischen 1 und 60"),
        Arguments.of("pupils in words", "7b", "7", "viele", NOT_A_NUMBER),
        Arguments.of("grade outside the wave's", "5a", "5", "20", "Klassenstufen 7 bis 10"),
        Arguments.of("grade 14", "14a", "14", "20", "zwischen 1 und 13"),
        Arguments.of("empty label", "", "7", "20", REQUIRED),
        Arguments.of("script as label", SCRIPT, "7", "20", "spitzen Klammern"),
        Arguments.of("the same class twice", "7a", "7", "20", "nimmt schon an der Welle teil"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedClasses")
  void waveClassFormRefusesBadInputAndStoresNothing(
      String label, String classLabel, String grade, String pupils, String reason) {
    TestWaves.Setup setup = waveSetup();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(setup.organisation(), "planner"));
    long wave = TestWaves.draft(planner, setup, "Welle " + label);
    List<String> before = Database.snapshot("wave_class");

    Page answer =
        planner.ajax(
            planner.get(TestWaves.WAVE + "?wave=" + wave),
            TestWaves.WAVE,
            "classForm",
            "classForm:add",
            "classForm",
            "classForm classesForm",
            Map.of(
                "classForm:school", String.valueOf(setup.school()),
                "classForm:label", classLabel,
                "classForm:grade", grade,
                "classForm:pupils", pupils));

    assertThat(SurveyWaveReviewIT.messages(answer)).anySatisfy(m -> assertThat(m).contains(reason));
    assertThat(Database.snapshot("wave_class")).isEqualTo(before);
  }

  @Test
  void waveClassOfAForeignSchoolIsRefused() {
    TestWaves.Setup setup = waveSetup();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(setup.organisation(), "planner"));
    long wave = TestWaves.draft(planner, setup, "Welle fremde Schule");
    List<String> before = Database.snapshot("wave_class");

    Page answer =
        planner.ajax(
            planner.get(TestWaves.WAVE + "?wave=" + wave),
            TestWaves.WAVE,
            "classForm",
            "classForm:add",
            "classForm",
            "classForm classesForm",
            Map.of(
                "classForm:school", foreignId("school", "lk-musterland", "igs-musterstadt"),
                "classForm:label", "7b",
                "classForm:grade", "7",
                "classForm:pupils", "20"));

    assertThat(SurveyWaveReviewIT.messages(answer))
        .anySatisfy(m -> assertThat(m).contains(NOT_A_CHOICE));
    assertThat(Database.snapshot("wave_class")).isEqualTo(before);
  }

  @Test
  void waveStartingTodayIsNotSubmittedAndStaysADraft() {
    TestWaves.Setup setup = waveSetup();
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(setup.organisation(), "planner"));
    long wave = TestWaves.draft(planner, setup, "Welle heute");
    Map<String, String> fields = new LinkedHashMap<>(setup.fields("Welle heute"));
    fields.put("waveForm:fieldStart", java.time.LocalDate.now().toString());
    List<String> before = Database.snapshot("survey_wave");

    Page answer =
        planner.ajax(
            planner.get(TestWaves.WAVE + "?wave=" + wave),
            TestWaves.WAVE,
            "waveForm",
            "waveForm:submit",
            "waveForm",
            "waveForm",
            fields);

    assertThat(PageText.messages(answer))
        .contains("Der Beginn der Feldphase muss beim Einreichen in der Zukunft liegen.");
    assertThat(Database.snapshot("survey_wave")).isEqualTo(before);
    assertThat(
            Database.text("SELECT state FROM questionnaire_version WHERE id = ?", setup.version()))
        .isEqualTo("DRAFT");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/survey/wave.xhtml?wave=abc",
        "/survey/wave.xhtml?wave=-1",
        "/survey/wave.xhtml?wave=99999999999999999999",
        "/survey/wave.xhtml?wave=1%27%20OR%201=1",
        "/survey/review-data-protection.xhtml?wave=abc",
        "/survey/review-data-protection.xhtml",
        "/survey/review-school-authority.xhtml?wave=0x10"
      })
  void malformedWaveIdsAreNotFound(String path) {
    String account =
        TestAccounts.create(organisation, "planner", "data-protection-officer", "school-authority");
    Page page = PortalClient.signedIn(base, account).get(path);

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Fehlernummer");
  }

  @Test
  void returnWithoutReasonsIsRefusedAndTheReviewGoesOn() {
    TestWaves.Setup setup = waveSetup();
    String account =
        TestAccounts.create(setup.organisation(), "planner", "data-protection-officer");
    PortalClient client = PortalClient.signedIn(base, account);
    long wave = TestWaves.draft(client, setup, "Welle ohne Gründe");
    TestWaves.submit(client, setup, wave, "Welle ohne Gründe");
    String review = "/survey/review-data-protection.xhtml";
    Page page = client.get(review + "?wave=" + wave);
    List<String> before = Database.snapshot("wave_approval");

    for (String reasons : List.of("", " \t ", "\u200B")) {
      Page answer =
          client.ajax(
              page,
              review,
              "returnForm",
              "returnForm:giveBack",
              "returnForm",
              "returnForm",
              Map.of("returnForm:reasons", reasons));
      assertThat(SurveyWaveReviewIT.messages(answer))
          .as("reasons %s", reasons)
          .anySatisfy(
              m -> assertThat(m).contains("Bitte geben Sie die Gründe für die Rückgabe an."));
    }

    assertThat(Database.snapshot("wave_approval")).isEqualTo(before);
    assertThat(Database.text("SELECT state FROM survey_wave WHERE id = ?", wave))
        .isEqualTo("IN_REVIEW");
  }

  private TestWaves.Setup waveSetup() {
    long school = TestWaves.school(organisationId, "igs", "IGS Wellental");
    long version = TestWaves.draftVersion(organisationId, "Befragung " + organisation);
    return new TestWaves.Setup(organisation, organisationId, school, version);
  }

  private long wavesOfOrganisation() {
    return Database.count(
        "SELECT COUNT(*) FROM survey_wave WHERE organisation_id = ?", organisationId);
  }

  private static String foreignVersion() {
    return String.valueOf(
        Database.count(
            "SELECT MIN(v.id) FROM questionnaire_version v JOIN questionnaire q"
                + " ON q.id = v.questionnaire_id JOIN organisation o ON o.id = q.organisation_id"
                + " WHERE o.code = 'lk-musterland'"));
  }

  private long auditedChanges() {
    return Database.count(
        "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ?", organisationId);
  }

  private long departmentCount() {
    return Database.count(
        "SELECT COUNT(*) FROM department WHERE organisation_id = ?", organisationId);
  }

  private static String foreignId(String table, String organisationCode, String code) {
    return String.valueOf(
        Database.count(
            "SELECT t.id FROM "
                + table
                + " t JOIN organisation o ON o.id = t.organisation_id"
                + " WHERE o.code = ? AND t.code = ?",
            organisationCode,
            code));
  }

  // --- questionnaire builder (builder) ---------------------------------------------------------

  private PortalClient planner() {
    return PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
  }

  private long questionnaireCount() {
    return Database.count(
        "SELECT COUNT(*) FROM questionnaire WHERE organisation_id = ?", organisationId);
  }

  static Stream<Arguments> wrongQuestionnaireVersions() {
    return Stream.of(
        Arguments.of("none", ""),
        Arguments.of("empty", "?version="),
        Arguments.of("letters", "?version=abc"),
        Arguments.of("negative", "?version=-1"),
        Arguments.of("zero", "?version=0"),
        Arguments.of("unknown", "?version=999999999"),
        Arguments.of("beyond long", "?version=99999999999999999999"),
        Arguments.of("SQL", "?version=" + encode(SQL)),
        Arguments.of("script", "?version=" + encode(SCRIPT)),
        Arguments.of("overlong", "?version=" + "1".repeat(5_000)),
        Arguments.of("control character", "?version=1%00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongQuestionnaireVersions")
  void questionnaireEditorOfNoOwnVersionIsNotFound(String label, String query) {
    Page answer = planner().get("/survey/questionnaire.xhtml" + query);

    assertThat(answer.status()).isIn(400, 404);
    assertThat(answer.body()).doesNotContain(SCRIPT, "Fehlernummer");
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "SQL", "java.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc.json",
        "1.xml",
        "-1.json",
        "0.json",
        "1.5.json",
        "99999999999999999999.json",
        "1%20OR%201=1.json",
        "999999999.json",
        ""
      })
  void questionnaireExportOfNoOwnVersionIsNotFound(String file) {
    Page answer = planner().get("/survey/export/" + file);

    assertThat(answer.status()).isIn(400, 404);
    assertThat(answer.body()).doesNotContain("Fehlernummer", "formatVersion");
  }

  @Test
  void questionnaireExportOfAnotherOrganisationIsNotFound() {
    long foreign = TestQuestionnaires.draft("musterstadt");

    Page answer = planner().get("/survey/export/" + foreign + ".json");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("formatVersion", "Testfragebogen");
  }

  static Stream<Arguments> refusedQuestionnaireFiles() {
    byte[] utf16 = "{\"format\": 1}".getBytes(StandardCharsets.UTF_16);
    byte[] latin1 = "{\"name\": \"Fragebögen\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tooLarge = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) ' ');
    return Stream.of(
        Arguments.of(
            "not JSON",
            "a.json",
            "{\"format\":".getBytes(StandardCharsets.UTF_8),
            "Die Datei ist kein gültiges JSON"),
        Arguments.of(
            "a JSON array",
            "a.json",
            "[]".getBytes(StandardCharsets.UTF_8),
            "/: Erwartet wird object."),
        Arguments.of(
            "another format",
            "a.json",
            "{\"format\": \"x\", \"formatVersion\": 1, \"name\": \"x\", \"sections\": []}"
                .getBytes(StandardCharsets.UTF_8),
            "Die Datei ist kein Fragebogen des Planungsportals"),
        Arguments.of(
            "a later format version",
            "a.json",
            ("{\"format\": \"planungsportal-questionnaire\", \"formatVersion\": 2,"
                    + " \"name\": \"x\", \"sections\": []}")
                .getBytes(StandardCharsets.UTF_8),
            "Die Datei hat die Formatversion 2"),
        Arguments.of(
            "script as a key",
            "a.json",
            ("{\"format\": \"planungsportal-questionnaire\", \"formatVersion\": 1,"
                    + " \"name\": \"x\", \"sections\": [{\"key\": \"<script>\","
                    + " \"questions\": []}]}")
                .getBytes(StandardCharsets.UTF_8),
            "ist kein gültiger Schlüssel"),
        Arguments.of(
            "a CSV name",
            "a.csv",
            "{}".getBytes(StandardCharsets.UTF_8),
            "hat nicht die Endung .json"),
        Arguments.of("UTF-16", "a.json", utf16, "nicht in UTF-8"),
        Arguments.of("Latin-1", "a.json", latin1, "nicht in UTF-8"),
        Arguments.of("too large", "a.json", tooLarge, "höchstens 1 MB"),
        Arguments.of("empty", "a.json", new byte[0], "Die Datei „a.json“ ist leer."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedQuestionnaireFiles")
  void questionnaireImportRefusesWhatIsNoQuestionnaireAndStoresNothing(
      String label, String name, byte[] content, String reason) {
    PortalClient planner = planner();
    long before = questionnaireCount();
    long audited = auditedChanges();

    Page list = planner.get("/survey/questionnaires.xhtml");
    Page answer =
        planner.submitMultipart(
            list,
            "/survey/questionnaires.xhtml",
            "importForm",
            "importForm:import",
            "importForm:file",
            new PortalClient.FilePart(name, "application/json", content));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(String.join("\n", PageText.messages(answer))).contains(reason);
    assertThat(answer.body()).doesNotContain(SCRIPT, "Fehlernummer");
    assertThat(questionnaireCount()).isEqualTo(before);
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", SCRIPT, RTL_OVERRIDE})
  void questionnaireNameThatIsNoNameIsRefused(String title) {
    PortalClient planner = planner();
    Page list = planner.get("/survey/questionnaires.xhtml");

    Page answer =
        planner.submit(
            list,
            "/survey/questionnaires.xhtml",
            "createForm",
            "createForm:create",
            Map.of("createForm:title", title));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(PageText.messages(answer)).contains("Der Fragebogen wurde nicht angelegt.");
    assertThat(answer.body()).doesNotContain(SCRIPT);
    assertThat(questionnaireCount()).isZero();
  }

  @Test
  void overlongQuestionnaireNameAndTextsAreRefusedNotCut() {
    PortalClient planner = planner();
    Page list = planner.get("/survey/questionnaires.xhtml");
    Page refused =
        planner.submit(
            list,
            "/survey/questionnaires.xhtml",
            "createForm",
            "createForm:create",
            Map.of("createForm:title", "x".repeat(201)));
    assertThat(PageText.messages(refused)).anySatisfy(m -> assertThat(m).contains("höchstens 200"));
    assertThat(questionnaireCount()).isZero();

    Page created =
        planner.submit(
            planner.get("/survey/questionnaires.xhtml"),
            "/survey/questionnaires.xhtml",
            "createForm",
            "createForm:create",
            Map.of("createForm:title", "x".repeat(200)));
    assertThat(created.status()).isEqualTo(302);
    String editor = created.location().orElseThrow();
    String path = editor.substring(editor.indexOf("/survey/"));
    long version = Long.parseLong(path.replaceAll(".*version=(\\d+).*", "$1"));
    Page page = planner.get(path);
    page =
        planner.ajax(
            page,
            "/survey/questionnaire.xhtml",
            "editor",
            "editor:addSection",
            "editor",
            "editor",
            Map.of());
    Page answer =
        planner.ajax(
            page,
            "/survey/questionnaire.xhtml",
            "editor",
            "editor:save",
            "editor",
            "editor",
            Map.of(
                "editor:title", "Titel",
                "editor:sections:0:sectionTitle", "Abschnitt",
                "editor:sections:0:questions:0:text", "y".repeat(2001),
                "editor:sections:0:questions:0:options:0:text", "a",
                "editor:sections:0:questions:0:options:1:text", "b"));

    assertThat(PageText.messages(answer))
        .contains("Text „q:q1“ (STANDARD, de): Der Text ist länger als 2000 Zeichen.");
    assertThat(Database.count("SELECT COUNT(*) FROM q_question WHERE version_id = ?", version))
        .isZero();
  }

  /**
   * The results pages, the screening page and the results API answer malformed ids, ids that do not
   * exist and a wave of another organisation alike: 404, without a word about the wave.
   */
  @Test
  void resultPagesAnswerMalformedAndForeignWaveIdsLikeMissingOnes() {
    TestResultWaves.Wave foreign =
        TestResultWaves.closed(
            "lk-musterland",
            TestResultWaves.questionnaire("lk-musterland"),
            "igs-musterstadt",
            java.time.LocalDate.now().minusDays(1),
            6,
            List.of());
    TestResultWaves.computed(foreign);
    TestResultWaves.released(foreign);
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    for (String id : List.of(String.valueOf(foreign.id()), "999999999", "abc", "-1", SQL, "")) {
      String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
      for (String path :
          List.of(
              "/results/wave.xhtml?wave=" + encoded,
              "/results/screening.xhtml?wave=" + encoded,
              "/api/results/waves/" + encoded)) {
        Page answer = planner.get(path);
        assertThat(answer.status()).as(path).isEqualTo(404);
        assertThat(answer.body()).as(path).doesNotContain(foreign.title(), "Fehlernummer");
      }
    }
  }

  /**
   * An unknown breakdown is named on the page, which shows the whole wave instead, and refused by
   * the API with a translated problem; nothing of the value is echoed as markup.
   */
  @Test
  void unknownBreakdownIsNamedOnThePageAndRefusedByTheApi() {
    TestResultWaves.Wave wave =
        TestResultWaves.closed(
            "lk-musterland",
            TestResultWaves.questionnaire("lk-musterland"),
            "igs-musterstadt",
            java.time.LocalDate.now().minusDays(1),
            6,
            List.of());
    TestResultWaves.computed(wave);
    PortalClient planner = PortalClient.signedIn(base, "planer");
    for (String by : List.of("FOO", "area", SCRIPT, SQL)) {
      String encoded = java.net.URLEncoder.encode(by, java.nio.charset.StandardCharsets.UTF_8);
      Page page = planner.get("/results/wave.xhtml?wave=" + wave.id() + "&by=" + encoded);
      assertThat(page.status()).as(by).isEqualTo(200);
      assertThat(PageText.messages(page))
          .as(by)
          .contains("Diese Aufgliederung gibt es nicht; gezeigt wird die ganze Befragung.");
      assertThat(page.body()).as(by).doesNotContain(SCRIPT, "Fehlernummer");
      Page api = planner.get("/api/results/waves/" + wave.id() + "?by=" + encoded);
      assertThat(api.status()).as(by).isEqualTo(400);
      assertThat(api.body()).as(by).contains("Unbekannte Aufgliederung").doesNotContain(SCRIPT);
    }
  }

  /** Screening keys the page never offered (forged, of another wave) change nothing. */
  @Test
  void tamperedScreeningKeysAreRefusedWithAMessageAndChangeNothing() {
    TestResultWaves.Wave wave =
        TestResultWaves.closed(
            "lk-musterland",
            TestResultWaves.questionnaire("lk-musterland"),
            "igs-musterstadt",
            java.time.LocalDate.now().minusDays(1),
            6,
            List.of("Ein Text " + java.util.UUID.randomUUID()));
    String path = "/results/screening.xhtml?wave=" + wave.id();
    PortalClient planner = PortalClient.signedIn(base, "planer");
    Page page = planner.get(path);
    List<String> before = Database.snapshot("free_text_screening");
    for (String key : List.of("f".repeat(64), SQL, SCRIPT, "1,2,3")) {
      Page answer =
          planner.ajax(
              page,
              path,
              "screeningForm",
              "screeningForm:withholdSelected",
              "screeningForm",
              "screeningForm",
              Map.of("screeningForm:answers_selection", key));
      assertThat(PageText.messages(answer))
          .as(key)
          .contains(
              "Mindestens einer der gewählten Freitexte gehört nicht zu dieser Befragung. Es"
                  + " wurde nichts geändert.");
      assertThat(answer.body()).as(key).doesNotContain(SCRIPT, "Fehlernummer");
    }
    assertThat(Database.snapshot("free_text_screening")).isEqualTo(before);
  }

  static Stream<Arguments> wrongResultFiles() {
    return Stream.of(
        Arguments.of("letters as id", "abc.csv"),
        Arguments.of("SQL in id", "1%20OR%201=1.csv"),
        Arguments.of("id beyond long", "99999999999999999999.csv"),
        Arguments.of("zero", "0.csv"),
        Arguments.of("negative", "-1-raw.csv"),
        Arguments.of("no id", "-raw.csv"),
        Arguments.of("no such wave", "999999999999.csv"),
        Arguments.of("another organisation's wave", "{foreign}.csv"),
        Arguments.of("another organisation's raw data", "{foreign}-raw.csv"),
        Arguments.of("raw as PDF", "{own}-raw.pdf"),
        Arguments.of("other format", "{own}.docx"),
        Arguments.of("upper-case suffix", "{own}-RAW.csv"),
        Arguments.of("doubled suffix", "{own}-raw-raw.csv"),
        Arguments.of("more path", "{own}.csv/x"),
        Arguments.of("not computed yet", "{own}.xlsx"),
        Arguments.of("script as id", "%3Cscript%3E.pdf"));
  }

  /**
   * A planner asking for result files that are not there or not the planner's: 404, nothing written
   * (no audit event either), no trace of the wave in the answer.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongResultFiles")
  void resultDownloadRefusesWhatIsNotAnOwnComputedWave(String label, String file) {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    long own = closedWave(organisation, false);
    long foreign = closedWave("lk-musterland", true);
    long audited = auditedChanges();

    Page answer =
        planner.get(
            "/results/export/"
                + file.replace("{own}", String.valueOf(own))
                    .replace("{foreign}", String.valueOf(foreign)));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "java.", "Ergebniswelle");
    assertThat(auditedChanges()).isEqualTo(audited);
  }

  /** A closed wave of the organisation without responses, its results computed or not. */
  private static long closedWave(String organisationCode, boolean computed) {
    long organisationId = TestOrganisations.idOf(organisationCode);
    String title = "Ergebniswelle " + java.util.UUID.randomUUID().toString().substring(0, 8);
    long version = TestSurveys.schoolyardVersion(organisationId, title);
    Database.update(
        "INSERT INTO survey_wave (organisation_id, title, target_group, purpose, legal_basis,"
            + " privacy_contact, field_start, field_end, questionnaire_version_id, state)"
            + " VALUES (?, ?, 'Klassen 3 und 4', 'Test', 'Art. 6 DSGVO', 'ds@test.example',"
            + " CURRENT_DATE - INTERVAL 30 DAY, CURRENT_DATE - INTERVAL 1 DAY, ?, 'CLOSED')",
        organisationId,
        title,
        version);
    long wave = Database.count("SELECT id FROM survey_wave WHERE title = ?", title);
    if (computed) {
      Database.update(
          "INSERT INTO wave_result (wave_id, computed_on, respondents) VALUES (?, CURRENT_DATE, 0)",
          wave);
    }
    return wave;
  }

  /**
   * The education reports page and download with ids that are not there or not the planner's: 404,
   * and no report is requested.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/report/reports.xhtml",
        "/report/reports.xhtml?cycle=",
        "/report/reports.xhtml?cycle=abc",
        "/report/reports.xhtml?cycle=-1",
        "/report/reports.xhtml?cycle=99999999999999999999",
        "/report/reports.xhtml?cycle={foreign}",
        "/report/download/abc.pdf",
        "/report/download/0.pdf",
        "/report/download/999999999999.pdf",
        "/report/download/{foreignReport}.pdf",
        "/report/download/{foreignReport}.xlsx"
      })
  void educationReportPagesRefuseWhatIsNotAnOwnCycleOrReport(String path) {
    PortalClient planner =
        PortalClient.signedIn(base, TestAccounts.create(organisation, "planner"));
    long foreignVersion = TestPlans.single("lk-musterland", 2031, 1, "PUBLISHED");
    long foreignCycle =
        Database.count("SELECT cycle_id FROM work_plan_version WHERE id = ?", foreignVersion);
    Database.update(
        "INSERT INTO education_report (cycle_id, organisation_id, state, requested_by,"
            + " requested_at, finished_at, pdf, pdf_size) SELECT id, organisation_id, 'READY',"
            + " 'planer', NOW(), NOW(), ?, 4 FROM planning_cycle WHERE id = ?",
        "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        foreignCycle);
    long foreignReport =
        Database.count("SELECT MAX(id) FROM education_report WHERE cycle_id = ?", foreignCycle);
    long reports = Database.count("SELECT COUNT(*) FROM education_report");

    Page answer =
        planner.get(
            path.replace("{foreign}", String.valueOf(foreignCycle))
                .replace("{foreignReport}", String.valueOf(foreignReport)));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(PageText.visible(answer)).doesNotContain("Exception", "java.");
    assertThat(Database.count("SELECT COUNT(*) FROM education_report")).isEqualTo(reports);
  }

  /** How Facelets writes text into the page. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

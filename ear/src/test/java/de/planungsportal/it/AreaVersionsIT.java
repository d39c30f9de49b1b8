package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.FilePart;
import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Areas and school assignments as versions: an admin redraws a Sozialraum or moves a school from a
 * day; the old rows stay as they were, so what refers to them keeps the old name; a day that does
 * not fit is refused with a message and changes nothing. Each test administers its own new
 * organisation with the areas nord and sued and a school in nord.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AreaVersionsIT {

  private static final String AREAS = "/admin/areas.xhtml";
  private static final String SCHOOLS = "/admin/schools.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long organisationId;
  private long nord;
  private long sued;
  private long school;
  private PortalClient admin;

  @BeforeEach
  void signInAsAdminOfANewOrganisationWithASchoolInNord() {
    String organisation = TestOrganisations.create();
    organisationId = TestOrganisations.idOf(organisation);
    nord = insertArea("nord", "Sozialraum Nord");
    sued = insertArea("sued", "Sozialraum Süd");
    Database.update(
        "INSERT INTO school (organisation_id, code, name, school_type)"
            + " VALUES (?, 'gs-nord', 'Grundschule Nord', 'GRUNDSCHULE')",
        organisationId);
    school =
        Database.count(
            "SELECT id FROM school WHERE organisation_id = ? AND code = 'gs-nord'", organisationId);
    Database.update(
        "INSERT INTO school_area (school_id, area_id, valid_from) VALUES (?, ?, '2000-01-01')",
        school,
        nord);
    admin = PortalClient.signedIn(base, TestAccounts.create(organisation, "admin"));
  }

  @Test
  void redrawAddsAVersionAndLeavesTheOldRowAsItWas() {
    Map<String, Object> before = Database.row("area", nord);

    Page answer =
        dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
            .save(
                Map.of(
                    "redrawForm:validFrom", "2026-08-01",
                    "redrawForm:name", "Sozialraum Nord-West",
                    "redrawForm:parent_input", ""));

    assertThat(PageText.messages(answer)).contains("Die neue Fassung des Gebiets wurde angelegt.");
    Map<String, Object> old = Database.row("area", nord);
    assertThat(old.get("name")).isEqualTo("Sozialraum Nord");
    assertThat(String.valueOf(old.get("valid_from"))).isEqualTo("2000-01-01");
    assertThat(String.valueOf(old.get("valid_to"))).isEqualTo("2026-08-01");
    assertThat(old.get("parent_id")).isEqualTo(before.get("parent_id"));
    long next =
        Database.count(
            "SELECT id FROM area WHERE organisation_id = ? AND code = 'nord'"
                + " AND valid_from = '2026-08-01' AND valid_to IS NULL AND name = ?",
            organisationId,
            "Sozialraum Nord-West");
    assertThat(next).isNotEqualTo(nord);
    // the school follows the area into its new version from the day; its old assignment stays
    assertThat(
            Database.snapshot(
                "(SELECT area_id, valid_from, valid_to FROM school_area WHERE school_id = "
                    + school
                    + " ORDER BY valid_from) s"))
        .containsExactly(nord + "|2000-01-01|2026-08-01|", next + "|2026-08-01|null|");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE organisation_id = ? AND action = 'REDRAWN'",
                organisationId))
        .isEqualTo(1);
  }

  @Test
  void historyShowsEveryVersionAndTheOldAssignmentKeepsTheOldName() {
    dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
        .save(
            Map.of(
                "redrawForm:validFrom", "2026-08-01",
                "redrawForm:name", "Sozialraum Nord-West",
                "redrawForm:parent_input", ""));

    Page history = dialog(AREAS, "history", "Sozialraum Nord-West", "historyForm").opened;
    String text = PageText.unescape(history.body());
    assertThat(text)
        .contains(
            "Sozialraum Nord", "Sozialraum Nord-West", "01.01.2000", "31.07.2026", "01.08.2026")
        .contains("Grundschule Nord (01.01.2000 – 31.07.2026)")
        .contains("Grundschule Nord (01.08.2026 – )");

    Page schoolHistory = dialog(SCHOOLS, "history", "Grundschule Nord", "historyForm").opened;
    assertThat(PageText.unescape(schoolHistory.body()))
        .contains("Sozialraum Nord (gültig bis 31.07.2026)")
        .contains("Sozialraum Nord-West (gültig ab 01.08.2026)");
  }

  @Test
  void movingASchoolEndsItsAssignmentAndStartsOneInTheOtherArea() {
    Page answer =
        dialog(SCHOOLS, "move", "Grundschule Nord", "moveForm")
            .save(Map.of("moveForm:validFrom", "2026-02-01", "moveForm:area_input", "" + sued));

    assertThat(PageText.messages(answer)).contains("Die Schule wurde verlegt.");
    assertThat(
            Database.snapshot(
                "(SELECT area_id, valid_from, valid_to FROM school_area WHERE school_id = "
                    + school
                    + " ORDER BY valid_from) s"))
        .containsExactly(nord + "|2000-01-01|2026-02-01|", sued + "|2026-02-01|null|");
    assertThat(PageText.visible(admin.get(SCHOOLS))).contains("Sozialraum Süd");
  }

  @Test
  void aDayBeforeTheCurrentVersionIsRefusedAndNothingChanges() {
    List<String> areas = Database.snapshot("area");
    List<String> assignments = Database.snapshot("school_area");

    Page redraw =
        dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
            .save(
                Map.of(
                    "redrawForm:validFrom", "1999-12-31",
                    "redrawForm:name", "Früher",
                    "redrawForm:parent_input", ""));
    Page move =
        dialog(SCHOOLS, "move", "Grundschule Nord", "moveForm")
            .save(Map.of("moveForm:validFrom", "2000-01-01", "moveForm:area_input", "" + sued));

    assertThat(PageText.messages(redraw))
        .contains(
            "Der Stichtag muss nach dem Beginn der geltenden Fassung (01.01.2000) liegen. Es wurde"
                + " nichts geändert.");
    assertThat(PageText.messages(move))
        .contains(
            "Der Stichtag muss nach dem Beginn der geltenden Zuordnung (01.01.2000) liegen. Es"
                + " wurde nichts geändert.");
    assertThat(Database.snapshot("area")).isEqualTo(areas);
    assertThat(Database.snapshot("school_area")).isEqualTo(assignments);
  }

  @Test
  void aDayThatIsNoDateOrAnAreaNotOnOfferIsRefusedAndNothingChanges() {
    List<String> areas = Database.snapshot("area");
    List<String> assignments = Database.snapshot("school_area");

    Page text =
        dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
            .save(
                Map.of(
                    "redrawForm:validFrom", "1.8.2026'; DROP TABLE area; --",
                    "redrawForm:name", "Nord",
                    "redrawForm:parent_input", ""));
    Page unknownArea =
        dialog(SCHOOLS, "move", "Grundschule Nord", "moveForm")
            .save(Map.of("moveForm:validFrom", "2026-08-01", "moveForm:area_input", "999999999"));

    assertThat(PageText.messages(text))
        .anySatisfy(m -> assertThat(m).contains("Bitte geben Sie ein gültiges Datum ein."));
    assertThat(PageText.messages(unknownArea))
        .anySatisfy(m -> assertThat(m).contains("Diese Auswahl ist nicht möglich."));
    assertThat(Database.snapshot("area")).isEqualTo(areas);
    assertThat(Database.snapshot("school_area")).isEqualTo(assignments);
  }

  @Test
  void aRedrawnAreaIsDeletedWithAllItsVersionsOnlyWhenNoVersionIsInUse() {
    dialog(AREAS, "redraw", "Sozialraum Süd", "redrawForm")
        .save(
            Map.of(
                "redrawForm:validFrom", "2026-08-01",
                "redrawForm:name", "Sozialraum Süd-Ost",
                "redrawForm:parent_input", ""));
    dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
        .save(
            Map.of(
                "redrawForm:validFrom", "2026-08-01",
                "redrawForm:name", "Sozialraum Nord-West",
                "redrawForm:parent_input", ""));

    Page unused = dialog(AREAS, "delete", "Sozialraum Süd-Ost", "listForm").opened;
    // the school's old assignment keeps the old version of nord in use
    Page used = dialog(AREAS, "delete", "Sozialraum Nord-West", "listForm").opened;

    assertThat(PageText.messages(unused)).contains("Der Eintrag wurde gelöscht.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM area WHERE organisation_id = ? AND code = 'sued'",
                organisationId))
        .isZero();
    assertThat(PageText.messages(used))
        .contains(
            "„Sozialraum Nord-West“ kann nicht gelöscht werden, es wird noch verwendet von: 2"
                + " Schulzuordnungen. Es wurde nichts geändert.");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM area WHERE organisation_id = ? AND code = 'nord'",
                organisationId))
        .isEqualTo(2);
  }

  @Test
  void theLatestVersionOfARedrawnAreaCanBeCorrectedButNotGivenAnotherCode() {
    dialog(AREAS, "redraw", "Sozialraum Nord", "redrawForm")
        .save(
            Map.of(
                "redrawForm:validFrom", "2026-08-01",
                "redrawForm:name", "Sozialraum Nord-Wst",
                "redrawForm:parent_input", ""));

    Page corrected =
        dialog(AREAS, "edit", "Sozialraum Nord-Wst", "editForm")
            .save(
                Map.of(
                    "editForm:code", "nord",
                    "editForm:name", "Sozialraum Nord-West",
                    "editForm:parent_input", ""));
    Page recoded =
        dialog(AREAS, "edit", "Sozialraum Nord-West", "editForm")
            .save(
                Map.of(
                    "editForm:code", "nordwest",
                    "editForm:name", "Sozialraum Nord-West",
                    "editForm:parent_input", ""));

    assertThat(PageText.messages(corrected)).contains("Die Änderung wurde gespeichert.");
    assertThat(PageText.messages(recoded))
        .contains(
            "Das Kürzel eines Gebiets mit mehreren Fassungen kann nicht geändert werden. Es wurde"
                + " nichts geändert.");
    assertThat(
            Database.snapshot(
                "(SELECT valid_from, code, name FROM area WHERE organisation_id = "
                    + organisationId
                    + " AND code LIKE 'nord%' ORDER BY valid_from) a"))
        .containsExactly(
            "2000-01-01|nord|Sozialraum Nord|", "2026-08-01|nord|Sozialraum Nord-West|");
  }

  @Test
  void importPlacesNewSchoolsInTheirAreasFromTheChosenDay() {
    Page page = admin.get(SCHOOLS);
    Map<String, String> before = new LinkedHashMap<>();
    before.put("importForm", "importForm");
    before.put("importForm:areasFrom", "2026-09-01");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("importForm:import", "");
    after.put("jakarta.faces.ViewState", page.viewState());
    page.nonce().ifPresent(n -> after.put("primefaces.nonce", n));
    byte[] list =
        "Schulnummer;Name;Schulform;Sozialraum\r\n700701;Grundschule Süd;Grundschule;sued\r\n"
            .getBytes(StandardCharsets.UTF_8);

    Page answer =
        admin.multipart(
            SCHOOLS,
            before,
            "importForm:file",
            new FilePart("schulen.csv", "text/csv", list),
            after,
            Map.of("Origin", admin.origin()));

    assertThat(PageText.messages(answer)).contains("Eine Schule wurde importiert.");
    assertThat(
            Database.snapshot(
                "(SELECT sa.area_id, sa.valid_from, sa.valid_to FROM school_area sa"
                    + " JOIN school s ON s.id = sa.school_id WHERE s.organisation_id = "
                    + organisationId
                    + " AND s.code = '700701') s"))
        .containsExactly(sued + "|2026-09-01|null|");
  }

  private long insertArea(String code, String name) {
    Database.update(
        "INSERT INTO area (organisation_id, code, name) VALUES (?, ?, ?)",
        organisationId,
        code,
        name);
    return Database.count(
        "SELECT id FROM area WHERE organisation_id = ? AND code = ?", organisationId, code);
  }

  /** Opens the dialog of a row's button, as a click on it does. */
  private Dialog dialog(String path, String button, String rowName, String formId) {
    return new Dialog(path, formId, AdminPages.openRowDialog(admin, path, button, rowName, formId));
  }

  private final class Dialog {
    final String path;
    final String formId;
    final Page opened;

    Dialog(String path, String formId, Page opened) {
      this.path = path;
      this.formId = formId;
      this.opened = opened;
    }

    Page save(Map<String, String> fields) {
      Page answer =
          admin.ajax(opened, path, formId, formId + ":save", formId, formId + " listForm", fields);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.isPartial()).as(answer.body()).isTrue();
      return answer;
    }
  }
}

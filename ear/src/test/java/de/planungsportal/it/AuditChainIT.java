package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log's integrity check, attacked as someone with database rights would: the triggers
 * that refuse changes and deletes are dropped, a row is changed, a row in the middle is removed,
 * the newest row is removed (a cut-off tail). The check on the audit page must fail each time and
 * pass on the untouched chain. Every attack works on events this test appended itself and is undone
 * before the next (triggers re-created from the database's own definition), so the shared chain is
 * intact for every other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

  private static final String INTACT = "Die Protokollkette ist vollständig und unverändert.";
  private static final String BROKEN = "Die Protokollkette ist ab Eintrag ";
  private static final String TAIL_MISSING = "Einträge am Ende fehlen";
  private static final List<String> GUARDS =
      List.of("audit_event_no_delete", "audit_event_erase_only");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private PortalClient admin;
  private final List<Long> events = new ArrayList<>();
  private final Map<String, String> guardDefinitions = new LinkedHashMap<>();

  @BeforeEach
  void appendThreeEventsAsAdminOfANewOrganisation() throws SQLException {
    String organisation = TestOrganisations.create();
    long organisationId = TestOrganisations.idOf(organisation);
    admin = PortalClient.signedIn(base, TestAccounts.create(organisation, "admin"));
    for (String code : List.of("eins", "zwei", "drei")) {
      createDepartment(code);
    }
    events.addAll(
        Database.ids(
            "SELECT id FROM audit_event WHERE organisation_id = ? ORDER BY id", organisationId));
    assertThat(events).hasSize(3);
    try (Connection db = Database.connect();
        Statement statement = db.createStatement()) {
      for (String guard : GUARDS) {
        try (ResultSet row = statement.executeQuery("SHOW CREATE TRIGGER " + guard)) {
          assertThat(row.next()).isTrue();
          // without its definer: the embedded MariaDB runs without grant tables, and an
          // attacker's session would re-create it as itself anyway
          guardDefinitions.put(
              guard, row.getString("SQL Original Statement").replaceFirst("DEFINER=\\S+\\s+", ""));
        }
      }
    }
  }

  @AfterEach
  void restoreTheGuards() throws SQLException {
    try (Connection db = Database.connect();
        Statement statement = db.createStatement()) {
      for (Map.Entry<String, String> guard : guardDefinitions.entrySet()) {
        statement.execute("DROP TRIGGER IF EXISTS " + guard.getKey());
        statement.execute(guard.getValue());
      }
    }
  }

  @Test
  void checkPassesOnTheUntouchedChain() {
    assertThat(verify()).contains(INTACT);
  }

  @Test
  void checkFailsWhenAnEventWasChanged() throws SQLException {
    long event = events.get(0);
    dropGuards();
    String summary = Database.text("SELECT summary FROM audit_event WHERE id = ?", event);
    Database.update("UPDATE audit_event SET summary = 'nichts geschehen' WHERE id = ?", event);
    try {
      assertThat(verify()).anySatisfy(m -> assertThat(m).startsWith(BROKEN));
    } finally {
      Database.update("UPDATE audit_event SET summary = ? WHERE id = ?", summary, event);
    }
    assertThat(verify()).contains(INTACT);
  }

  @Test
  void checkFailsWhenAnEventInTheMiddleWasDeleted() throws SQLException {
    long event = events.get(1);
    dropGuards();
    Map<String, Object> row = Database.row("audit_event", event);
    Database.update("DELETE FROM audit_event WHERE id = ?", event);
    try {
      assertThat(verify()).anySatisfy(m -> assertThat(m).startsWith(BROKEN));
    } finally {
      Database.insert("audit_event", row);
    }
    assertThat(verify()).contains(INTACT);
  }

  @Test
  void checkFailsWhenTheNewestEventsWereCutOff() throws SQLException {
    long newest = events.get(2);
    assertThat(Database.count("SELECT MAX(id) FROM audit_event")).isEqualTo(newest);
    dropGuards();
    Map<String, Object> row = Database.row("audit_event", newest);
    Database.update("DELETE FROM audit_event WHERE id = ?", newest);
    try {
      assertThat(verify()).anySatisfy(m -> assertThat(m).contains(TAIL_MISSING));
    } finally {
      Database.insert("audit_event", row);
    }
    assertThat(verify()).contains(INTACT);
  }

  @Test
  void theHeadCannotBeSetBackWithoutDroppingItsGuard() {
    String head = Database.text("SELECT last_hash FROM audit_chain_head WHERE id = 1");
    String previous = Database.text("SELECT previous_hash FROM audit_event WHERE hash = ?", head);

    assertThat(Database.failure("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1", previous))
        .contains("audit_chain_head may only advance along the chain");
    assertThat(Database.failure("DELETE FROM audit_chain_head"))
        .contains("audit_chain_head cannot be deleted");
    assertThat(Database.text("SELECT last_hash FROM audit_chain_head WHERE id = 1"))
        .isEqualTo(head);
  }

  private void dropGuards() throws SQLException {
    try (Connection db = Database.connect();
        Statement statement = db.createStatement()) {
      for (String guard : GUARDS) {
        statement.execute("DROP TRIGGER " + guard);
      }
    }
  }

  private List<String> verify() {
    return AdminPages.verifyAuditChain(admin);
  }

  private void createDepartment(String code) {
    String path = "/admin/departments.xhtml";
    Page opened = AdminPages.openNewDialog(admin, path);
    Page saved =
        admin.ajax(
            opened,
            path,
            "editForm",
            "editForm:save",
            "editForm",
            "editForm listForm",
            Map.of(
                "editForm:code",
                code,
                "editForm:name",
                "Fachplanung " + code,
                "editForm:kind_input",
                "SOCIAL"));
    assertThat(PageText.messages(saved)).contains("Die Änderung wurde gespeichert.");
  }
}

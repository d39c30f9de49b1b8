package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo shows both ends of a cycle at once: this year's plan approved by its committees in
 * signed written circulations and published with progress reports, next year's cycle waiting at
 * consolidation with the open measures carried over; and this year's supplement, rejected once by
 * the Schulträgerausschuss in a signed circulation, with its second version in a circulation open
 * for the demo's members. The test server runs with the demo data, so the start-up bean made them
 * through the services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoCyclesIT {

  private static final int YEAR = LocalDate.now().getYear();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void thisYearsPlanIsPublishedWithProgressReports() {
    long cycle = demoCycle(YEAR);

    assertThat(Database.text("SELECT status FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("PUBLISHED");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM progress_report r JOIN measure m ON m.id = r.measure_id"
                    + " JOIN goal g ON g.id = m.goal_id JOIN work_plan_version v ON v.id = g.version_id"
                    + " WHERE v.cycle_id = ? AND v.status = 'PUBLISHED'",
                cycle))
        .isEqualTo(4);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM work_plan_decision d JOIN work_plan_version v"
                    + " ON v.id = d.version_id WHERE v.cycle_id = ? AND d.step = 'HEAD_SIGN_OFF'"
                    + " AND d.decided_by = 'landrat'",
                cycle))
        .isEqualTo(1);
  }

  @Test
  void thisYearsPlanWasApprovedByItsCommitteesInSignedCirculations() {
    long cycle = demoCycle(YEAR);

    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(CONCAT(c.kind, ' ', p.state, ' ', d.outcome, ' ', d.yes_votes,"
                    + " ' ', d.signed_by) ORDER BY c.kind SEPARATOR ', ') FROM paper p"
                    + " JOIN committee c ON c.id = p.committee_id"
                    + " JOIN committee_decision d ON d.paper_id = p.id"
                    + " JOIN work_plan_version v ON v.id = p.version_id WHERE v.cycle_id = ?"
                    + " AND p.procedure_kind = 'CIRCULATION'",
                cycle))
        .isEqualTo(
            "JUGENDHILFE SIGNED APPROVED 3 vorsitz, KREISAUSSCHUSS SIGNED APPROVED 3 vorsitz");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM work_plan_decision d JOIN work_plan_version v"
                    + " ON v.id = d.version_id WHERE v.cycle_id = ? AND d.step = 'COMMITTEE'"
                    + " AND d.outcome = 'APPROVED' AND d.decided_by = 'vorsitz'",
                cycle))
        .isEqualTo(2);
  }

  @Test
  void nextYearsCycleWaitsAtConsolidationWithOpenMeasuresCarriedOver() {
    long cycle = demoCycle(YEAR + 1);

    assertThat(Database.text("SELECT status FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("RUNNING");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN planning_cycle c"
                    + " ON c.process_instance_id = t.PROC_INST_ID_"
                    + " WHERE c.id = ? AND t.TASK_DEF_KEY_ = 'Task_Consolidate'",
                cycle))
        .isEqualTo(1);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM measure m JOIN goal g ON g.id = m.goal_id"
                    + " JOIN work_plan_version v ON v.id = g.version_id"
                    + " WHERE v.cycle_id = ? AND m.carried_over_from IS NOT NULL",
                cycle))
        .as("the two youth measures still in progress; day care's are done")
        .isEqualTo(2);
  }

  @Test
  void thePlannerOpensBothCyclesWithTheirStateAndStep() {
    // by their pages: the list pages through every cycle, and other tests add cycles of the demo
    // district that sort before these
    PortalClient planner = PortalClient.signedIn(base, "planer");
    String published = PageText.visible(planner.get("/planning/cycle.xhtml?id=" + demoCycle(YEAR)));
    String running =
        PageText.visible(planner.get("/planning/cycle.xhtml?id=" + demoCycle(YEAR + 1)));

    assertThat(published).contains("Jahresarbeitsplan " + YEAR, "Veröffentlicht");
    assertThat(running)
        .contains("Jahresarbeitsplan " + (YEAR + 1), "Läuft", "Entwurf konsolidieren");
  }

  @Test
  void theSchoolCommitteeRejectedTheSupplementsFirstVersionInASignedCirculation() {
    long cycle = supplement();

    assertThat(
            Database.text(
                "SELECT CONCAT(c.kind, ' ', v.number, ' ', d.procedure_kind, ' ', d.outcome,"
                    + " ' ', d.yes_votes, '/', d.no_votes, '/', d.abstentions, ' ', d.signed_by)"
                    + " FROM committee_decision d JOIN paper p ON p.id = d.paper_id"
                    + " JOIN committee c ON c.id = p.committee_id"
                    + " JOIN work_plan_version v ON v.id = p.version_id"
                    + " WHERE v.cycle_id = ? AND d.signed_at IS NOT NULL",
                cycle))
        .isEqualTo("SCHULTRAEGER 1 CIRCULATION REJECTED 1/2/1 vorsitz");
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM work_plan_decision d JOIN work_plan_version v"
                    + " ON v.id = d.version_id WHERE v.cycle_id = ? AND d.step = 'COMMITTEE'"
                    + " AND d.outcome = 'REJECTED' AND d.committee = 'SCHULTRAEGER'",
                cycle))
        .isEqualTo(1);
  }

  @Test
  void theSchoolCommitteesSignedDecisionHasItsRecordAsPdf() {
    long decision =
        Database.ids(
                "SELECT d.id FROM committee_decision d JOIN paper p ON p.id = d.paper_id"
                    + " JOIN work_plan_version v ON v.id = p.version_id"
                    + " WHERE v.cycle_id = ? AND d.signed_at IS NOT NULL",
                supplement())
            .get(0);

    PortalClient.Page pdf =
        PortalClient.signedIn(base, "mitglied").get("/committee/decision/" + decision + ".pdf");

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void theSupplementsSecondVersionIsInACirculationOpenForTheDemoMembers() {
    long cycle = supplement();
    long paper =
        Database.ids(
                "SELECT p.id FROM paper p JOIN work_plan_version v ON v.id = p.version_id"
                    + " JOIN committee c ON c.id = p.committee_id WHERE v.cycle_id = ?"
                    + " AND v.number = 2 AND p.state = 'IN_CIRCULATION'"
                    + " AND p.procedure_kind = 'CIRCULATION' AND c.kind = 'SCHULTRAEGER'",
                cycle)
            .get(0);
    String reference = Database.text("SELECT reference FROM paper WHERE id = ?", paper);

    assertThat(Database.text("SELECT status FROM planning_cycle WHERE id = ?", cycle))
        .isEqualTo("RUNNING");
    assertThat(
            Database.text(
                "SELECT GROUP_CONCAT(t.ASSIGNEE_ ORDER BY t.ASSIGNEE_ SEPARATOR ' ')"
                    + " FROM ACT_RU_TASK t JOIN paper p ON p.process_instance_id = t.PROC_INST_ID_"
                    + " WHERE p.id = ? AND t.TASK_DEF_KEY_ = 'Task_CastVote'",
                paper))
        .isEqualTo("mitglied ratsfrau ratsherr vorsitz");
    assertThat(Database.count("SELECT COUNT(*) FROM committee_vote WHERE paper_id = ?", paper))
        .isZero();
    for (String member : List.of("mitglied", "ratsfrau", "ratsherr", "vorsitz")) {
      assertThat(
              PageText.visible(
                  PortalClient.signedIn(base, member).get("/committee/my-votes.xhtml")))
          .as(member)
          .contains(reference, "Nachtrag Ganztag " + YEAR);
    }
  }

  private static long supplement() {
    return cycleTitled(YEAR, "Nachtrag Ganztag " + YEAR);
  }

  private static long demoCycle(int year) {
    return cycleTitled(year, "Jahresarbeitsplan " + year);
  }

  private static long cycleTitled(int year, String title) {
    List<Long> ids =
        Database.ids(
            "SELECT c.id FROM planning_cycle c JOIN organisation o ON o.id = c.organisation_id"
                + " WHERE o.code = 'lk-musterland' AND c.plan_year = ? AND c.started_by = 'planer'"
                + " AND c.title = ?",
            year,
            title);
    assertThat(ids)
        .as("one demo cycle '" + title + "', however often the server started")
        .hasSize(1);
    return ids.get(0);
  }
}

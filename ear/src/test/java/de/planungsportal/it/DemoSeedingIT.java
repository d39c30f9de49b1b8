package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.datarequest.DemoDataRequests;
import de.planungsportal.planning.DemoCycles;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A demo restarted (Ctrl-C, start again) seeds its cycles again only on an empty district: the
 * start-up bean's second run here, on the demo database it already filled, makes, loses and repeats
 * nothing of the cycles, papers, votes, decisions and open tasks.
 */
@ExtendWith(ArquillianExtension.class)
class DemoSeedingIT {

  private static final String DEMO = "(SELECT id FROM organisation WHERE code = 'lk-musterland')";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(DemoSeedingIT.class);
  }

  @Inject DemoCycles demoCycles;
  @Inject DemoDataRequests demoDataRequests;
  @PersistenceContext EntityManager em;

  @Test
  void seedingAgainOnTheFilledDemoDatabaseChangesNothing() {
    List<Long> before = counts();
    assertThat(before.get(0)).as("the demo's three cycles are there, once each").isEqualTo(3);

    boolean seeded = demoCycles.seed();

    assertThat(seeded).isFalse();
    assertThat(counts()).isEqualTo(before);
  }

  /**
   * The demo's data requests, to the schools and to the two day-care centres (one answered and
   * accepted, one open), are made once: seeding again on the filled database adds nothing.
   */
  @Test
  void seedingDataRequestsAgainAddsNoSecondRequestToTheSchoolsOrTheKitas() {
    List<Long> before = dataRequestCounts();
    assertThat(before.subList(0, 3))
        .as("two demo requests; of the two Kitas asked one accepted, one open")
        .containsExactly(2L, 1L, 1L);

    boolean seeded = demoDataRequests.seed();

    assertThat(seeded).isFalse();
    assertThat(dataRequestCounts()).isEqualTo(before);
  }

  private List<Long> dataRequestCounts() {
    String kitas =
        "SELECT COUNT(*) FROM data_request_recipient x JOIN data_request r ON r.id = x.request_id"
            + " JOIN school s ON s.id = x.school_id WHERE r.organisation_id = "
            + DEMO
            + " AND r.title = 'Betreuung in Kitas (Demo)' AND s.school_type = 'KITA' AND x.state = ";
    return List.of(
        count(
            "SELECT COUNT(*) FROM data_request WHERE organisation_id = "
                + DEMO
                + " AND title IN ('Ganztagsangebote an Schulen (Demo)', 'Betreuung in Kitas (Demo)')"),
        count(kitas + "'ACCEPTED'"),
        count(kitas + "'OPEN'"),
        count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TENANT_ID_ = 'lk-musterland'"));
  }

  private List<Long> counts() {
    int year = LocalDate.now().getYear();
    return List.of(
        count(
            "SELECT COUNT(*) FROM planning_cycle WHERE organisation_id = "
                + DEMO
                + " AND started_by = 'planer' AND title IN ('Jahresarbeitsplan "
                + year
                + "', 'Jahresarbeitsplan "
                + (year + 1)
                + "', 'Nachtrag Ganztag "
                + year
                + "')"),
        count("SELECT COUNT(*) FROM paper WHERE organisation_id = " + DEMO),
        count(
            "SELECT COUNT(*) FROM committee_vote v JOIN paper p ON p.id = v.paper_id"
                + " WHERE p.organisation_id = "
                + DEMO),
        count(
            "SELECT COUNT(*) FROM committee_decision d JOIN paper p ON p.id = d.paper_id"
                + " WHERE p.organisation_id = "
                + DEMO),
        count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TENANT_ID_ = 'lk-musterland'"),
        count("SELECT COUNT(*) FROM audit_event WHERE organisation_id = " + DEMO));
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}

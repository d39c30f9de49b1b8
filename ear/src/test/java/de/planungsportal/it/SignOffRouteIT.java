package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.planungsportal.area.Committee;
import de.planungsportal.area.Department;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureInput;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The head signs off a school plan in a district whose Schulträgerausschuss has ended: the sign-off
 * is refused up front with a message naming the missing committee, nothing changes, and once the
 * committee sits again the same sign-off goes through to the committee's paper. Before, the paper's
 * creation failed deep in the process with an exception the head could not read.
 */
@ExtendWith(ArquillianExtension.class)
class SignOffRouteIT {

  private static final int YEAR = LocalDate.now().getYear() + 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(SignOffRouteIT.class);
  }

  @Inject PlanningCycleService cycles;
  @Inject ContributionService contributions;
  @Inject ConsolidationService consolidation;
  @Inject DecisionService decisions;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;
  private PlanningCycle cycle;
  private WorkPlanVersion version;
  private Actor head;

  @BeforeEach
  void schoolPlanWaitingForTheHeadInADistrictWithoutSchoolCommittee() throws Exception {
    tx.begin();
    district =
        new Organisation(
            "sr-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Ohneausschuss",
            Organisation.Kind.DISTRICT);
    em.persist(district);
    Department schools =
        new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
    em.persist(schools);
    committee("jugendhilfe", "JUGENDHILFE", null);
    committee("schultraeger", "SCHULTRAEGER", LocalDate.now().minusMonths(1));
    tx.commit();

    Actor planner = actor(district, "planer", Role.PLANNER, null);
    Actor contributor = actor(district, "schulamt", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());
    head = actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null);
    cycle =
        cycles.start(
            planner,
            new StartCycle(
                YEAR,
                "Jahresarbeitsplan " + YEAR,
                List.of(schools.getId()),
                LocalDate.now().plusDays(20),
                "P3M",
                false));
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    Goal goal =
        contributions.addGoal(contributor, contribution.getId(), "Bildung", "Gute Schulwege", null);
    contributions.addMeasure(
        contributor,
        goal.getId(),
        MeasureInput.of(
            "Schulbus Nord", schools.getId(), new BigDecimal("30000"), LocalDate.of(YEAR, 9, 1)));
    contribution = contributions.mine(contributor, cycle.getId()).get(0);
    contributions.submit(contributor, contribution.getId(), contribution.getVersion());
    WorkPlanVersion draft = consolidation.createDraft(planner, cycle.getId());
    em.getEntityManagerFactory().getCache().evictAll();
    for (Measure proposal :
        em.createQuery(
                "select m from Measure m where m.goal.contribution.cycle.id = :c", Measure.class)
            .setParameter("c", cycle.getId())
            .getResultList()) {
      consolidation.accept(planner, draft.getId(), proposal.getId(), null, null);
    }
    version = consolidation.draft(planner, cycle.getId()).orElseThrow();
    consolidation.submit(planner, version.getId(), version.getVersion());
  }

  @Test
  void signOffIsRefusedNamingTheMissingCommitteeAndNothingChanges() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> decisions.approve(head, version.getId()));

    assertThat(refused).isNotNull();
    assertThat(refused.messageKey()).isEqualTo("planning.signOff.committeeMissing");
    assertThat(text(Locale.GERMAN, refused))
        .contains("Schulträgerausschuss")
        .doesNotContain("Jugendhilfeausschuss", "SCHULTRAEGER");
    assertThat(text(Locale.ENGLISH, refused)).contains("school board committee");

    assertThat(versionStatus()).isEqualTo("SUBMITTED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM work_plan_decision WHERE version_id = ?1 AND step = 'HEAD_SIGN_OFF'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM paper WHERE version_id = ?1")).isZero();
    assertThat(decisions.awaitingSignOff(head, cycle.getId()).getId()).isEqualTo(version.getId());
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_RU_INCIDENT i JOIN planning_cycle c"
                    + " ON c.process_instance_id = i.PROC_INST_ID_ JOIN work_plan_version v"
                    + " ON v.cycle_id = c.id WHERE v.id = ?1"))
        .isZero();
  }

  @Test
  void onceTheCommitteeSitsAgainTheSameSignOffReachesItsPaper() throws Exception {
    tx.begin();
    district = em.find(Organisation.class, district.getId());
    committee("schultraeger-neu", "SCHULTRAEGER", null);
    tx.commit();

    decisions.approve(head, version.getId());

    assertThat(versionStatus()).isEqualTo("APPROVED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM paper p JOIN committee c ON c.id = p.committee_id"
                    + " WHERE p.version_id = ?1 AND c.code = 'schultraeger-neu'"))
        .isEqualTo(1);
  }

  private void committee(String code, String kind, LocalDate endedOn) {
    Committee committee = new Committee(district, code, "Ausschuss " + code);
    committee.setKind(kind);
    committee.setEndedOn(endedOn);
    em.persist(committee);
  }

  private static String text(Locale locale, InvalidInputException e) {
    return Translatable.format(
        ResourceBundle.getBundle("de.planungsportal.i18n.messages", locale),
        locale,
        e.messageKey(),
        e.arguments());
  }

  private String versionStatus() {
    return (String)
        em.createNativeQuery("SELECT status FROM work_plan_version WHERE id = ?1")
            .setParameter(1, version.getId())
            .getSingleResult();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, version.getId()).getSingleResult())
        .longValue();
  }
}

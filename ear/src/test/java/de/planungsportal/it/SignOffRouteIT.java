package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.planungsportal.area.Committee;
import de.planungsportal.area.Department;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
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
    return Deployments.applicationWith(SignOffRouteIT.class, PlanningSteps.class);
  }

  @Inject DecisionService decisions;
  @Inject PlanningSteps planning;
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

    head = actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null);
    PlanningSteps.Submitted submitted = planning.submittedDraft(district, schools, YEAR);
    cycle = submitted.cycle();
    version = submitted.version();
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

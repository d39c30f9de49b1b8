package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.area.Department;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.workflow.TaskListService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Claiming and releasing through TaskListService on the embedded engine: only a task in the actor's
 * own list (own organisation, offered to one of the actor's groups or assigned to the actor) can be
 * claimed, only one's own claim released; every refusal leaves the task's assignee as it was.
 */
@ExtendWith(ArquillianExtension.class)
class TaskClaimIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(TaskClaimIT.class);
  }

  @Inject PlanningCycleService cycles;
  @Inject TaskListService taskList;
  @Inject ContributionService contributions;
  @Inject TaskService taskService;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Actor planner;
  private Actor schoolContributor;
  private Actor schoolColleague;
  private Actor youthContributor;
  private Actor otherOrganisationsContributor;
  private Task schoolTask;
  private long cycleId;

  @BeforeEach
  void cycleWaitingForContributions() throws Exception {
    tx.begin();
    Organisation district =
        new Organisation(code(), "Landkreis Testhausen", Organisation.Kind.DISTRICT);
    Organisation other = new Organisation(code(), "Landkreis Anderswo", Organisation.Kind.DISTRICT);
    em.persist(district);
    em.persist(other);
    Department schools =
        new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
    Department youth =
        new Department(district, "jugend", "Jugendamt", Department.Kind.YOUTH_WELFARE);
    Department otherSchools =
        new Department(other, "schule", "Schulamt", Department.Kind.EDUCATION);
    em.persist(schools);
    em.persist(youth);
    em.persist(otherSchools);
    tx.commit();
    planner = actor(district, "planer", Role.PLANNER, null);
    schoolContributor = actor(district, "schulamt", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());
    schoolColleague = actor(district, "schulamt2", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());
    youthContributor = actor(district, "jugendamt", Role.DEPARTMENT_CONTRIBUTOR, youth.getId());
    // the same group name as the district's school department would have, in another tenant
    otherOrganisationsContributor =
        actor(other, "fremd", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());

    PlanningCycle cycle =
        cycles.start(
            planner,
            new StartCycle(
                LocalDate.now().getYear() + 1,
                "Jahresarbeitsplan",
                List.of(schools.getId(), youth.getId()),
                LocalDate.now().plusDays(20),
                "P3M",
                false));
    cycleId = cycle.getId();
    schoolTask =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(cycle.getId().toString())
            .taskCandidateGroup("department-contributor#department-" + schools.getId())
            .singleResult();
    assertThat(schoolTask).isNotNull();
  }

  @Test
  void contributorClaimsAndReleasesATaskOfTheOwnDepartment() {
    taskList.claim(schoolContributor, schoolTask.getId());
    assertThat(assignee()).isEqualTo("schulamt");

    taskList.unclaim(schoolContributor, schoolTask.getId());
    assertThat(assignee()).isNull();
  }

  @Test
  void tasksOutsideTheOwnListCannotBeClaimed() {
    for (Actor stranger : List.of(youthContributor, otherOrganisationsContributor, planner)) {
      assertThat(catchThrowable(() -> taskList.claim(stranger, schoolTask.getId())))
          .as(stranger.username())
          .isInstanceOf(AccessDeniedException.class);
      assertThat(assignee()).as(stranger.username()).isNull();
    }
    assertThat(catchThrowable(() -> taskList.claim(schoolContributor, "no-such-task")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyTheOwnClaimCanBeReleasedAndAClaimedTaskNotTakenOver() {
    taskList.claim(schoolContributor, schoolTask.getId());

    assertThat(catchThrowable(() -> taskList.unclaim(schoolColleague, schoolTask.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catchThrowable(() -> taskList.claim(schoolColleague, schoolTask.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catchThrowable(() -> taskList.unclaim(youthContributor, schoolTask.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(catchThrowable(() -> taskList.claim(schoolContributor, schoolTask.getId())))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("tasks.alreadyYours");
    assertThat(assignee()).isEqualTo("schulamt");
  }

  @Test
  void aTaskClaimedByAColleagueCannotBeCompletedThroughItsForm() {
    taskList.claim(schoolColleague, schoolTask.getId());
    long contribution = contributions.mine(schoolContributor, cycleId).get(0).getId();
    int version = contributions.find(schoolContributor, contribution).getVersion();

    assertThat(catchThrowable(() -> contributions.submit(schoolContributor, contribution, version)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("tasks.alreadyClaimed");
    assertThat(assignee()).isEqualTo("schulamt2");
    assertThat(contributions.find(schoolContributor, contribution).getStatus())
        .isEqualTo(Contribution.Status.OPEN);

    contributions.submit(schoolColleague, contribution, version);
    assertThat(taskService.createTaskQuery().taskId(schoolTask.getId()).count()).isZero();
  }

  @Test
  void aTaskOfferedToTheGroupCannotBeReleasedByAMemberWhoDidNotClaimIt() {
    assertThat(catchThrowable(() -> taskList.unclaim(schoolContributor, schoolTask.getId())))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("tasks.notClaimedByYou");
    assertThat(assignee()).isNull();
  }

  private String assignee() {
    return taskService.createTaskQuery().taskId(schoolTask.getId()).singleResult().getAssignee();
  }

  private static String code() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

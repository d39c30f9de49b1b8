package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.area.Department;
import de.planungsportal.planning.PlanViews.CurrentStep;
import de.planungsportal.planning.PlanViews.CycleRow;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.planning.WorkPlanQueries.CycleSort;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning read service in the server, on cycles whose process instances run in the embedded
 * engine: the current step of each cycle on a page, and who reads which cycles.
 */
@ExtendWith(ArquillianExtension.class)
class WorkPlanQueriesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(WorkPlanQueriesIT.class);
  }

  @Inject WorkPlanQueries queries;
  @Inject RuntimeService runtimeService;
  @Inject TaskService taskService;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;
  private Organisation partner;
  private Department youth;
  private Department kita;

  @BeforeEach
  void organisations() throws Exception {
    tx.begin();
    district = organisation("Landkreis Lesehausen");
    partner = organisation("Stadt Partnerhausen");
    youth = new Department(district, "jugend", "Jugendhilfeplanung", Department.Kind.YOUTH_WELFARE);
    kita = new Department(district, "kita", "Kita-Bedarfsplanung", Department.Kind.DAY_CARE);
    em.persist(youth);
    em.persist(kita);
    tx.commit();
  }

  @Test
  void eachCycleOnAPageShowsTheActiveUserTasksOfItsProcess() throws Exception {
    PlanningCycle contributing = cycle(2027, "Zyklus mit Beiträgen", PlanningCycle.Status.RUNNING);
    PlanningCycle consolidating =
        cycle(2028, "Zyklus in Konsolidierung", PlanningCycle.Status.RUNNING);
    PlanningCycle withoutProcess = cycle(2026, "Zyklus ohne Prozess", PlanningCycle.Status.RUNNING);
    run(contributing);
    String second = run(consolidating);
    for (Task task : taskService.createTaskQuery().processInstanceId(second).list()) {
      taskService.complete(task.getId());
    }

    List<CycleRow> page =
        queries.cycles(actor(district, Role.PLANNER), 0, 20, CycleSort.YEAR, true);

    assertThat(page)
        .extracting(CycleRow::title)
        .containsExactly(
            withoutProcess.getTitle(), contributing.getTitle(), consolidating.getTitle());
    assertThat(page.get(0).currentSteps()).isEmpty();
    assertThat(page.get(1).currentSteps())
        .containsExactly(new CurrentStep("Task_Contribute", "Beitrag einreichen", 2));
    assertThat(page.get(2).currentSteps())
        .containsExactly(new CurrentStep("Task_Consolidate", "Entwurf konsolidieren", 1));
    assertThat(queries.cycle(actor(district, Role.PLANNER), consolidating.getId()))
        .hasValueSatisfying(
            d ->
                assertThat(d.cycle().currentSteps())
                    .extracting(CurrentStep::taskKey)
                    .containsExactly("Task_Consolidate"));
    assertThat(queries.countCycles(actor(district, Role.PLANNER))).isEqualTo(3);
  }

  @Test
  void contributorsAndPartnersReadPublishedCyclesOnlyAndOthersNothing() throws Exception {
    PlanningCycle running = cycle(2027, "Laufender Zyklus", PlanningCycle.Status.RUNNING);
    PlanningCycle published =
        cycle(2026, "Veröffentlichter Zyklus", PlanningCycle.Status.PUBLISHED);
    Actor contributor = actor(district, Role.DEPARTMENT_CONTRIBUTOR);
    Actor partnerPlanner = actor(partner, Role.PLANNER);

    assertThat(titles(actor(district, Role.ADMINISTRATIVE_HEAD)))
        .containsExactly(running.getTitle(), published.getTitle());
    assertThat(titles(contributor)).containsExactly(published.getTitle());
    assertThat(queries.cycle(contributor, running.getId())).isEmpty();
    assertThat(titles(partnerPlanner)).isEmpty();
    assertThat(queries.cycle(partnerPlanner, published.getId())).isEmpty();

    share(district, partner);

    assertThat(titles(partnerPlanner)).containsExactly(published.getTitle());
    assertThat(queries.cycle(partnerPlanner, published.getId()))
        .hasValueSatisfying(
            d -> {
              assertThat(d.full()).isFalse();
              assertThat(d.cycle().shared()).isTrue();
              assertThat(d.departments()).isEmpty();
            });
    assertThat(queries.cycle(partnerPlanner, running.getId())).isEmpty();
    assertThatThrownBy(() -> queries.countCycles(actor(district, Role.ADMIN)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> queries.cycle(actor(district, Role.COMMITTEE_MEMBER), running.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void versionsOfDifferentCyclesAreNotCompared() throws Exception {
    PlanningCycle first = cycle(2027, "Erster", PlanningCycle.Status.RUNNING);
    PlanningCycle second = cycle(2028, "Zweiter", PlanningCycle.Status.RUNNING);
    tx.begin();
    WorkPlanVersion a =
        new WorkPlanVersion(em.find(PlanningCycle.class, first.getId()), 1, "planer");
    WorkPlanVersion b =
        new WorkPlanVersion(em.find(PlanningCycle.class, second.getId()), 1, "planer");
    em.persist(a);
    em.persist(b);
    tx.commit();
    Actor planner = actor(district, Role.PLANNER);

    assertThat(queries.compare(planner, a.getId(), a.getId())).isPresent();
    assertThat(queries.compare(planner, a.getId(), b.getId())).isEmpty();
    assertThat(queries.compare(actor(partner, Role.PLANNER), a.getId(), a.getId())).isEmpty();
  }

  private List<String> titles(Actor actor) {
    return queries.cycles(actor, 0, 20, CycleSort.YEAR, false).stream()
        .map(CycleRow::title)
        .toList();
  }

  private Organisation organisation(String name) {
    Organisation organisation =
        new Organisation(
            "it-" + UUID.randomUUID().toString().substring(0, 8), name, Organisation.Kind.DISTRICT);
    em.persist(organisation);
    return organisation;
  }

  private PlanningCycle cycle(int year, String title, PlanningCycle.Status status)
      throws Exception {
    tx.begin();
    PlanningCycle cycle =
        new PlanningCycle(
            em.find(Organisation.class, district.getId()),
            year,
            title,
            "planer",
            LocalDate.now().plusMonths(2),
            List.of(
                em.find(Department.class, youth.getId()), em.find(Department.class, kita.getId())),
            null);
    em.persist(cycle);
    em.flush();
    em.createNativeQuery("UPDATE planning_cycle SET status = ? WHERE id = ?")
        .setParameter(1, status.name())
        .setParameter(2, cycle.getId())
        .executeUpdate();
    tx.commit();
    return cycle;
  }

  /** Starts the cycle's process as the start use case does; the instance's id. */
  private String run(PlanningCycle cycle) throws Exception {
    Date due =
        Date.from(LocalDate.now().plusMonths(2).atStartOfDay(ZoneId.systemDefault()).toInstant());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.ORGANISATION_CODE, district.getCode());
    variables.put(ProcessVariables.PLANNING_CYCLE_ID, cycle.getId());
    variables.put(ProcessVariables.YEAR, cycle.getYear());
    variables.put(
        ProcessVariables.DEPARTMENTS, new ArrayList<>(List.of(youth.getId(), kita.getId())));
    variables.put(ProcessVariables.CONTRIBUTION_DUE, due);
    variables.put(ProcessVariables.CONTRIBUTION_REMINDER_DATE, due);
    tx.begin();
    String id =
        runtimeService.startProcessInstanceByKey(ProcessModels.PLANNING_CYCLE, variables).getId();
    em.createNativeQuery("UPDATE planning_cycle SET process_instance_id = ? WHERE id = ?")
        .setParameter(1, id)
        .setParameter(2, cycle.getId())
        .executeUpdate();
    tx.commit();
    return id;
  }

  private void share(Organisation owner, Organisation grantee) throws Exception {
    tx.begin();
    em.createNativeQuery(
            "INSERT INTO sharing_grant (owner_organisation_id, grantee_organisation_id, scope,"
                + " granted_by, granted_at) VALUES (?, ?, 'PUBLISHED_PLANS', 'admin', NOW())")
        .setParameter(1, owner.getId())
        .setParameter(2, grantee.getId())
        .executeUpdate();
    tx.commit();
  }

  private static Actor actor(Organisation organisation, Role role) {
    return new Actor(
        1,
        "leser",
        "Lea Leser",
        organisation.getId(),
        organisation.getCode(),
        organisation.getName(),
        List.of(new Actor.Grant(role, null, null, null)));
  }
}

package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.planungsportal.planning.CycleConflictException;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.tenant.Organisation;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hello process from process-models on the embedded engine: its steps and the domain writes
 * they cause share one JTA transaction.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningCycleProcessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(PlanningCycleProcessIT.class);
  }

  @Inject PlanningCycleService cycles;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Organisation district;

  @BeforeEach
  void createDistrict() throws Exception {
    tx.begin();
    district =
        new Organisation(
            "it-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Testhausen",
            Organisation.Kind.DISTRICT);
    em.persist(district);
    tx.commit();
  }

  @Test
  void startedCycleWaitsForAPlannerOfItsOrganisation() {
    PlanningCycle cycle = cycles.start(district.getId(), 2027, "Jahresarbeitsplan 2027");

    Task task = confirmationTaskOf(cycle);
    assertThat(task).isNotNull();
    assertThat(task.getTenantId()).isEqualTo(district.getCode());
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("planner"));
    assertThat(reload(cycle).getStatus()).isEqualTo(PlanningCycle.Status.DRAFT);
  }

  @Test
  void confirmationCompletesTaskAndOpensCycleTogether() {
    PlanningCycle cycle = cycles.start(district.getId(), 2027, "Jahresarbeitsplan 2027");

    cycles.confirm(cycle.getId(), "planer");

    PlanningCycle reloaded = reload(cycle);
    assertThat(reloaded.getStatus()).isEqualTo(PlanningCycle.Status.OPEN);
    assertThat(reloaded.getConfirmedBy()).isEqualTo("planer");
    assertThat(confirmationTaskOf(cycle)).isNull();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId())
                .singleResult()
                .getEndTime())
        .isNotNull();
  }

  @Test
  void failingOpenStepRollsBackTheConfirmationAndKeepsTheTask() {
    PlanningCycle first = cycles.start(district.getId(), 2028, "Jahresarbeitsplan 2028");
    PlanningCycle second = cycles.start(district.getId(), 2028, "Jahresarbeitsplan 2028 (Kopie)");
    cycles.confirm(first.getId(), "planer");

    Throwable failure = catchThrowable(() -> cycles.confirm(second.getId(), "zweiter.planer"));

    assertThat(causesOf(failure)).hasAtLeastOneElementOfType(CycleConflictException.class);

    PlanningCycle reloaded = reload(second);
    assertThat(reloaded.getStatus()).isEqualTo(PlanningCycle.Status.DRAFT);
    assertThat(reloaded.getConfirmedBy()).as("domain write rolled back").isNull();
    assertThat(confirmationTaskOf(second)).as("task completion rolled back").isNotNull();
  }

  private Task confirmationTaskOf(PlanningCycle cycle) {
    return taskService
        .createTaskQuery()
        .processInstanceId(cycle.getProcessInstanceId())
        .taskDefinitionKey("Task_ConfirmCycle")
        .singleResult();
  }

  private static List<Throwable> causesOf(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private PlanningCycle reload(PlanningCycle cycle) {
    em.clear();
    return em.find(PlanningCycle.class, cycle.getId());
  }
}

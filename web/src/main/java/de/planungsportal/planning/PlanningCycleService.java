package de.planungsportal.planning;

import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Use cases of a planning cycle. Each method is one JTA transaction shared by EclipseLink and the
 * Camunda engine, so a domain change and the process step it belongs to commit or roll back
 * together.
 */
@ApplicationScoped
@Transactional
public class PlanningCycleService {

  static final String TASK_CONFIRM = "Task_ConfirmCycle";

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskService taskService;

  public PlanningCycle start(long organisationId, int year, String title) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new IllegalArgumentException("No organisation " + organisationId);
    }
    PlanningCycle cycle = new PlanningCycle(organisation, year, title);
    em.persist(cycle);
    em.flush();
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(
                ProcessModels.HELLO_PLANNING_CYCLE,
                String.valueOf(cycle.getId()),
                Map.of(
                    ProcessVariables.PLANNING_CYCLE_ID, cycle.getId(),
                    ProcessVariables.ORGANISATION_CODE, organisation.getCode()))
            .getId();
    cycle.runBy(instanceId);
    return cycle;
  }

  /** Records who confirmed the cycle and completes the confirmation task, which opens it. */
  public void confirm(long cycleId, String username) {
    PlanningCycle cycle = find(cycleId);
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(cycle.getProcessInstanceId())
            .taskDefinitionKey(TASK_CONFIRM)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("Cycle " + cycleId + " is not waiting for confirmation");
    }
    cycle.confirmBy(username);
    taskService.complete(task.getId());
  }

  /** Called by the process once the cycle is confirmed. */
  public void open(long cycleId) {
    PlanningCycle cycle = find(cycleId);
    Long othersOpen =
        em.createQuery(
                "select count(c) from PlanningCycle c where c.organisation = :organisation"
                    + " and c.year = :year and c.status = :open and c.id <> :id",
                Long.class)
            .setParameter("organisation", cycle.getOrganisation())
            .setParameter("year", cycle.getYear())
            .setParameter("open", PlanningCycle.Status.OPEN)
            .setParameter("id", cycle.getId())
            .getSingleResult();
    if (othersOpen > 0) {
      throw new CycleConflictException(cycle.getOrganisation().getCode(), cycle.getYear());
    }
    cycle.open();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanningCycle find(long cycleId) {
    PlanningCycle cycle = em.find(PlanningCycle.class, cycleId);
    if (cycle == null) {
      throw new IllegalArgumentException("No planning cycle " + cycleId);
    }
    return cycle;
  }
}

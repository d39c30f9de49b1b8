package de.planungsportal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Use cases of a planning cycle. Each method is one JTA transaction shared by EclipseLink and the
 * Camunda engine, so a domain change and the process step it belongs to commit or roll back
 * together.
 */
@ApplicationScoped
@Transactional
public class PlanningCycleService {

  @PersistenceContext private EntityManager em;
  @Inject private RuntimeService runtimeService;
  @Inject private TaskService taskService;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanningCycle find(long cycleId) {
    PlanningCycle cycle = em.find(PlanningCycle.class, cycleId);
    if (cycle == null) {
      throw new IllegalArgumentException("No planning cycle " + cycleId);
    }
    return cycle;
  }
}

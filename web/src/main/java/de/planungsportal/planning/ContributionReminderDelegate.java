package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Reminds the departments whose contribution is still open, before the due date. */
@Named("contributionReminder")
@ApplicationScoped
public class ContributionReminderDelegate implements JavaDelegate {

  @PersistenceContext private EntityManager em;
  @Inject private CycleMail mail;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    PlanningCycle cycle = cycleOf(em, execution);
    mail.remind(cycle, openDepartments(em, cycle));
  }

  static PlanningCycle cycleOf(EntityManager em, DelegateExecution execution) {
    Number id = (Number) execution.getVariable(ProcessVariables.PLANNING_CYCLE_ID);
    return em.find(PlanningCycle.class, id.longValue());
  }

  static List<Department> openDepartments(EntityManager em, PlanningCycle cycle) {
    return em.createQuery(
            "select c.department from Contribution c where c.cycle = :cycle and c.status = :open"
                + " order by c.department.name",
            Department.class)
        .setParameter("cycle", cycle)
        .setParameter("open", Contribution.Status.OPEN)
        .getResultList();
  }
}

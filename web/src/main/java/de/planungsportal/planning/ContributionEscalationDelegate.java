package de.planungsportal.planning;

import de.planungsportal.area.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells the planners which departments missed the due date; their tasks stay open. */
@Named("contributionEscalation")
@ApplicationScoped
public class ContributionEscalationDelegate implements JavaDelegate {

  @PersistenceContext private EntityManager em;
  @Inject private CycleMail mail;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    PlanningCycle cycle = ContributionReminderDelegate.cycleOf(em, execution);
    List<Department> missing = ContributionReminderDelegate.openDepartments(em, cycle);
    if (!missing.isEmpty()) {
      mail.escalate(cycle, missing);
    }
  }
}

package de.planungsportal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Each follow-up round: the published measures past their due date and still open, to planners. */
@Named("flagOverdueMeasures")
@ApplicationScoped
public class FlagOverdueMeasuresDelegate implements JavaDelegate {

  @PersistenceContext private EntityManager em;
  @Inject private CycleMail mail;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    PlanningCycle cycle = ContributionReminderDelegate.cycleOf(em, execution);
    List<Measure> overdue = FollowUpService.overdue(em, cycle, LocalDate.now());
    if (!overdue.isEmpty()) {
      mail.overdue(cycle, overdue);
    }
  }
}

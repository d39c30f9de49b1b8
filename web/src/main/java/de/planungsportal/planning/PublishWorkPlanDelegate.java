package de.planungsportal.planning;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Publishes the approved version: it and its cycle become PUBLISHED, and the owner departments of
 * its measures are the ones asked for progress reports.
 */
@Named("publishWorkPlan")
@ApplicationScoped
public class PublishWorkPlanDelegate implements JavaDelegate {

  /** Who the decision row and audit event name: publication follows from the approvals. */
  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    PlanningCycle cycle = ContributionReminderDelegate.cycleOf(em, execution);
    Number versionId = (Number) execution.getVariable(ProcessVariables.WORK_PLAN_VERSION_ID);
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId.longValue());
    version.decided(WorkPlanVersion.Status.PUBLISHED);
    cycle.publish();
    em.persist(
        new WorkPlanDecision(
            version,
            WorkPlanDecision.Step.PUBLISHED,
            null,
            WorkPlanDecision.Outcome.PUBLISHED,
            null,
            SYSTEM));
    execution.setVariable(
        ProcessVariables.REPORTING_DEPARTMENTS,
        new ArrayList<>(
            version.measures().stream()
                .map(m -> m.getOwnerDepartment().getId())
                .distinct()
                .sorted()
                .toList()));
    audit.record(
        SYSTEM,
        cycle.getOrganisation().getId(),
        "WORK_PLAN_PUBLISHED",
        "WorkPlanVersion",
        version.getId(),
        DecisionService.describe(version) + " veröffentlicht",
        null);
  }
}

package de.planungsportal.planning;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A committee's signed decision came back from its committee-approval instance: it becomes the
 * version's decision row and an audit event of the cycle; amended or rejected returns the version.
 * Approvals withdrawn because another committee decided first record nothing. Planning knows only
 * the returned variables, nothing of the committee feature.
 */
@Named("committeeDecisionReturned")
@ApplicationScoped
public class CommitteeDecisionReturnedListener implements ExecutionListener {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Override
  @Transactional
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String committee = (String) execution.getVariable(ProcessVariables.COMMITTEE);
    String outcome = (String) execution.getVariable(ProcessVariables.COMMITTEE_OUTCOME);
    String reasons = (String) execution.getVariable(ProcessVariables.COMMITTEE_REASONS);
    Number versionId = (Number) execution.getVariable(ProcessVariables.WORK_PLAN_VERSION_ID);
    WorkPlanVersion version = em.find(WorkPlanVersion.class, versionId.longValue());
    WorkPlanDecision.Outcome decided =
        switch (outcome) {
          case ProcessVariables.APPROVED -> WorkPlanDecision.Outcome.APPROVED;
          case ProcessVariables.AMENDED -> WorkPlanDecision.Outcome.AMENDED;
          case ProcessVariables.REJECTED -> WorkPlanDecision.Outcome.REJECTED;
          default -> throw new IllegalStateException("committee outcome " + outcome);
        };
    if (decided != WorkPlanDecision.Outcome.APPROVED) {
      version.decided(WorkPlanVersion.Status.RETURNED);
    }
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor =
        authentication == null || authentication.getUserId() == null
            ? PublishWorkPlanDelegate.SYSTEM
            : authentication.getUserId();
    em.persist(
        new WorkPlanDecision(
            version, WorkPlanDecision.Step.COMMITTEE, committee, decided, reasons, actor));
    audit.record(
        actor,
        version.getCycle().getOrganisation().getId(),
        "WORK_PLAN_COMMITTEE_" + decided.name(),
        "WorkPlanVersion",
        version.getId(),
        DecisionService.describe(version)
            + ": Beschluss "
            + committee
            + " "
            + outcome
            + (reasons == null ? "" : ": " + reasons),
        null);
  }
}

package de.planungsportal.workflow;

import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.processmodels.ProcessVariables;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Models are deployed once for all organisations; each instance belongs to the organisation that
 * started it (its code is the tenant id), and called sub-processes inherit it. Housekeeping
 * processes of the installation belong to no organisation.
 */
class OrganisationTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    if (ProcessModels.SYSTEM_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
      return null;
    }
    Object code = ctx.getVariables().get(ProcessVariables.ORGANISATION_CODE);
    if (code == null) {
      throw new IllegalArgumentException(
          "Process " + ctx.getProcessDefinition().getKey() + " started without organisation");
    }
    return code.toString();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}

package de.planungsportal.processmodels;

/** Names of the few, typed process variables shared by models, delegates and services. */
public final class ProcessVariables {

  /** Long: id of the planning cycle the instance runs. */
  public static final String PLANNING_CYCLE_ID = "planningCycleId";

  /** String: code of the owning organisation; becomes the instance's Camunda tenant id. */
  public static final String ORGANISATION_CODE = "organisationCode";

  private ProcessVariables() {}
}

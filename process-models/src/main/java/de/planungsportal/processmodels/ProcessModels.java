package de.planungsportal.processmodels;

import java.util.List;

/**
 * The models the application deploys, listed explicitly so that a stray file in the jar never
 * becomes a running process. A test checks that the list and the folder agree.
 */
public final class ProcessModels {

  public static final String HELLO_PLANNING_CYCLE = "HelloPlanningCycle";

  public static final List<String> RESOURCES = List.of("bpmn/HelloPlanningCycle.bpmn");

  private ProcessModels() {}
}

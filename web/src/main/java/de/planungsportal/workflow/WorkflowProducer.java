package de.planungsportal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine's services injectable. */
@ApplicationScoped
public class WorkflowProducer {

  @Inject private ProcessEngineStartup startup;

  @Produces
  ProcessEngine processEngine() {
    return startup.processEngine();
  }

  @Produces
  RuntimeService runtimeService() {
    return startup.processEngine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return startup.processEngine().getTaskService();
  }

  @Produces
  RepositoryService repositoryService() {
    return startup.processEngine().getRepositoryService();
  }

  @Produces
  HistoryService historyService() {
    return startup.processEngine().getHistoryService();
  }
}

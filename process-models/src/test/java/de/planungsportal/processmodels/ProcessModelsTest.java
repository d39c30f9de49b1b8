package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
class ProcessModelsTest {

  ProcessEngine processEngine;

  @Test
  void everyModelFileIsListedForDeployment() throws IOException {
    Path folder = Path.of("src/main/resources");
    List<String> files;
    try (Stream<Path> paths = Files.walk(folder)) {
      files =
          paths
              .filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn"))
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .toList();
    }
    assertThat(ProcessModels.RESOURCES).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyListedModelDeploysWithIdEqualToFileNameAndHistoryTimeToLive() {
    DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment();
    ProcessModels.RESOURCES.forEach(deployment::addClasspathResource);
    String deploymentId = deployment.deploy().getId();
    try {
      List<ProcessDefinition> definitions =
          processEngine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .deploymentId(deploymentId)
              .list();
      assertThat(definitions).isNotEmpty();
      for (ProcessDefinition definition : definitions) {
        assertThat(definition.getResourceName()).endsWith("/" + definition.getKey() + ".bpmn");
        assertThat(definition.getHistoryTimeToLive()).isNotNull().isPositive();
      }
      List<DecisionDefinition> decisions =
          processEngine
              .getRepositoryService()
              .createDecisionDefinitionQuery()
              .deploymentId(deploymentId)
              .list();
      for (DecisionDefinition decision : decisions) {
        assertThat(decision.getResourceName()).endsWith("/" + decision.getKey() + ".dmn");
        assertThat(decision.getHistoryTimeToLive()).isNotNull().isPositive();
      }
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }
}

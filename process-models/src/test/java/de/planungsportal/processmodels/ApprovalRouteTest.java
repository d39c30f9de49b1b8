package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "dmn/approval-route.dmn")
class ApprovalRouteTest {

  ProcessEngine processEngine;

  @Test
  void schoolTopicNeedsTheSchoolCommittee() {
    assertThat(committeesFor(List.of("school"), 5_000)).containsExactly("SCHULTRAEGER");
  }

  @Test
  void youthTopicNeedsTheYouthWelfareCommittee() {
    assertThat(committeesFor(List.of("youth"), 5_000)).containsExactly("JUGENDHILFE");
  }

  @Test
  void dayCareTopicNeedsTheYouthWelfareCommittee() {
    assertThat(committeesFor(List.of("daycare"), 5_000)).containsExactly("JUGENDHILFE");
  }

  @Test
  void youthAndDayCareTogetherNeedTheYouthWelfareCommitteeOnce() {
    assertThat(committeesFor(List.of("youth", "daycare"), 5_000)).containsExactly("JUGENDHILFE");
  }

  @Test
  void budgetFromOneHundredThousandEuroNeedsTheKreisausschuss() {
    assertThat(committeesFor(List.of(), 100_000)).containsExactly("KREISAUSSCHUSS");
    assertThat(committeesFor(List.of("culture"), 250_000.50)).containsExactly("KREISAUSSCHUSS");
  }

  @Test
  void budgetJustBelowTheThresholdNeedsNoCommittee() {
    assertThat(committeesFor(List.of(), 99_999.99)).isEmpty();
  }

  @Test
  void otherTopicsWithSmallBudgetNeedNoCommittee() {
    assertThat(committeesFor(List.of("culture", "sports"), 10_000)).isEmpty();
  }

  @Test
  void topicWordMustMatchExactly() {
    assertThat(committeesFor(List.of("preschool", "youthful"), 10_000)).isEmpty();
  }

  @Test
  void everyMatchingRuleAddsItsCommittee() {
    assertThat(committeesFor(List.of("school", "daycare"), 180_000))
        .containsExactlyInAnyOrder("SCHULTRAEGER", "JUGENDHILFE", "KREISAUSSCHUSS");
  }

  private List<String> committeesFor(List<String> topics, Number totalBudget) {
    return processEngine
        .getDecisionService()
        .evaluateDecisionTableByKey(
            ProcessModels.APPROVAL_ROUTE,
            Map.of(ProcessVariables.TOPICS, topics, ProcessVariables.TOTAL_BUDGET, totalBudget))
        .collectEntries("committee");
  }
}

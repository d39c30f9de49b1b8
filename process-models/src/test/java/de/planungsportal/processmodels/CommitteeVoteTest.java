package de.planungsportal.processmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "dmn/committee-vote.dmn")
class CommitteeVoteTest {

  ProcessEngine processEngine;

  @Test
  void moreYesThanNoWithMoreThanHalfTakingPartIsApproved() {
    assertThat(result("SCHULTRAEGER", 9, 5, 3, 2)).isEqualTo("approved");
  }

  @Test
  void tieIsRejected() {
    assertThat(result("SCHULTRAEGER", 9, 6, 3, 3)).isEqualTo("rejected");
  }

  @Test
  void moreNoThanYesIsRejected() {
    assertThat(result("JUGENDHILFE", 9, 9, 2, 5)).isEqualTo("rejected");
  }

  @Test
  void abstentionsDoNotCountForTheMajorityButForTheQuorum() {
    assertThat(result("SCHULTRAEGER", 9, 6, 1, 0)).isEqualTo("approved");
  }

  @Test
  void exactlyHalfTakingPartMissesTheQuorum() {
    assertThat(result("SCHULTRAEGER", 8, 4, 4, 0)).isEqualTo("quorumMissed");
    assertThat(result("SCHULTRAEGER", 8, 5, 5, 0)).isEqualTo("approved");
  }

  @Test
  void nobodyTakingPartMissesTheQuorum() {
    assertThat(result("SCHULTRAEGER", 3, 0, 0, 0)).isEqualTo("quorumMissed");
  }

  @Test
  void committeeWithoutVotingMembersMissesTheQuorum() {
    assertThat(result("SCHULTRAEGER", 0, 0, 0, 0)).isEqualTo("quorumMissed");
  }

  @Test
  void kreisausschussNeedsTwoThirdsTakingPart() {
    assertThat(result("KREISAUSSCHUSS", 9, 5, 5, 0)).isEqualTo("quorumMissed");
    assertThat(result("KREISAUSSCHUSS", 9, 6, 5, 1)).isEqualTo("approved");
  }

  @Test
  void unknownCommitteeKindFollowsTheDefault() {
    assertThat(result("SPORT", 9, 5, 3, 2)).isEqualTo("approved");
    assertThat(result(null, 9, 4, 4, 0)).isEqualTo("quorumMissed");
  }

  @Test
  void deferralStandsWhateverTheCounts() {
    assertThat(result("SCHULTRAEGER", true, 9, 9, 9, 0)).isEqualTo("deferred");
  }

  private String result(String committee, int votingMembers, int present, int yes, int no) {
    return result(committee, false, votingMembers, present, yes, no);
  }

  private String result(
      String committee, boolean deferred, int votingMembers, int present, int yes, int no) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ProcessVariables.COMMITTEE, committee);
    variables.put(ProcessVariables.DEFERRED, deferred);
    variables.put(ProcessVariables.VOTING_MEMBERS, votingMembers);
    variables.put(ProcessVariables.PRESENT, present);
    variables.put(ProcessVariables.YES_VOTES, yes);
    variables.put(ProcessVariables.NO_VOTES, no);
    return processEngine
        .getDecisionService()
        .evaluateDecisionTableByKey(ProcessModels.COMMITTEE_VOTE, variables)
        .getSingleResult()
        .getSingleEntry();
  }
}

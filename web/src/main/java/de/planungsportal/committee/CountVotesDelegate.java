package de.planungsportal.committee;

import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Counts a circulation's round: every member asked is a voting member; who answered takes part, who
 * did not (the deadline passed) does not.
 */
@Named("countVotes")
@ApplicationScoped
public class CountVotesDelegate implements JavaDelegate {

  @Inject private CommitteeRecords records;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Paper paper = records.paperOf(execution);
    List<CommitteeVote> votes = records.votes(paper, records.currentRound(paper));
    List<?> voters = (List<?>) execution.getVariable(ProcessVariables.VOTERS);
    execution.setVariable(ProcessVariables.VOTING_MEMBERS, voters.size());
    execution.setVariable(ProcessVariables.PRESENT, votes.size());
    execution.setVariable(ProcessVariables.YES_VOTES, count(votes, CommitteeVote.Choice.YES));
    execution.setVariable(ProcessVariables.NO_VOTES, count(votes, CommitteeVote.Choice.NO));
    execution.setVariable(ProcessVariables.ABSTENTIONS, count(votes, CommitteeVote.Choice.ABSTAIN));
    execution.setVariable(ProcessVariables.DEFERRED, false);
    execution.setVariable(ProcessVariables.AMENDMENT, null);
    execution.setVariable(ProcessVariables.COMMITTEE_REASONS, null);
  }

  private static int count(List<CommitteeVote> votes, CommitteeVote.Choice choice) {
    return (int) votes.stream().filter(v -> v.getChoice() == choice).count();
  }
}

package de.planungsportal.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * When a committee-approval instance ends without a signed decision (the planning cycle withdrew it
 * because another committee rejected or amended the draft), its paper is withdrawn.
 */
@Named("closePaper")
@ApplicationScoped
public class ClosePaperListener implements ExecutionListener {

  @Inject private CommitteeRecords records;

  @Override
  @Transactional
  public void notify(DelegateExecution execution) {
    Paper paper = records.paperOf(execution);
    if (paper != null && paper.getState() != Paper.State.SIGNED) {
      paper.setState(Paper.State.WITHDRAWN);
    }
  }
}

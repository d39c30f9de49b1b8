package de.planungsportal.committee;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Writes the round's provisional decision from the counts and the committee-vote table's result. A
 * deferral or a missed quorum is a deferred decision (quorum noted) and sends the paper back to
 * preparation; otherwise committeeOutcome and committeeReasons are what the planning cycle gets
 * once the chair has signed.
 */
@Named("recordVoteOutcome")
@ApplicationScoped
public class RecordVoteOutcomeDelegate implements JavaDelegate {

  @PersistenceContext private EntityManager em;
  @Inject private CommitteeRecords records;
  @Inject private AuditLog audit;

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Paper paper = records.paperOf(execution);
    String result = (String) execution.getVariable(ProcessVariables.VOTE_RESULT);
    int votingMembers = number(execution, ProcessVariables.VOTING_MEMBERS);
    int present = number(execution, ProcessVariables.PRESENT);
    int yes = number(execution, ProcessVariables.YES_VOTES);
    int no = number(execution, ProcessVariables.NO_VOTES);
    int abstentions = number(execution, ProcessVariables.ABSTENTIONS);
    String amendment = (String) execution.getVariable(ProcessVariables.AMENDMENT);
    String reasons = (String) execution.getVariable(ProcessVariables.COMMITTEE_REASONS);
    boolean quorumMissed = ProcessVariables.QUORUM_MISSED.equals(result);
    CommitteeDecision.Outcome outcome =
        switch (result) {
          case ProcessVariables.APPROVED ->
              amendment == null
                  ? CommitteeDecision.Outcome.APPROVED
                  : CommitteeDecision.Outcome.AMENDED;
          case ProcessVariables.REJECTED -> CommitteeDecision.Outcome.REJECTED;
          default -> CommitteeDecision.Outcome.DEFERRED;
        };
    if (quorumMissed && reasons == null) {
      reasons =
          "Nicht beschlussfähig: "
              + present
              + " von "
              + votingMembers
              + " Stimmberechtigten haben teilgenommen.";
    } else if (outcome == CommitteeDecision.Outcome.REJECTED && reasons == null) {
      reasons = "Abgelehnt mit " + yes + " Ja, " + no + " Nein, " + abstentions + " Enthaltungen.";
    }
    boolean meeting = paper.getProcedure() == Paper.Procedure.MEETING;
    CommitteeDecision decision =
        new CommitteeDecision(
            paper,
            records.currentRound(paper),
            meeting ? records.agendaItem(paper).map(AgendaItem::getMeeting).orElse(null) : null,
            paper.getProcedure(),
            outcome,
            yes,
            no,
            abstentions,
            votingMembers,
            present,
            !quorumMissed,
            amendment,
            reasons,
            CommitteeRecords.currentUser(execution),
            LocalDateTime.now());
    em.persist(decision);
    if (outcome == CommitteeDecision.Outcome.DEFERRED) {
      paper.setState(Paper.State.DRAFT);
    } else {
      paper.setState(Paper.State.DECIDED);
      execution.setVariable(
          ProcessVariables.COMMITTEE_OUTCOME, outcome.name().toLowerCase(java.util.Locale.ROOT));
      execution.setVariable(
          ProcessVariables.COMMITTEE_REASONS,
          outcome == CommitteeDecision.Outcome.AMENDED
              ? amendment + (reasons == null ? "" : "\n\n" + reasons)
              : reasons);
    }
    audit.record(
        decision.getRecordedBy(),
        paper.getOrganisation().getId(),
        "COMMITTEE_OUTCOME",
        "Paper",
        paper.getId(),
        paper.getReference()
            + " Runde "
            + decision.getRound()
            + ": "
            + outcome.name()
            + (quorumMissed ? " (nicht beschlussfähig)" : "")
            + ", Ja "
            + yes
            + ", Nein "
            + no
            + ", Enthaltungen "
            + abstentions
            + ", teilgenommen "
            + present
            + " von "
            + votingMembers,
        null);
  }

  private static int number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Number n ? n.intValue() : 0;
  }
}

package de.planungsportal.committee;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.PasswordHasher;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * The chair signs the provisional decision, confirming with the password again; only then does it
 * count and the planning cycle learn the outcome.
 */
@ApplicationScoped
@Transactional
public class SignatureService {

  @PersistenceContext private EntityManager em;
  @Inject private CommitteeAccess access;
  @Inject private CommitteeTasks tasks;
  @Inject private CommitteeRecords records;
  @Inject private PasswordHasher hasher;
  @Inject private AuditLog audit;

  /** The provisional decision waiting for the chair's signature. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CommitteeDecision pending(Actor actor, long paperId) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.CHAIR);
    tasks.open(paper, CommitteeTasks.SIGN);
    return unsigned(paper);
  }

  /** Signs with the chair's password given again. */
  public void sign(Actor actor, long paperId, String password) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.CHAIR);
    Task task = tasks.open(paper, CommitteeTasks.SIGN);
    CommitteeDecision decision = unsigned(paper);
    Account account = em.find(Account.class, actor.accountId());
    if (account == null || !hasher.matches(password, account.getPasswordHash())) {
      throw new InvalidInputException("committee.sign.passwordWrong");
    }
    decision.sign(actor.username(), LocalDateTime.now());
    paper.setState(Paper.State.SIGNED);
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        "DECISION_SIGNED",
        "Paper",
        paper.getId(),
        paper.getReference()
            + " Runde "
            + decision.getRound()
            + ": Beschluss "
            + decision.getOutcome().name()
            + " gezeichnet",
        null);
    tasks.complete(actor, task, Map.of());
  }

  private CommitteeDecision unsigned(Paper paper) {
    return records
        .latestDecision(paper)
        .filter(d -> !d.isSigned() && d.getOutcome() != CommitteeDecision.Outcome.DEFERRED)
        .orElseThrow(() -> new InvalidInputException("committee.notAtStep"));
  }
}

package de.planungsportal.committee;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.PasswordHasher;
import de.planungsportal.identity.SignInService;
import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;

/**
 * The chair signs the provisional decision, confirming with the password again or, with single
 * sign-on, with a fresh sign-in at the provider; only then does it count and the planning cycle
 * learn the outcome. The audit entry names the confirmation.
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
  @Inject private SignInService signIn;
  @Inject private SingleSignOn singleSignOn;

  /** How old a fresh single sign-on may be when the chair signs with it. */
  public static final Duration FRESH_SIGN_IN = Duration.ofMinutes(2);

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  /** The provisional decision waiting for the chair's signature. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CommitteeDecision pending(Actor actor, long paperId) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.CHAIR);
    tasks.open(paper, CommitteeTasks.SIGN);
    return unsigned(paper);
  }

  /**
   * Signs with the chair's password given again, under the sign-in's limits for wrong passwords
   * (lockout of the account, failures per client {@code address}), so this form guesses no faster
   * than the sign-in page. With single sign-on the provider owns passwords: refused.
   */
  public void sign(Actor actor, long paperId, String password, String address) {
    if (singleSignOn.isEnabled()) {
      throw new InvalidInputException("committee.sign.useSingleSignOn");
    }
    signWithPassword(actor, paperId, password, address);
  }

  /**
   * Signs with the password given again, for callers in the server (the demo data set): the
   * account's lockout applies, there is no client address to count.
   */
  public void sign(Actor actor, long paperId, String password) {
    signWithPassword(actor, paperId, password, null);
  }

  /**
   * Signs after a fresh sign-in at the single sign-on provider ({@link
   * de.planungsportal.identity.FreshSignIn}) at {@code authTime}, which must be at most {@link
   * #FRESH_SIGN_IN} old.
   */
  public void signAfterFreshSignIn(Actor actor, long paperId, Instant authTime) {
    if (!singleSignOn.isEnabled()) {
      throw new InvalidInputException("committee.sign.sso.unavailable");
    }
    Paper paper = access.paper(actor, paperId, CommitteeAccess.CHAIR);
    Task task = tasks.open(paper, CommitteeTasks.SIGN);
    CommitteeDecision decision = unsigned(paper);
    Instant now = Instant.now();
    // a little leeway for the provider's clock running ahead of this server's
    if (authTime == null
        || authTime.isBefore(now.minus(FRESH_SIGN_IN))
        || authTime.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidInputException("committee.sign.sso.stale");
    }
    complete(
        actor,
        paper,
        decision,
        task,
        "Anmeldung beim Anmeldedienst um "
            + LocalDateTime.ofInstant(authTime, ZoneId.systemDefault()).toLocalTime());
  }

  private void signWithPassword(Actor actor, long paperId, String password, String address) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.CHAIR);
    Task task = tasks.open(paper, CommitteeTasks.SIGN);
    CommitteeDecision decision = unsigned(paper);
    Optional<SignInService.Refusal> refusal = signIn.refusal(actor.username(), address);
    if (refusal.isPresent()) {
      throw refusal.get() == SignInService.Refusal.ACCOUNT_LOCKED
          ? new InvalidInputException("committee.sign.locked", signIn.lockMinutes())
          : new InvalidInputException("committee.sign.tooManyAttempts");
    }
    Account account = em.find(Account.class, actor.accountId());
    if (account == null || !hasher.matches(password, account.getPasswordHash())) {
      signIn.failed(actor.username(), address);
      throw new InvalidInputException("committee.sign.passwordWrong");
    }
    signIn.succeeded(actor.username());
    complete(actor, paper, decision, task, "Passwort erneut eingegeben");
  }

  private void complete(
      Actor actor, Paper paper, CommitteeDecision decision, Task task, String confirmation) {
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
            + " gezeichnet (Bestätigung: "
            + confirmation
            + ")",
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

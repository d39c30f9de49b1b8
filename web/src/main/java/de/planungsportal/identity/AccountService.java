package de.planungsportal.identity;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** What staff members do with their own account: password, sessions, their personal data. */
@ApplicationScoped
@Transactional
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private AuditLog audit;

  public void changePassword(Actor actor, String current, String chosen, String repeated) {
    Account account = em.find(Account.class, actor.accountId());
    if (!hasher.matches(current, account.getPasswordHash())) {
      throw new InvalidInputException("password.currentWrong");
    }
    if (chosen == null || !chosen.equals(repeated)) {
      throw new InvalidInputException("password.mismatch");
    }
    List<String> broken = PasswordPolicy.violations(account.getUsername(), chosen);
    if (!broken.isEmpty()) {
      throw new InvalidInputException(broken.get(0), PasswordPolicy.MIN_LENGTH);
    }
    if (hasher.matches(chosen, account.getPasswordHash())) {
      throw new InvalidInputException("password.unchanged");
    }
    account.changePassword(hasher.hash(chosen), false, LocalDateTime.now());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PASSWORD_CHANGED",
        "Account",
        account.getId(),
        "Passwort geändert",
        null);
  }

  /** Ends every session of the account, this one included, on all nodes. */
  public void signOutEverywhere(Actor actor) {
    Account account = em.find(Account.class, actor.accountId());
    account.signOutEverywhere(LocalDateTime.now());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "SIGNED_OUT_EVERYWHERE",
        "Account",
        account.getId(),
        "Überall abgemeldet",
        null);
  }
}

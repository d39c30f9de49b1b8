package de.planungsportal.identity;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The policy around a sign-in attempt; the password check itself is the server realm's. Failed
 * attempts lock an account for a while and are also counted per client address, both in the
 * database so that all nodes agree. Every attempt that gets as far as a name costs one password
 * check at the production cost, whether the name is unknown, locked, disabled or has a wrong or
 * right password, so the answer time does not tell which names exist.
 */
@ApplicationScoped
public class SignInService {

  /** Why an attempt is refused before the password is even checked. */
  public enum Refusal {
    TOO_MANY_ATTEMPTS_FROM_ADDRESS,
    ACCOUNT_LOCKED
  }

  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
  private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;
  @Inject private RateLimiter limiter;
  @Inject private PasswordHasher hasher;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "portal.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "portal.login.max-failures-per-address", defaultValue = "30")
  int maxFailuresPerAddress;

  /**
   * Why an attempt by {@code username} from {@code address} is refused before its password is
   * checked. The same limits guard a password given again by a signed-in account (the chair's
   * signature), so that form guesses no faster than this one. A {@code null} address (a caller in
   * the server, such as the demo data) is not counted per address.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Refusal> refusal(String username, String address) {
    if (address != null
        && limiter.exhausted(addressBucket(address), ADDRESS_WINDOW, maxFailuresPerAddress)) {
      return Optional.of(Refusal.TOO_MANY_ATTEMPTS_FROM_ADDRESS);
    }
    Optional<Refusal> locked =
        account(username, false)
            .filter(a -> a.isLocked(LocalDateTime.now()))
            .map(a -> Refusal.ACCOUNT_LOCKED);
    if (locked.isPresent()) {
      // a wrong password takes one password check; a locked account must not answer faster
      hasher.checkWithoutAccount(null);
    }
    return locked;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username, String address) {
    if (address != null) {
      limiter.hit(addressBucket(address), ADDRESS_WINDOW);
    }
    LOG.warning(() -> "Failed sign-in for '" + printable(username) + "' from " + address);
    Optional<Account> account = account(username, true);
    LocalDateTime now = LocalDateTime.now();
    if (account.filter(a -> a.passwordCheckedByRealm(now)).isEmpty()) {
      // the realm answered without checking a password (unknown, disabled or just locked name);
      // one check at the production cost keeps the answer time from telling which names exist
      hasher.checkWithoutAccount(null);
    }
    account.ifPresent(
        found -> {
          found.recordFailedLogin(maxFailures, Duration.ofMinutes(lockMinutes), now);
          if (found.isLocked(now)) {
            audit.record(
                found.getUsername(),
                found.getOrganisation().getId(),
                "ACCOUNT_LOCKED",
                "Account",
                found.getId(),
                "Konto nach "
                    + maxFailures
                    + " Fehlversuchen für "
                    + lockMinutes
                    + " Minuten gesperrt",
                "Adresse des letzten Versuchs: " + address);
          }
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    account(username, true).ifPresent(Account::recordSuccessfulLogin);
  }

  public int lockMinutes() {
    return lockMinutes;
  }

  private Optional<Account> account(String username, boolean forUpdate) {
    if (username == null) {
      return Optional.empty();
    }
    var query =
        em.createQuery("select a from Account a where a.username = :name", Account.class)
            .setParameter("name", username);
    if (forUpdate) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  /** The name as typed may hold line breaks or other controls that would forge log lines. */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    StringBuilder out = new StringBuilder();
    shown
        .codePoints()
        .forEach(
            cp ->
                out.append(
                    Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                        ? String.format("\\u%04x", cp)
                        : new String(Character.toChars(cp))));
    return out.toString();
  }

  private static String addressBucket(String address) {
    return "sign-in-failures:" + address;
  }
}

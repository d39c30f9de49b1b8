package de.planungsportal.identity;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The signed-in staff member of this request, read once per request from the account table, so a
 * revoked grant, a disabled account or "sign out everywhere" takes effect on the next click.
 */
@Named
@RequestScoped
public class CurrentUser implements CurrentActor {

  @Inject private Principal principal;
  @PersistenceContext private EntityManager em;

  private boolean loaded;
  private Actor actor;
  private boolean mustChangePassword;
  private LocalDateTime sessionsValidAfter;

  /** The caller's name as authenticated by the server, whether or not an account matches. */
  public Optional<String> principalName() {
    String name = principal == null ? null : principal.getName();
    return name == null || "anonymous".equals(name) ? Optional.empty() : Optional.of(name);
  }

  @Override
  public Optional<Actor> actor() {
    if (!loaded) {
      loaded = true;
      principalName().flatMap(this::load).ifPresent(this::remember);
    }
    return Optional.ofNullable(actor);
  }

  public boolean isSignedIn() {
    return actor().isPresent();
  }

  public boolean hasRole(String roleName) {
    return actor().flatMap(a -> Role.byName(roleName).map(a::has)).orElse(false);
  }

  public String getUsername() {
    return actor().map(Actor::username).orElse(null);
  }

  public String getDisplayName() {
    return actor().map(Actor::displayName).orElse(null);
  }

  public String getOrganisationName() {
    return actor().map(Actor::organisationName).orElse(null);
  }

  public String getOrganisationCode() {
    return actor().map(Actor::organisationCode).orElse(null);
  }

  public boolean mustChangePassword() {
    actor();
    return mustChangePassword;
  }

  public Optional<LocalDateTime> sessionsValidAfter() {
    actor();
    return Optional.ofNullable(sessionsValidAfter);
  }

  private Optional<Account> load(String username) {
    return em.createQuery(
            "select distinct a from Account a join fetch a.organisation left join fetch a.grants"
                + " where a.username = :name and a.enabled = true",
            Account.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  private void remember(Account account) {
    actor = account.toActor();
    mustChangePassword = account.isMustChangePassword();
    sessionsValidAfter = account.getSessionsValidAfter();
  }
}

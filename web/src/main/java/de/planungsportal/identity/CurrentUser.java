package de.planungsportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in staff member of this request, loaded once per request from the account table, so
 * a revoked grant takes effect on the next click.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private Principal principal;
  @PersistenceContext private EntityManager em;

  private Optional<Account> account;

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public String getUsername() {
    return account().map(Account::getUsername).orElse(null);
  }

  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse(null);
  }

  public String getOrganisationName() {
    return account().map(a -> a.getOrganisation().getName()).orElse(null);
  }

  public String getOrganisationCode() {
    return account().map(a -> a.getOrganisation().getCode()).orElse(null);
  }

  /** Camunda candidate groups: one per granted role. */
  public List<String> candidateGroups() {
    Set<String> groups = new TreeSet<>();
    account().ifPresent(a -> a.getGrants().forEach(g -> groups.add(g.getRole().roleName())));
    return List.copyOf(groups);
  }

  private Optional<Account> account() {
    if (account == null) {
      String name = principal == null ? null : principal.getName();
      account =
          name == null || "anonymous".equals(name)
              ? Optional.empty()
              : em.createQuery(
                      "select a from Account a join fetch a.organisation where a.username = :name",
                      Account.class)
                  .setParameter("name", name)
                  .getResultStream()
                  .findFirst();
    }
    return account;
  }
}

package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.identity.Account;
import de.planungsportal.identity.admin.AccountAdminService;
import de.planungsportal.identity.admin.AccountForm;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renaming an account moves the time OParl publishes as a person's `modified`
 * (account.name_changed_at, by the database's clock); changing anything else does not, so members'
 * other account changes are not published.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRenameIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(AccountRenameIT.class);
  }

  @Inject AccountAdminService accounts;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Actor admin;
  private long accountId;

  @BeforeEach
  void accountOfANewOrganisation() throws Exception {
    tx.begin();
    Organisation district =
        new Organisation(
            "it-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Umbenennung",
            Organisation.Kind.DISTRICT);
    em.persist(district);
    Account account = new Account(district, "erika-" + district.getCode(), "Erika Vorsitz");
    account.setEmail("erika@example.org");
    em.persist(account);
    tx.commit();
    accountId = account.getId();
    admin = actor(district, "admin-" + district.getCode(), Role.ADMIN, null);
  }

  @Test
  void aNewNameIsStampedAnotherChangeIsNot() {
    accounts.update(admin, edited(f -> f.setEmail("erika.neu@example.org")));
    assertThat(nameChangedAt()).as("only the e-mail changed").isNull();

    accounts.update(admin, edited(f -> f.setDisplayName("Erika Vorsitz-Neu")));

    Number stamped =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM account WHERE id = ? AND display_name = 'Erika Vorsitz-Neu'"
                        + " AND name_changed_at BETWEEN NOW() - INTERVAL 1 MINUTE AND NOW()")
                .setParameter(1, accountId)
                .getSingleResult();
    assertThat(stamped.longValue()).as("renamed, stamped by the database's clock").isEqualTo(1);
  }

  private AccountForm edited(java.util.function.Consumer<AccountForm> change) {
    em.getEntityManagerFactory().getCache().evictAll();
    AccountForm form = AccountForm.of(em.find(Account.class, accountId));
    change.accept(form);
    return form;
  }

  private Object nameChangedAt() {
    return em.createNativeQuery("SELECT name_changed_at FROM account WHERE id = ?")
        .setParameter(1, accountId)
        .getSingleResult();
  }
}

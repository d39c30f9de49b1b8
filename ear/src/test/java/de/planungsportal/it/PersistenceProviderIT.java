package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.identity.Account;
import de.planungsportal.identity.RoleGrant;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(PersistenceProviderIT.class);
  }

  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  @Test
  void eclipseLinkIsTheProviderInUse() {
    assertThat(em.getDelegate().getClass().getName()).startsWith("org.eclipse.persistence.");
    assertThat(em.getEntityManagerFactory().getClass().getName())
        .startsWith("org.eclipse.persistence.");
  }

  @Test
  void accountWithGrantsSurvivesRoundTripThroughMariaDb() throws Exception {
    String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String townName = "Gemeinde Übach-Palenberg – Ortsteil Süd 🏫";

    tx.begin();
    Organisation town = new Organisation(code, townName, Organisation.Kind.MUNICIPALITY);
    em.persist(town);
    Account account = new Account(town, code + "-planer", "Dörte Özdemir-Łukasiewicz");
    account.grant(Role.PLANNER);
    account.grant(Role.COMMITTEE_MEMBER);
    em.persist(account);
    tx.commit();
    em.clear();

    tx.begin();
    Account loaded =
        em.createQuery("select a from Account a where a.username = :name", Account.class)
            .setParameter("name", code + "-planer")
            .getSingleResult();
    assertThat(loaded.getDisplayName()).isEqualTo("Dörte Özdemir-Łukasiewicz");
    assertThat(loaded.getOrganisation().getName()).isEqualTo(townName);
    assertThat(loaded.getGrants())
        .extracting(RoleGrant::getRole)
        .containsExactlyInAnyOrder(Role.PLANNER, Role.COMMITTEE_MEMBER);
    assertThat(loaded.isEnabled()).isTrue();
    tx.commit();
  }

  @Test
  void aLazyToOneIsLoadedOnlyWhenTouched() throws Exception {
    String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    tx.begin();
    Organisation town = new Organisation(code, "Gemeinde " + code, Organisation.Kind.MUNICIPALITY);
    em.persist(town);
    em.persist(new Account(town, code + "-lazy", "Lea Lazy"));
    tx.commit();
    em.clear();

    PersistenceUnitUtil units = em.getEntityManagerFactory().getPersistenceUnitUtil();
    tx.begin();
    Account loaded =
        em.createQuery("select a from Account a where a.username = :name", Account.class)
            .setParameter("name", code + "-lazy")
            .getSingleResult();
    // without weaving EclipseLink silently loads every LAZY to-one with its owner
    assertThat(units.isLoaded(loaded, "organisation")).isFalse();
    assertThat(loaded.getOrganisation().getCode()).isEqualTo(code);
    assertThat(units.isLoaded(loaded, "organisation")).isTrue();
    tx.commit();
  }
}

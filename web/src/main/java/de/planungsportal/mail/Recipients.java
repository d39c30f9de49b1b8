package de.planungsportal.mail;

import de.planungsportal.identity.RoleGrant;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Mail addresses of the people holding a role, as the processes address them. */
@ApplicationScoped
public class Recipients {

  @PersistenceContext EntityManager em;

  /**
   * Addresses of the enabled accounts of the organisation that hold the role; with a department,
   * only those whose grant is scoped to that department (the holders of the candidate group {@code
   * role#department-id}; an unscoped grant does not see that department's tasks either).
   *
   * <p>Accounts locked after failed sign-ins still get mail: the lock protects the password for a
   * few minutes, and anyone could otherwise keep a planner's escalations away by failing to sign in
   * as them. Disabled accounts (people who left) get none.
   */
  public List<String> addressesOf(Organisation org, Role role, Long departmentId) {
    String jpql =
        "select distinct a.email from "
            + RoleGrant.class.getSimpleName()
            + " g join g.account a where a.organisation = :org and g.role = :role"
            + " and a.enabled = true and a.email is not null and a.email <> ''"
            + (departmentId == null ? "" : " and g.departmentId = :department")
            + " order by a.email";
    TypedQuery<String> query =
        em.createQuery(jpql, String.class).setParameter("org", org).setParameter("role", role);
    if (departmentId != null) {
      query.setParameter("department", departmentId);
    }
    return query.getResultList();
  }
}

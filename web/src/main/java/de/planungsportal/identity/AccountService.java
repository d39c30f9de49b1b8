package de.planungsportal.identity;

import de.planungsportal.audit.AuditEvent;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

  /**
   * Art. 15 GDPR: everything the portal stores about the account holder, as JSON. Audit entries are
   * those the person caused and those about their account.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public JsonObject personalData(long accountId) {
    Account account = em.find(Account.class, accountId);
    JsonArrayBuilder grants = Json.createArrayBuilder();
    for (RoleGrant grant : account.getGrants()) {
      JsonObjectBuilder g = Json.createObjectBuilder().add("role", grant.getRole().roleName());
      addIfPresent(g, "departmentId", grant.getDepartmentId());
      addIfPresent(g, "committeeId", grant.getCommitteeId());
      addIfPresent(g, "schoolId", grant.getSchoolId());
      grants.add(g);
    }
    JsonArrayBuilder events = Json.createArrayBuilder();
    em.createQuery(
            "select e from AuditEvent e where e.actor = :name"
                + " or (e.entityType = 'Account' and e.entityId = :id) order by e.id",
            AuditEvent.class)
        .setParameter("name", account.getUsername())
        .setParameter("id", account.getId().toString())
        .getResultList()
        .forEach(
            e -> {
              JsonObjectBuilder event =
                  Json.createObjectBuilder()
                      .add("at", e.getOccurredAt().toString())
                      .add("action", e.getAction())
                      .add("summary", e.getSummary());
              if (e.getDetails() != null) {
                event.add("details", e.getDetails());
              }
              events.add(event);
            });
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("username", account.getUsername())
            .add("displayName", account.getDisplayName())
            .add("organisation", account.getOrganisation().getName())
            .add("enabled", account.isEnabled())
            .add("createdAt", account.getCreatedAt().toString())
            .add("grants", grants)
            .add("auditEvents", events);
    if (account.getEmail() != null) {
      data.add("email", account.getEmail());
    }
    if (account.getPasswordChangedAt() != null) {
      data.add("passwordChangedAt", account.getPasswordChangedAt().toString());
    }
    return data.build();
  }

  private static void addIfPresent(JsonObjectBuilder builder, String name, Long value) {
    if (value != null) {
      builder.add(name, value);
    }
  }
}

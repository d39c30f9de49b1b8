package de.planungsportal.identity;

import de.planungsportal.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art. 15 GDPR: everything the portal stores about an account holder, as JSON. Found by the
 * account's id and by its user name, which other records (audit trail, confirmations, sharing
 * grants, the workflow engine's tasks and history) keep instead of the id. The password is exported
 * only as the fact that one is set: its hash protects the person, it tells them nothing. Values
 * that are not set appear as null, so the export also shows what is not stored.
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

  /** Where the embedded workflow engine keeps a user name: table and column. */
  private static final List<String[]> WORKFLOW_USER_COLUMNS =
      List.of(
          new String[] {"ACT_RU_TASK", "ASSIGNEE_"},
          new String[] {"ACT_RU_TASK", "OWNER_"},
          new String[] {"ACT_RU_IDENTITYLINK", "USER_ID_"},
          new String[] {"ACT_HI_TASKINST", "ASSIGNEE_"},
          new String[] {"ACT_HI_TASKINST", "OWNER_"},
          new String[] {"ACT_HI_IDENTITYLINK", "USER_ID_"},
          new String[] {"ACT_HI_PROCINST", "START_USER_ID_"},
          new String[] {"ACT_HI_OP_LOG", "USER_ID_"},
          new String[] {"ACT_HI_COMMENT", "USER_ID_"});

  @PersistenceContext private EntityManager em;

  /**
   * The account holder's own export: everything {@link #of} gives, plus their private notes on
   * committee papers, which nobody else (admins answering an Art. 15 request included) gets to see.
   */
  public JsonObject own(long accountId) {
    return Json.createObjectBuilder(of(accountId))
        .add("committeeNotes", committeeNotes(accountId))
        .build();
  }

  /** The export an admin downloads for an account they manage: without the private notes. */
  public JsonObject of(long accountId) {
    Account account = em.find(Account.class, accountId);
    String name = account.getUsername();
    JsonObjectBuilder organisation =
        Json.createObjectBuilder()
            .add("id", account.getOrganisation().getId())
            .add("code", account.getOrganisation().getCode())
            .add("name", account.getOrganisation().getName());
    JsonObjectBuilder signIn =
        Json.createObjectBuilder()
            .add("passwordSet", account.getPasswordHash() != null)
            .add("mustChangePassword", account.isMustChangePassword());
    text(signIn, "passwordChangedAt", account.getPasswordChangedAt());
    signIn.add("failedAttempts", account.getFailedLogins());
    text(signIn, "lockedUntil", account.getLockedUntil());
    // "sign out everywhere": sessions begun before this time are no longer accepted
    text(signIn, "sessionsValidAfter", account.getSessionsValidAfter());
    signIn.add("lastSignInStored", false);

    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("id", account.getId())
            .add("username", name)
            .add("displayName", account.getDisplayName());
    text(data, "email", account.getEmail());
    data.add("organisation", organisation)
        .add("enabled", account.isEnabled())
        .add("createdAt", account.getCreatedAt().toString())
        .add("signIn", signIn)
        .add("grants", grants(account))
        .add("auditEvents", auditEvents(account))
        .add("planningCyclesConfirmed", planningCycles(name))
        .add("sharingGrants", sharingGrants(name))
        .add("workflow", workflow(name));
    return data.build();
  }

  private JsonArrayBuilder grants(Account account) {
    JsonArrayBuilder grants = Json.createArrayBuilder();
    for (RoleGrant grant : account.getGrants()) {
      JsonObjectBuilder g = Json.createObjectBuilder().add("role", grant.getRole().roleName());
      scope(g, "department", "department", grant.getDepartmentId());
      scope(g, "committee", "committee", grant.getCommitteeId());
      scope(g, "school", "school", grant.getSchoolId());
      grants.add(g);
    }
    return grants;
  }

  private void scope(JsonObjectBuilder grant, String field, String table, Long id) {
    if (id == null) {
      return;
    }
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT code, name FROM " + table + " WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    grant.add(
        field,
        Json.createObjectBuilder()
            .add("id", id)
            .add("code", (String) row[0])
            .add("name", (String) row[1]));
  }

  /** Events the person caused and events about their account. */
  private JsonArrayBuilder auditEvents(Account account) {
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
                      .add("id", e.getId())
                      .add("at", e.getOccurredAt().toString())
                      .add("actor", e.getActor())
                      .add("action", e.getAction())
                      .add("entityType", e.getEntityType());
              text(event, "entityId", e.getEntityId());
              event.add("summary", e.getSummary());
              text(event, "details", e.getDetails());
              text(event, "detailsErasedAt", e.getDetailsErasedAt());
              events.add(event);
            });
    return events;
  }

  private JsonArrayBuilder planningCycles(String username) {
    JsonArrayBuilder cycles = Json.createArrayBuilder();
    rows(
            "SELECT id, plan_year, title FROM planning_cycle WHERE started_by = ?1 ORDER BY id",
            username)
        .forEach(
            r ->
                cycles.add(
                    Json.createObjectBuilder()
                        .add("id", ((Number) r[0]).longValue())
                        .add("year", ((Number) r[1]).intValue())
                        .add("title", (String) r[2])));
    return cycles;
  }

  private JsonArrayBuilder sharingGrants(String username) {
    JsonArrayBuilder grants = Json.createArrayBuilder();
    rows(
            "SELECT id, scope, granted_by, granted_at, revoked_by, revoked_at FROM sharing_grant"
                + " WHERE granted_by = ?1 OR revoked_by = ?1 ORDER BY id",
            username)
        .forEach(
            r -> {
              JsonObjectBuilder g =
                  Json.createObjectBuilder()
                      .add("id", ((Number) r[0]).longValue())
                      .add("scope", (String) r[1]);
              text(g, "grantedBy", r[2]);
              text(g, "grantedAt", r[3]);
              text(g, "revokedBy", r[4]);
              text(g, "revokedAt", r[5]);
              grants.add(g);
            });
    return grants;
  }

  /** The member's private notes on committee papers: only they ever see them, here included. */
  private JsonArrayBuilder committeeNotes(long accountId) {
    JsonArrayBuilder notes = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT n.id, p.reference, p.title, m.title, n.text, n.created_at, n.modified_at"
                    + " FROM member_note n JOIN paper p ON p.id = n.paper_id"
                    + " LEFT JOIN measure m ON m.id = n.measure_id"
                    + " WHERE n.account_id = ?1 ORDER BY n.id")
            .setParameter(1, accountId)
            .getResultList();
    rows.forEach(
        r -> {
          JsonObjectBuilder note =
              Json.createObjectBuilder()
                  .add("id", ((Number) r[0]).longValue())
                  .add("paper", (String) r[1])
                  .add("paperTitle", (String) r[2]);
          text(note, "measure", r[3]);
          note.add("text", (String) r[4]);
          text(note, "createdAt", r[5]);
          text(note, "modifiedAt", r[6]);
          notes.add(note);
        });
    return notes;
  }

  /** How many records of each kind the workflow engine keeps under the user name. */
  private JsonObjectBuilder workflow(String username) {
    JsonObjectBuilder workflow = Json.createObjectBuilder();
    for (String[] column : WORKFLOW_USER_COLUMNS) {
      Number count =
          (Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " = ?1")
                  .setParameter(1, username)
                  .getSingleResult();
      workflow.add(column[0] + "." + column[1], count.longValue());
    }
    return workflow;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String parameter) {
    return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
  }

  private static void text(JsonObjectBuilder builder, String name, Object value) {
    if (value == null) {
      builder.addNull(name);
    } else {
      builder.add(name, value.toString());
    }
  }
}

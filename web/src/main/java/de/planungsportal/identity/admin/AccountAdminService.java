package de.planungsportal.identity.admin;

import de.planungsportal.area.Committee;
import de.planungsportal.area.Department;
import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.area.School;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.PasswordHasher;
import de.planungsportal.identity.RoleGrant;
import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An admin manages the accounts of their own organisation and the roles granted to them. Personal
 * data that changes (names, e-mail addresses) goes into the audit details, which are erased after
 * their retention period.
 */
@ApplicationScoped
@Transactional
public class AccountAdminService {

  /** An account just created or reset, with the initial password to hand over once. */
  public record InitialPassword(Account account, String password) {}

  @PersistenceContext private EntityManager em;
  @Inject private SingleSignOn singleSignOn;
  @Inject private PasswordHasher hasher;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> list(Actor admin) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select distinct a from Account a left join fetch a.grants"
                + " where a.organisation.id = :org order by a.displayName",
            Account.class)
        .setParameter("org", admin.organisationId())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Account find(Actor admin, long accountId) {
    admin.require(Role.ADMIN);
    return owned(admin, accountId);
  }

  public InitialPassword create(Actor admin, @NotNull @Valid AccountForm form) {
    admin.require(Role.ADMIN);
    return newAccount(admin, em.getReference(Organisation.class, admin.organisationId()), form);
  }

  /**
   * The first admin account of an organisation below the admin's own (a district's new
   * municipality), which could not get one otherwise. Only while it has no admin: from then on its
   * own admins manage its accounts, and the parent's admin has no standing power over them.
   */
  public InitialPassword createFirstAdmin(
      Actor admin, long organisationId, @NotNull @Valid AccountForm form) {
    admin.require(Role.ADMIN);
    // locked, so two admins (or tabs) at once cannot both find it without an admin
    Organisation organisation =
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (organisation == null || !organisation.isDirectlyBelow(admin.organisationId())) {
      throw new AccessDeniedException(
          "organisation " + organisationId + " is not below the admin's");
    }
    if (!organisationsWithAdmin(List.of(organisationId)).isEmpty()) {
      throw new InvalidInputException("admin.firstAdmin.exists", organisation.getName());
    }
    InitialPassword created = newAccount(admin, organisation, form);
    created.account().grant(Role.ADMIN, null, null, null);
    em.flush();
    record(
        admin,
        "GRANTED",
        created.account(),
        "Rolle admin an '" + created.account().getUsername() + "' vergeben (erstes Admin-Konto)",
        null);
    // the parent organisation's log says so too: its admin knew the initial password
    audit.record(
        admin.username(),
        admin.organisationId(),
        "FIRST_ADMIN_CREATED",
        "Organisation",
        organisation.getId(),
        "Erstes Admin-Konto '"
            + created.account().getUsername()
            + "' für '"
            + organisation.getCode()
            + "' angelegt",
        null);
    return created;
  }

  /** The organisations directly below the admin's own that already have an admin account. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> organisationsWithAdminBelow(Actor admin) {
    admin.require(Role.ADMIN);
    return em.createQuery(
            "select distinct g.account.organisation.id from RoleGrant g"
                + " where g.role = :admin and g.account.organisation.parent.id = :own",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("own", admin.organisationId())
        .getResultList();
  }

  /** Which of the given organisations have an account with the admin role. */
  private List<Long> organisationsWithAdmin(List<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct g.account.organisation.id from RoleGrant g"
                + " where g.role = :admin and g.account.organisation.id in :ids",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("ids", organisationIds)
        .getResultList();
  }

  private InitialPassword newAccount(Actor admin, Organisation organisation, AccountForm form) {
    if (!form.isNew()) {
      throw new IllegalArgumentException("form of an existing account");
    }
    boolean taken =
        !em.createQuery("select a.id from Account a where a.username = :name", Long.class)
            .setParameter("name", form.getUsername())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("admin.account.usernameTaken", form.getUsername());
    }
    Account account = new Account(organisation, form.getUsername(), form.getDisplayName());
    account.setEmail(form.getEmail());
    account.setEnabled(form.isEnabled());
    String password = InitialPasswords.generate();
    account.changePassword(hasher.hash(password), true, LocalDateTime.now());
    em.persist(account);
    em.flush();
    record(
        admin,
        "CREATED",
        account,
        "Konto '" + account.getUsername() + "' angelegt",
        "Name: " + account.getDisplayName() + ", E-Mail: " + account.getEmail());
    return new InitialPassword(account, password);
  }

  public Account update(Actor admin, @NotNull @Valid AccountForm form) {
    admin.require(Role.ADMIN);
    Account account = owned(admin, form.getId());
    if (account.getVersion() != form.getVersion()) {
      throw new InvalidInputException("admin.concurrentChange");
    }
    if (!account.getUsername().equals(form.getUsername())) {
      throw new InvalidInputException("admin.account.usernameFixed");
    }
    if (!form.isEnabled() && account.getId() == admin.accountId()) {
      throw new InvalidInputException("admin.account.notSelf");
    }
    String before = "Name: " + account.getDisplayName() + ", E-Mail: " + account.getEmail();
    if (!account.getDisplayName().equals(form.getDisplayName())) {
      // OParl publishes the name of a committee member; its `modified` follows the renaming
      em.createNativeQuery("UPDATE account SET name_changed_at = CURRENT_TIMESTAMP WHERE id = ?")
          .setParameter(1, account.getId())
          .executeUpdate();
    }
    account.setDisplayName(form.getDisplayName());
    account.setEmail(form.getEmail());
    boolean wasEnabled = account.isEnabled();
    account.setEnabled(form.isEnabled());
    if (wasEnabled && !form.isEnabled()) {
      account.signOutEverywhere(LocalDateTime.now());
    }
    record(
        admin,
        "UPDATED",
        account,
        "Konto '"
            + account.getUsername()
            + "' geändert"
            + (form.isEnabled() ? "" : " (deaktiviert)"),
        "vorher "
            + before
            + "; nachher Name: "
            + account.getDisplayName()
            + ", E-Mail: "
            + account.getEmail());
    return account;
  }

  public InitialPassword resetPassword(Actor admin, long accountId) {
    if (singleSignOn.isEnabled()) {
      throw new InvalidInputException("admin.accounts.noPasswordWithSingleSignOn");
    }
    admin.require(Role.ADMIN);
    Account account = owned(admin, accountId);
    String password = InitialPasswords.generate();
    LocalDateTime now = LocalDateTime.now();
    account.changePassword(hasher.hash(password), true, now);
    account.unlock();
    account.signOutEverywhere(now);
    record(
        admin,
        "PASSWORD_RESET",
        account,
        "Passwort von '" + account.getUsername() + "' zurückgesetzt",
        null);
    return new InitialPassword(account, password);
  }

  public void unlock(Actor admin, long accountId) {
    admin.require(Role.ADMIN);
    Account account = owned(admin, accountId);
    account.unlock();
    record(admin, "UNLOCKED", account, "Konto '" + account.getUsername() + "' entsperrt", null);
  }

  public RoleGrant addGrant(
      Actor admin, long accountId, Role role, Long departmentId, Long committeeId, Long schoolId) {
    admin.require(Role.ADMIN);
    if (role == null) {
      throw new InvalidInputException("admin.grant.roleRequired");
    }
    Account account = owned(admin, accountId);
    Long department =
        scope(admin, role == Role.DEPARTMENT_CONTRIBUTOR, Department.class, departmentId);
    Long committee =
        scope(
            admin,
            role == Role.COMMITTEE_CHAIR
                || role == Role.COMMITTEE_MEMBER
                || role == Role.COMMITTEE_SECRETARIAT,
            Committee.class,
            committeeId);
    Long school = scope(admin, role == Role.SCHOOL_CONTACT, School.class, schoolId);
    boolean duplicate =
        account.getGrants().stream()
            .anyMatch(
                g ->
                    g.getRole() == role
                        && Objects.equals(g.getDepartmentId(), department)
                        && Objects.equals(g.getCommitteeId(), committee)
                        && Objects.equals(g.getSchoolId(), school));
    if (duplicate) {
      throw new InvalidInputException("admin.grant.duplicate");
    }
    RoleGrant grant = account.grant(role, department, committee, school);
    em.flush();
    record(
        admin,
        "GRANTED",
        account,
        "Rolle "
            + role.roleName()
            + scopeText(department, committee, school)
            + " an '"
            + account.getUsername()
            + "' vergeben",
        null);
    return grant;
  }

  public void removeGrant(Actor admin, long accountId, long grantId) {
    admin.require(Role.ADMIN);
    Account account = owned(admin, accountId);
    RoleGrant grant =
        account.getGrants().stream()
            .filter(g -> g.getId() == grantId)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("grant " + grantId + " not on account"));
    if (grant.getRole() == Role.ADMIN && account.getId() == admin.accountId()) {
      throw new InvalidInputException("admin.grant.keepOwnAdmin");
    }
    account.revoke(grant);
    record(
        admin,
        "REVOKED",
        account,
        "Rolle "
            + grant.getRole().roleName()
            + scopeText(grant.getDepartmentId(), grant.getCommitteeId(), grant.getSchoolId())
            + " von '"
            + account.getUsername()
            + "' entzogen",
        null);
  }

  /** A scope id the role needs (of the admin's organisation), or none if it takes none. */
  private <T extends ReferenceEntity> Long scope(
      Actor admin, boolean needed, Class<T> type, Long id) {
    if (!needed) {
      return null;
    }
    if (id == null) {
      throw new InvalidInputException("admin.grant.scopeRequired");
    }
    TenantScope.findOwn(em, type, id, admin)
        .orElseThrow(() -> new InvalidInputException("admin.grant.scopeRequired"));
    return id;
  }

  private static String scopeText(Long department, Long committee, Long school) {
    if (department != null) {
      return " (Fachbereich #" + department + ")";
    }
    if (committee != null) {
      return " (Gremium #" + committee + ")";
    }
    return school != null ? " (Schule #" + school + ")" : "";
  }

  private Account owned(Actor admin, Long accountId) {
    return TenantScope.findOwn(em, Account.class, accountId, admin)
        .orElseThrow(
            () -> new AccessDeniedException("account " + accountId + " is not the admin's"));
  }

  /** Into the audit log of the account's organisation (for a first admin: not the admin's own). */
  private void record(Actor admin, String action, Account account, String summary, String details) {
    audit.record(
        admin.username(),
        account.getOrganisation().getId(),
        action,
        "Account",
        account.getId(),
        summary,
        details);
  }
}

package de.planungsportal.identity.admin.web;

import de.planungsportal.area.Committee;
import de.planungsportal.area.Department;
import de.planungsportal.area.ReferenceEntity;
import de.planungsportal.area.School;
import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.RoleGrant;
import de.planungsportal.identity.SingleSignOn;
import de.planungsportal.identity.admin.AccountAdminService;
import de.planungsportal.identity.admin.AccountForm;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.CrudView;
import de.planungsportal.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs admin/accounts.xhtml: accounts, their initial passwords and role grants. */
@Named
@ViewScoped
public class AccountAdminView extends CrudView<Account, AccountForm> {

  private static final long serialVersionUID = 1L;

  @Inject private AccountAdminService service;
  @Inject private ReferenceDataAdminService referenceData;
  @Inject private SingleSignOn singleSignOn;

  private final InitialPasswordNotice initialPassword = new InitialPasswordNotice();
  private Account grantsOf;
  private Role newRole;
  private Long newScopeId;
  private Map<Long, String> departments;
  private Map<Long, String> committees;
  private Map<Long, String> schools;

  @Override
  protected List<Account> list(Actor admin) {
    departments = names(referenceData.list(admin, Department.class));
    committees = names(referenceData.list(admin, Committee.class));
    schools = names(referenceData.list(admin, School.class));
    return service.list(admin);
  }

  @Override
  protected AccountForm newForm() {
    return new AccountForm();
  }

  @Override
  protected AccountForm formOf(Account account) {
    return AccountForm.of(account);
  }

  @Override
  protected void save(Actor admin, AccountForm form) {
    if (form.isNew()) {
      initialPassword.announce(service.create(admin, form), singleSignOn.isEnabled());
    } else {
      service.update(admin, form);
    }
  }

  public void resetPassword(Account account) {
    if (run(
        () ->
            initialPassword.show(service.resetPassword(currentUser.require(), account.getId())))) {
      load();
    }
  }

  public void unlock(Account account) {
    if (run(() -> service.unlock(currentUser.require(), account.getId()))) {
      Messages.info("admin.accounts.unlocked", account.getUsername());
      load();
    }
  }

  public void manageGrants(Account account) {
    grantsOf = account;
    newRole = null;
    newScopeId = null;
  }

  public void addGrant() {
    Long id = grantsOf.getId();
    boolean added =
        run(
            () ->
                service.addGrant(
                    currentUser.require(),
                    id,
                    newRole,
                    newRole == Role.DEPARTMENT_CONTRIBUTOR ? newScopeId : null,
                    isCommitteeRole(newRole) ? newScopeId : null,
                    newRole == Role.SCHOOL_CONTACT ? newScopeId : null));
    if (added) {
      Messages.info("admin.saved");
      reloadGrantsOf(id);
    }
  }

  public void removeGrant(RoleGrant grant) {
    Long id = grantsOf.getId();
    if (run(() -> service.removeGrant(currentUser.require(), id, grant.getId()))) {
      Messages.info("admin.saved");
      reloadGrantsOf(id);
    }
  }

  /** Human-readable scope of a grant, e.g. the department's name. */
  public String scopeOf(RoleGrant grant) {
    if (grant.getDepartmentId() != null) {
      return departments.get(grant.getDepartmentId());
    }
    if (grant.getCommitteeId() != null) {
      return committees.get(grant.getCommitteeId());
    }
    return grant.getSchoolId() == null ? "" : schools.get(grant.getSchoolId());
  }

  /** Scopes to choose from for the role being granted; empty when the role takes none. */
  public Map<Long, String> getScopes() {
    if (newRole == Role.DEPARTMENT_CONTRIBUTOR) {
      return departments;
    }
    if (isCommitteeRole(newRole)) {
      return committees;
    }
    return newRole == Role.SCHOOL_CONTACT ? schools : Map.of();
  }

  public boolean isLocked(Account account) {
    return account.isLocked(LocalDateTime.now());
  }

  private void reloadGrantsOf(Long accountId) {
    load();
    grantsOf = getRows().stream().filter(a -> a.getId().equals(accountId)).findFirst().orElse(null);
    newRole = null;
    newScopeId = null;
  }

  private static boolean isCommitteeRole(Role role) {
    return role == Role.COMMITTEE_CHAIR
        || role == Role.COMMITTEE_MEMBER
        || role == Role.COMMITTEE_SECRETARIAT;
  }

  private static <T extends ReferenceEntity> Map<Long, String> names(List<T> entities) {
    return entities.stream()
        .collect(
            Collectors.toMap(
                ReferenceEntity::getId,
                ReferenceEntity::getName,
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  public InitialPasswordNotice getInitialPassword() {
    return initialPassword;
  }

  public Account getGrantsOf() {
    return grantsOf;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public Long getNewScopeId() {
    return newScopeId;
  }

  public void setNewScopeId(Long newScopeId) {
    this.newScopeId = newScopeId;
  }
}

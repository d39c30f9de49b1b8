package de.planungsportal.identity;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
import de.planungsportal.tenant.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A staff member's login. Pupils and parents never have one. */
@Entity
@Table(name = "account")
public class Account implements Serializable, Owned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, length = 80, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 254)
  private String email;

  /** Modular-crypt bcrypt string, checked by the Elytron realm; null for OIDC-only accounts. */
  @Column(name = "password_hash", length = 100)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "sessions_valid_after")
  private LocalDateTime sessionsValidAfter;

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt = LocalDateTime.now();

  @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<RoleGrant> grants = new ArrayList<>();

  @Version private int version;

  protected Account() {}

  public Account(Organisation organisation, String username, String displayName) {
    this.organisation = organisation;
    this.username = username;
    this.displayName = displayName;
  }

  public RoleGrant grant(Role role) {
    return grant(role, null, null, null);
  }

  public RoleGrant grant(Role role, Long departmentId, Long committeeId, Long schoolId) {
    RoleGrant grant = new RoleGrant(this, role, departmentId, committeeId, schoolId);
    grants.add(grant);
    return grant;
  }

  public void revoke(RoleGrant grant) {
    grants.remove(grant);
  }

  /** Counts a failed sign-in; the account is locked once the limit is reached. */
  public void recordFailedLogin(int limit, Duration lockFor, LocalDateTime now) {
    failedLogins++;
    if (failedLogins >= limit) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLocked(LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Whether the server's password realm finds this account and checks a password against its hash:
   * the conditions of its principal query in configure-server.cli.
   */
  public boolean passwordCheckedByRealm(LocalDateTime now) {
    return enabled && passwordHash != null && !isLocked(now);
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /**
   * Sets a new password hash. An initial password (set by an admin) must be changed at the next
   * sign-in; one the user chose need not.
   */
  public void changePassword(String hash, boolean initial, LocalDateTime now) {
    passwordHash = hash;
    mustChangePassword = initial;
    passwordChangedAt = now;
  }

  /** Ends all sessions of this account, on every node, at their next request. */
  public void signOutEverywhere(LocalDateTime now) {
    sessionsValidAfter = now;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public LocalDateTime getSessionsValidAfter() {
    return sessionsValidAfter;
  }

  public LocalDateTime getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }

  /** The account as services see it: who, which organisation, which grants. */
  public Actor toActor() {
    return new Actor(
        id,
        username,
        displayName,
        getOrganisation().getId(),
        getOrganisation().getCode(),
        getOrganisation().getName(),
        getGrants().stream()
            .map(
                g ->
                    new Actor.Grant(
                        g.getRole(), g.getDepartmentId(), g.getCommitteeId(), g.getSchoolId()))
            .toList());
  }

  public Long getId() {
    return id;
  }

  @Override
  public Organisation owner() {
    return organisation;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }

  public List<RoleGrant> getGrants() {
    return grants;
  }
}

package de.planungsportal.identity;

import de.planungsportal.area.Organisation;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A staff member's login. Pupils and parents never have one. */
@Entity
@Table(name = "account")
public class Account {

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
    RoleGrant grant = new RoleGrant(this, role);
    grants.add(grant);
    return grant;
  }

  public Long getId() {
    return id;
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

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
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

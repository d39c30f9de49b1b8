package de.planungsportal.sharing;

import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Owned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Kooperationsvereinbarung: the owner lets the grantee read one scope of its data until the grant
 * is revoked. Revoked grants stay as a record.
 */
@Entity
@Table(name = "sharing_grant")
public class SharingGrant implements Serializable, Owned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_organisation_id", updatable = false)
  private Organisation owner;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "grantee_organisation_id", updatable = false)
  private Organisation grantee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private SharingScope scope;

  @Column(name = "scope_ref", updatable = false)
  private Long scopeRef;

  @Column(name = "granted_by", nullable = false, length = 80, updatable = false)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private LocalDateTime grantedAt;

  @Column(name = "revoked_by", length = 80)
  private String revokedBy;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Version private int version;

  protected SharingGrant() {}

  SharingGrant(
      Organisation owner,
      Organisation grantee,
      SharingScope scope,
      Long scopeRef,
      String grantedBy,
      LocalDateTime grantedAt) {
    this.owner = owner;
    this.grantee = grantee;
    this.scope = scope;
    this.scopeRef = scopeRef;
    this.grantedBy = grantedBy;
    this.grantedAt = grantedAt;
  }

  void revoke(String by, LocalDateTime at) {
    revokedBy = by;
    revokedAt = at;
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  @Override
  public Organisation owner() {
    return owner;
  }

  public Organisation getOwner() {
    return owner;
  }

  public Organisation getGrantee() {
    return grantee;
  }

  public SharingScope getScope() {
    return scope;
  }

  public Long getScopeRef() {
    return scopeRef;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public LocalDateTime getGrantedAt() {
    return grantedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }
}

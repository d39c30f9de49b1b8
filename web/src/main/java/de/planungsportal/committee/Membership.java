package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.identity.Account;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A seat on a committee for a time; only chair, deputy chair and members vote. */
@Entity
@Table(name = "committee_membership")
public class Membership implements Serializable {

  public enum Role {
    CHAIR(true),
    DEPUTY_CHAIR(true),
    MEMBER(true),
    ADVISORY(false),
    SECRETARIAT(false);

    private final boolean votes;

    Role(boolean votes) {
      this.votes = votes;
    }

    public boolean votes() {
      return votes;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "committee_id", updatable = false)
  private Committee committee;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "modified_at", insertable = false, updatable = false)
  private LocalDateTime modifiedAt;

  @Version private int version;

  protected Membership() {}

  public Membership(
      Committee committee, Account account, Role role, LocalDate validFrom, LocalDate validTo) {
    this.committee = committee;
    this.account = account;
    this.role = role;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  public Long getId() {
    return id;
  }

  public Committee getCommittee() {
    return committee;
  }

  public Account getAccount() {
    return account;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getModifiedAt() {
    return modifiedAt;
  }

  public int getVersion() {
    return version;
  }

  /** Whether the seat is held on the given day. */
  public boolean heldOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}

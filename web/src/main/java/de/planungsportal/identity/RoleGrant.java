package de.planungsportal.identity;

import de.planungsportal.tenant.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A role an account holds in its organisation, optionally narrowed to one department, committee or
 * school (ids of the scope).
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(nullable = false, length = 40)
  private Role role;

  @Column(name = "department_id")
  private Long departmentId;

  @Column(name = "committee_id")
  private Long committeeId;

  @Column(name = "school_id")
  private Long schoolId;

  protected RoleGrant() {}

  RoleGrant(Account account, Role role, Long departmentId, Long committeeId, Long schoolId) {
    this.account = account;
    this.role = role;
    this.departmentId = departmentId;
    this.committeeId = committeeId;
    this.schoolId = schoolId;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Role getRole() {
    return role;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public Long getSchoolId() {
    return schoolId;
  }
}

package de.planungsportal.tenant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of ARCHITECTURE.md. The name is used in web.xml security constraints, in the role_grant
 * table and as the Camunda candidate group.
 */
public enum Role {
  ADMIN("admin"),
  PLANNER("planner"),
  DEPARTMENT_CONTRIBUTOR("department-contributor"),
  ADMINISTRATIVE_HEAD("administrative-head"),
  COMMITTEE_SECRETARIAT("committee-secretariat"),
  COMMITTEE_CHAIR("committee-chair"),
  COMMITTEE_MEMBER("committee-member"),
  DATA_PROTECTION_OFFICER("data-protection-officer"),
  SCHOOL_CONTACT("school-contact"),
  /** Schulaufsicht: approves survey waves in schools, organisation-wide like the DPO. */
  SCHOOL_AUTHORITY("school-authority");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Role> byName(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }
}

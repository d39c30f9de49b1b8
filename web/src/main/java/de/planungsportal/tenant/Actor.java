package de.planungsportal.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in staff member as services see it: who, which organisation, which grants. Built from
 * the database on every request, so it is the one source of truth for screens, services and Camunda
 * task visibility alike.
 */
public record Actor(
    long accountId,
    String username,
    String displayName,
    long organisationId,
    String organisationCode,
    String organisationName,
    List<Grant> grants) {

  /** A role, optionally narrowed to one department, committee or school (by id). */
  public record Grant(Role role, Long departmentId, Long committeeId, Long schoolId) {

    /** Candidate group of this grant's scope, e.g. {@code department-contributor#department-12}. */
    String scopedGroup() {
      if (departmentId != null) {
        return role.roleName() + "#department-" + departmentId;
      }
      if (committeeId != null) {
        return role.roleName() + "#committee-" + committeeId;
      }
      if (schoolId != null) {
        return role.roleName() + "#school-" + schoolId;
      }
      return null;
    }
  }

  public Actor {
    grants = List.copyOf(grants);
  }

  public boolean has(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }

  /** Throws AccessDeniedException unless the actor holds the role. */
  public void require(Role role) {
    if (!has(role)) {
      throw new AccessDeniedException(username + " lacks role " + role.roleName());
    }
  }

  public boolean hasAny(Set<Role> roles) {
    return grants.stream().anyMatch(g -> roles.contains(g.role()));
  }

  /**
   * Camunda candidate groups: each role by name (offered to everyone holding it) and, for scoped
   * grants, the role narrowed to its department, committee or school.
   */
  public List<String> candidateGroups() {
    Set<String> groups = new TreeSet<>();
    for (Grant grant : grants) {
      groups.add(grant.role().roleName());
      String scoped = grant.scopedGroup();
      if (scoped != null) {
        groups.add(scoped);
      }
    }
    return new ArrayList<>(groups);
  }
}

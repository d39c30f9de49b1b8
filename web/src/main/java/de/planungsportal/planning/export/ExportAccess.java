package de.planungsportal.planning.export;

import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may take a version of the work plan home. The owning organisation's planners and
 * administrative head: every version once submitted; its department contributors: the published
 * one. A partner organisation's staff in these roles, while a sharing grant for published plans
 * lasts: the approved and the published version. Everyone else is told nothing exists.
 */
public final class ExportAccess {

  /** What the caller is told. */
  public enum Verdict {
    ALLOWED,
    /** not there, or not the caller's business: the same answer, so ids reveal nothing. */
    NOT_FOUND,
    /** the caller's own organisation's version, but not for the caller's roles. */
    FORBIDDEN,
    /** one the caller may read once submitted, still a draft. */
    DRAFT
  }

  static final Set<Role> READERS =
      EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD, Role.DEPARTMENT_CONTRIBUTOR);

  private static final Set<WorkPlanVersion.Status> DECIDED =
      EnumSet.of(WorkPlanVersion.Status.APPROVED, WorkPlanVersion.Status.PUBLISHED);

  private ExportAccess() {}

  /**
   * @param ownerId the organisation the version belongs to
   * @param shared whether a sharing grant for published plans lets the caller's organisation read
   *     the owner's
   */
  public static Verdict of(
      Actor actor, long ownerId, WorkPlanVersion.Status status, boolean shared) {
    if (ownerId != actor.organisationId()) {
      return shared && actor.hasAny(READERS) && DECIDED.contains(status)
          ? Verdict.ALLOWED
          : Verdict.NOT_FOUND;
    }
    if (actor.has(Role.PLANNER) || actor.has(Role.ADMINISTRATIVE_HEAD)) {
      return status == WorkPlanVersion.Status.DRAFT ? Verdict.DRAFT : Verdict.ALLOWED;
    }
    if (actor.has(Role.DEPARTMENT_CONTRIBUTOR)) {
      return status == WorkPlanVersion.Status.PUBLISHED ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }
    return Verdict.FORBIDDEN;
  }
}

package de.planungsportal.planning.export;

import static de.planungsportal.planning.WorkPlanVersion.Status.APPROVED;
import static de.planungsportal.planning.WorkPlanVersion.Status.DRAFT;
import static de.planungsportal.planning.WorkPlanVersion.Status.PUBLISHED;
import static de.planungsportal.planning.WorkPlanVersion.Status.RETURNED;
import static de.planungsportal.planning.WorkPlanVersion.Status.SUBMITTED;
import static de.planungsportal.planning.export.ExportAccess.Verdict.ALLOWED;
import static de.planungsportal.planning.export.ExportAccess.Verdict.FORBIDDEN;
import static de.planungsportal.planning.export.ExportAccess.Verdict.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportAccessTest {

  private static final long OWN = 1;
  private static final long OTHER = 2;

  @Test
  void plannersAndTheHeadGetEverySubmittedVersionOfTheirOwnOrganisation() {
    for (Role role : List.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD)) {
      for (WorkPlanVersion.Status status : List.of(SUBMITTED, RETURNED, APPROVED, PUBLISHED)) {
        assertThat(ExportAccess.of(actor(role), OWN, status, false))
            .as(role + " " + status)
            .isEqualTo(ALLOWED);
      }
      assertThat(ExportAccess.of(actor(role), OWN, DRAFT, false))
          .isEqualTo(ExportAccess.Verdict.DRAFT);
    }
  }

  @Test
  void departmentContributorsGetThePublishedVersionOnly() {
    Actor contributor = actor(Role.DEPARTMENT_CONTRIBUTOR);

    assertThat(ExportAccess.of(contributor, OWN, PUBLISHED, false)).isEqualTo(ALLOWED);
    assertThat(List.of(DRAFT, SUBMITTED, RETURNED, APPROVED))
        .allMatch(s -> ExportAccess.of(contributor, OWN, s, false) == FORBIDDEN);
  }

  @Test
  void otherRolesOfTheOwnOrganisationGetNothing() {
    for (Role role :
        List.of(Role.ADMIN, Role.COMMITTEE_MEMBER, Role.SCHOOL_CONTACT, Role.COMMITTEE_CHAIR)) {
      assertThat(ExportAccess.of(actor(role), OWN, PUBLISHED, false)).isEqualTo(FORBIDDEN);
    }
  }

  @Test
  void anotherOrganisationSeesNothingWithoutAGrant() {
    for (WorkPlanVersion.Status status : WorkPlanVersion.Status.values()) {
      assertThat(ExportAccess.of(actor(Role.PLANNER), OTHER, status, false)).isEqualTo(NOT_FOUND);
    }
  }

  @Test
  void aGrantForPublishedPlansSharesTheApprovedAndPublishedVersionsOnly() {
    Actor partner = actor(Role.PLANNER);

    assertThat(ExportAccess.of(partner, OTHER, PUBLISHED, true)).isEqualTo(ALLOWED);
    assertThat(ExportAccess.of(partner, OTHER, APPROVED, true)).isEqualTo(ALLOWED);
    assertThat(List.of(DRAFT, SUBMITTED, RETURNED))
        .allMatch(s -> ExportAccess.of(partner, OTHER, s, true) == NOT_FOUND);
    assertThat(ExportAccess.of(actor(Role.SCHOOL_CONTACT), OTHER, PUBLISHED, true))
        .isEqualTo(NOT_FOUND);
  }

  private static Actor actor(Role role) {
    return new Actor(
        7, "t", "Test", OWN, "own", "Own", List.of(new Actor.Grant(role, null, null, null)));
  }
}

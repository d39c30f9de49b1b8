package de.planungsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.identity.AccessPolicy.Need;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

  private static final Actor WITHOUT_ROLE = actor();
  private static final Actor PLANNER = actor(Role.PLANNER);
  private static final Actor ADMIN = actor(Role.ADMIN);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v2/x",
        "/api",
        "/new/page.xhtml",
        "/index.xhtml.bak",
        "/login.xhtml/x",
        "/answers/index.xhtml",
        "/oparlx/v1.1/system",
        "/errors.xhtml",
        "/workflow/tasks.xhtml",
        "/api/v1/reference/schools"
      })
  void unknownAndStaffPathsNeedASignedInActorWithSomeRole(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.isPublic()).isFalse();
    assertThat(rule.need()).isEqualTo(Need.ROLE);
    assertThat(rule.roles()).isEqualTo(EnumSet.allOf(Role.class));
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
    assertThat(rule.admits(PLANNER)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/index.xhtml",
        "/login.xhtml",
        "/privacy.xhtml",
        "/answer",
        "/answer/",
        "/answer/privacy.xhtml",
        "/oparl/v1.1/bodies/1/papers",
        "/jakarta.faces.resource/css/portal.css.xhtml",
        "/resources/images/favicon.svg",
        "/error/403.xhtml",
        "/sso/signin"
      })
  void listedPathsArePublic(String path) {
    assertThat(AccessPolicy.ruleFor(path).isPublic()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/account/index.xhtml",
        "/account/password.xhtml",
        "/api/v1/account/personal-data"
      })
  void ownAccountNeedsAnAccountButNoRole(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.isPublic()).isFalse();
    assertThat(rule.admits(WITHOUT_ROLE)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin",
        "/admin/index.xhtml",
        "/admin/schools-template.csv",
        "/api/v1/admin/accounts/1/personal-data"
      })
  void administrationNeedsTheAdminRole(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.admits(ADMIN)).isTrue();
    assertThat(rule.admits(PLANNER)).isFalse();
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @Test
  void processPictureIsForPlannersHeadsAndAdminsOnly() {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor("/workflow/process.xhtml");

    assertThat(rule.admits(PLANNER)).isTrue();
    assertThat(rule.admits(actor(Role.ADMINISTRATIVE_HEAD))).isTrue();
    assertThat(rule.admits(ADMIN)).isTrue();
    assertThat(rule.admits(actor(Role.DEPARTMENT_CONTRIBUTOR))).isFalse();
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/planning/cycles.xhtml",
        "/planning/cycle.xhtml",
        "/planning/plan.xhtml",
        "/planning/compare.xhtml"
      })
  void workPlansAreReadByThePlanningRolesOnly(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.admits(PLANNER)).isTrue();
    assertThat(rule.admits(actor(Role.ADMINISTRATIVE_HEAD))).isTrue();
    assertThat(rule.admits(actor(Role.DEPARTMENT_CONTRIBUTOR))).isTrue();
    assertThat(rule.admits(ADMIN)).isFalse();
    assertThat(rule.admits(actor(Role.COMMITTEE_MEMBER, Role.SCHOOL_CONTACT))).isFalse();
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/planning/start.xhtml, PLANNER",
    "/planning/consolidate.xhtml, PLANNER",
    "/planning/contribute.xhtml, DEPARTMENT_CONTRIBUTOR",
    "/planning/progress.xhtml, DEPARTMENT_CONTRIBUTOR",
    "/planning/year-end.xhtml, PLANNER",
    "/planning/sign-off.xhtml, ADMINISTRATIVE_HEAD",
    "/committee/meetings.xhtml, COMMITTEE_SECRETARIAT"
  })
  void cycleStepFormsAreForTheRoleOfTheStepOnly(String path, Role role) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.admits(actor(role))).isTrue();
    for (Role other : Role.values()) {
      if (other != role) {
        assertThat(rule.admits(actor(other))).as(other.name()).isFalse();
      }
    }
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/committee/prepare.xhtml, COMMITTEE_SECRETARIAT",
    "/committee/meeting-vote.xhtml, COMMITTEE_SECRETARIAT",
    "/committee/sign.xhtml, COMMITTEE_CHAIR"
  })
  void committeeStepFormsAreForTheRoleOfTheStepOnly(String path, Role role) {
    cycleStepFormsAreForTheRoleOfTheStepOnly(path, role);
  }

  @ParameterizedTest
  @CsvSource({
    "/survey/waves.xhtml, PLANNER",
    "/survey/wave.xhtml, PLANNER",
    "/survey/review-data-protection.xhtml, DATA_PROTECTION_OFFICER",
    "/survey/review-school-authority.xhtml, SCHOOL_AUTHORITY"
  })
  void wavePagesAreForThePlannerAndEachReviewForItsRoleOnly(String path, Role role) {
    cycleStepFormsAreForTheRoleOfTheStepOnly(path, role);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/committee/vote.xhtml", "/committee/my-votes.xhtml"})
  void votingPagesAreForMembersAndChairsOnly(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.admits(actor(Role.COMMITTEE_MEMBER))).isTrue();
    assertThat(rule.admits(actor(Role.COMMITTEE_CHAIR))).isTrue();
    for (Role other : Role.values()) {
      if (other != Role.COMMITTEE_MEMBER && other != Role.COMMITTEE_CHAIR) {
        assertThat(rule.admits(actor(other))).as(other.name()).isFalse();
      }
    }
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/v1/reference/areas", "/api/v2/x"})
  void apiPathsAreAnsweredWithStatusCodes(String path) {
    assertThat(AccessPolicy.isApi(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/new/page.xhtml", "/apis.xhtml", "/oparl/v1.1/system"})
  void otherPathsAreNotApi(String path) {
    assertThat(AccessPolicy.isApi(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/planning/export/12.pdf", "/planning/export/12.xlsx", "/planning/export"})
  void workPlanDownloadsAreForThePlanningRolesOnly(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    assertThat(rule.admits(PLANNER)).isTrue();
    assertThat(rule.admits(actor(Role.ADMINISTRATIVE_HEAD))).isTrue();
    assertThat(rule.admits(actor(Role.DEPARTMENT_CONTRIBUTOR))).isTrue();
    assertThat(rule.admits(ADMIN)).isFalse();
    assertThat(rule.admits(actor(Role.COMMITTEE_MEMBER, Role.SCHOOL_CONTACT))).isFalse();
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/committee/paper.xhtml", "/committee/decision/12.pdf", "/committee/file/12"})
  void papersAndDecisionRecordsAreForTheCommitteeRolesOnly(String path) {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor(path);

    for (Role role : Role.values()) {
      boolean committee =
          role == Role.COMMITTEE_MEMBER
              || role == Role.COMMITTEE_CHAIR
              || role == Role.COMMITTEE_SECRETARIAT;
      assertThat(rule.admits(actor(role))).as(role.name()).isEqualTo(committee);
    }
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @Test
  void theRunningTallyIsForSecretariatsAndChairsNotForVoters() {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor("/committee/tally.xhtml");

    for (Role role : Role.values()) {
      boolean sees = role == Role.COMMITTEE_SECRETARIAT || role == Role.COMMITTEE_CHAIR;
      assertThat(rule.admits(actor(role))).as(role.name()).isEqualTo(sees);
    }
    assertThat(rule.admits(WITHOUT_ROLE)).isFalse();
  }

  @Test
  void committeesAndSeatsAreForAdminsAndSecretariatsOnly() {
    AccessPolicy.Rule rule = AccessPolicy.ruleFor("/committee/committees.xhtml");

    for (Role role : Role.values()) {
      assertThat(rule.admits(actor(role)))
          .as(role.name())
          .isEqualTo(role == Role.ADMIN || role == Role.COMMITTEE_SECRETARIAT);
    }
  }

  private static Actor actor(Role... roles) {
    return new Actor(
        1,
        "t",
        "Test",
        1,
        "t",
        "Test",
        List.of(roles).stream().map(r -> new Actor.Grant(r, null, null, null)).toList());
  }
}

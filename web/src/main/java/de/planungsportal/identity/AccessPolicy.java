package de.planungsportal.identity;

import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open which path, closed by default: a short list of public paths, the own account for
 * every signed-in account, and everything else only for an actor holding a role the first matching
 * rule names. A page or resource added without a rule is therefore staff-only, never public.
 * Services check again (defence in depth); this table keeps whole areas closed.
 */
public final class AccessPolicy {

  /** What a rule asks of the caller. */
  public enum Need {
    /** nothing: anonymous visitors pass. */
    NOTHING,
    /** a signed-in, enabled account, whatever its roles. */
    ACCOUNT,
    /** a signed-in account holding at least one of the rule's roles. */
    ROLE
  }

  /**
   * A path (exact) or a folder (a path other than the root ending in {@code /}: itself without the
   * slash and everything below), what it needs and, for {@link Need#ROLE}, the roles of which one
   * suffices.
   */
  public record Rule(String path, Need need, Set<Role> roles) {

    boolean matches(String requestPath) {
      if (path.length() == 1 || !path.endsWith("/")) {
        return requestPath.equals(path);
      }
      return requestPath.startsWith(path)
          || requestPath.equals(path.substring(0, path.length() - 1));
    }

    public boolean isPublic() {
      return need == Need.NOTHING;
    }

    /** Whether this signed-in actor may pass. */
    public boolean admits(Actor actor) {
      return need != Need.ROLE || actor.hasAny(roles);
    }
  }

  static final List<Rule> RULES =
      List.of(
          // landing, sign-in and privacy: exact pages, so a page added beside them is not public
          open("/"),
          open("/index.xhtml"),
          open("/login.xhtml"),
          open("/privacy.xhtml"),
          open("/favicon.ico"),
          // pupils and parents answering surveys, without an account
          // a questionnaire page as respondents see it, for the builder's planners (the servlet
          // narrows it to their organisation's versions)
          step("/answer/preview", Role.PLANNER),
          open("/answer/"),
          // OParl: published committee data, no personal data
          open("/oparl/"),
          // style sheets, scripts and images of public pages
          open("/jakarta.faces.resource/"),
          open("/resources/"),
          // opened directly or by a redirect after an ajax error; status pages are no secret
          open("/error/"),
          // single sign-on: web.xml lets only callers the provider authenticated in, and the
          // servlet itself ends the session of one without an enabled account
          open("/sso/"),
          // one's own account (password, Art. 15 export, sign out everywhere) needs no role: an
          // account whose roles were all revoked keeps the rights the person has in any case,
          // and a new account must be able to change its initial password
          new Rule("/account/", Need.ACCOUNT, Set.of()),
          new Rule("/api/v1/account/", Need.ACCOUNT, Set.of()),
          // reading work plans: the planning roles; the services narrow it to own organisation,
          // published plans and sharing grants
          plans("/planning/cycles.xhtml"),
          plans("/planning/cycle.xhtml"),
          plans("/planning/plan.xhtml"),
          plans("/planning/compare.xhtml"),
          // work plans as PDF and XLSX: the export service narrows it to the own organisation's
          // submitted versions, the published one, and sharing grants
          plans("/planning/export/"),
          // the forms of the cycle's steps: only the role the step is offered to; the services
          // check department and tenant
          step("/planning/start.xhtml", Role.PLANNER),
          step("/planning/consolidate.xhtml", Role.PLANNER),
          step("/planning/year-end.xhtml", Role.PLANNER),
          step("/planning/contribute.xhtml", Role.DEPARTMENT_CONTRIBUTOR),
          step("/planning/progress.xhtml", Role.DEPARTMENT_CONTRIBUTOR),
          step("/planning/sign-off.xhtml", Role.ADMINISTRATIVE_HEAD),
          // committee approval's steps: the role the step is offered to (members and chairs both
          // vote); the services check the committee and its organisation
          step("/committee/prepare.xhtml", Role.COMMITTEE_SECRETARIAT),
          step("/committee/meeting-vote.xhtml", Role.COMMITTEE_SECRETARIAT),
          step("/committee/sign.xhtml", Role.COMMITTEE_CHAIR),
          voters("/committee/vote.xhtml"),
          voters("/committee/my-votes.xhtml"),
          // committees and seats: admins (every committee) and secretariats (their own; the
          // service narrows it); meetings and agendas: secretariats; a paper and its decision
          // record: the committee's members, chair and secretariat (the services check which
          // committee)
          new Rule(
              "/committee/committees.xhtml",
              Need.ROLE,
              EnumSet.of(Role.ADMIN, Role.COMMITTEE_SECRETARIAT)),
          step("/committee/meetings.xhtml", Role.COMMITTEE_SECRETARIAT),
          committee("/committee/paper.xhtml"),
          committee("/committee/decision/"),
          committee("/committee/file/"),
          // the running tally of written circulations: secretariat and chair, never the voters
          // themselves before the circulation ends (the service narrows it to their committees)
          new Rule(
              "/committee/tally.xhtml",
              Need.ROLE,
              EnumSet.of(Role.COMMITTEE_SECRETARIAT, Role.COMMITTEE_CHAIR)),
          // survey waves: planners prepare and submit them; each review form only for the role
          // its step is offered to (the services check the wave's organisation)
          step("/survey/waves.xhtml", Role.PLANNER),
          step("/survey/wave.xhtml", Role.PLANNER),
          step("/survey/review-data-protection.xhtml", Role.DATA_PROTECTION_OFFICER),
          step("/survey/review-school-authority.xhtml", Role.SCHOOL_AUTHORITY),
          // a released survey wave: response rates and consent slips for planners and school
          // contacts; the services narrow it to the organisation and the own schools. The code
          // sheets (/survey/codesheet/) stay under the default rule: their servlet answers 404 to
          // every signed-in account but the wave's planners and the class's school contacts
          field("/survey/rates.xhtml"),
          field("/survey/consent.xhtml"),
          step("/survey/field-period.xhtml", Role.PLANNER),
          // the questionnaire builder and its JSON export: planners; the service narrows it to
          // their organisation's questionnaires
          step("/survey/questionnaires.xhtml", Role.PLANNER),
          step("/survey/questionnaire.xhtml", Role.PLANNER),
          step("/survey/export/", Role.PLANNER),
          // the indicator catalogue and its figures: every staff member reads them (the default
          // rule); importing statistics only planners (the service checks again)
          step("/indicator/import.xhtml", Role.PLANNER),
          new Rule("/admin/", Need.ROLE, EnumSet.of(Role.ADMIN)),
          // a whole process with everyone's steps: for those who run or sign processes (the same
          // roles as ProcessPicture.VIEWERS, which the cycle page shows the picture to)
          new Rule(
              "/workflow/process.xhtml",
              Need.ROLE,
              EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD, Role.ADMIN)),
          new Rule("/api/v1/admin/", Need.ROLE, EnumSet.of(Role.ADMIN)),
          // data requests: planners ask and review, school contacts answer for their schools (the
          // services narrow it to the organisation and the contact's schools)
          step("/datarequest/requests.xhtml", Role.PLANNER),
          step("/datarequest/edit.xhtml", Role.PLANNER),
          step("/datarequest/request.xhtml", Role.PLANNER),
          step("/datarequest/mine.xhtml", Role.SCHOOL_CONTACT),
          step("/datarequest/fill.xhtml", Role.SCHOOL_CONTACT));

  /** Every other path: task list, reference data, the staff API, and any path added later. */
  static final Rule OTHERWISE = new Rule("/*", Need.ROLE, EnumSet.allOf(Role.class));

  private AccessPolicy() {}

  /** The first rule matching the path, or {@link #OTHERWISE}. */
  public static Rule ruleFor(String path) {
    return RULES.stream().filter(r -> r.matches(path)).findFirst().orElse(OTHERWISE);
  }

  /** API callers get status codes (401, 403) instead of the pages a browser is sent to. */
  public static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api");
  }

  private static Rule plans(String path) {
    return new Rule(
        path,
        Need.ROLE,
        EnumSet.of(Role.PLANNER, Role.ADMINISTRATIVE_HEAD, Role.DEPARTMENT_CONTRIBUTOR));
  }

  private static Rule voters(String path) {
    return new Rule(path, Need.ROLE, EnumSet.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR));
  }

  private static Rule committee(String path) {
    return new Rule(
        path,
        Need.ROLE,
        EnumSet.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_CHAIR, Role.COMMITTEE_SECRETARIAT));
  }

  private static Rule field(String path) {
    return new Rule(path, Need.ROLE, EnumSet.of(Role.PLANNER, Role.SCHOOL_CONTACT));
  }

  private static Rule step(String path, Role role) {
    return new Rule(path, Need.ROLE, EnumSet.of(role));
  }

  private static Rule open(String path) {
    return new Rule(path, Need.NOTHING, Set.of());
  }
}

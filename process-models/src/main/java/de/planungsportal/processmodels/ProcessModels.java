package de.planungsportal.processmodels;

import java.util.List;
import java.util.Set;

/**
 * The models the application deploys, listed explicitly so that a stray file in the jar never
 * becomes a running process. A test checks that the list and the folder agree.
 */
public final class ProcessModels {

  public static final String DATA_RETENTION = "DataRetention";

  /** Nightly: committee seats that started or ended get or lose their role grants. */
  public static final String COMMITTEE_SEATS = "CommitteeSeats";

  /** The annual work plan from contributions to the year-end report. */
  public static final String PLANNING_CYCLE = "planning-cycle";

  /** Decision: which committees must approve a work plan. */
  public static final String APPROVAL_ROUTE = "approval-route";

  /** One committee's decision on a work-plan version, called by the planning cycle. */
  public static final String COMMITTEE_APPROVAL = "committee-approval";

  /** Decision: quorum and majority of a committee's vote. */
  public static final String COMMITTEE_VOTE = "committee-vote";

  /** One survey wave from its draft through both approvals and the field phase to results. */
  public static final String SURVEY_WAVE = "survey-wave";

  /** The education report of a planning cycle, generated as a PDF in an asynchronous job. */
  public static final String EDUCATION_REPORT = "education-report";

  /** A planner's data request to schools: answers, reminders, escalation and review per school. */
  public static final String DATA_REQUEST = "data-request";

  public static final List<String> RESOURCES =
      List.of(
          "bpmn/DataRetention.bpmn",
          "bpmn/CommitteeSeats.bpmn",
          "bpmn/planning-cycle.bpmn",
          "bpmn/committee-approval.bpmn",
          "bpmn/survey-wave.bpmn",
          "bpmn/education-report.bpmn",
          "bpmn/data-request.bpmn",
          "dmn/approval-route.dmn",
          "dmn/committee-vote.dmn");

  /** Processes of the installation rather than of one organisation: they run without tenant. */
  public static final Set<String> SYSTEM_PROCESSES = Set.of(DATA_RETENTION, COMMITTEE_SEATS);

  private ProcessModels() {}
}

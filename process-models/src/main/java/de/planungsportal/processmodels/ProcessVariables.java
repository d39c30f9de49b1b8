package de.planungsportal.processmodels;

/**
 * Names of the few, typed process variables shared by models, delegates and services. Lists are
 * plain {@code java.util} lists of JDK types (the engine stores them Java-serialized).
 */
public final class ProcessVariables {

  /** Long: id of the planning cycle the instance runs. */
  public static final String PLANNING_CYCLE_ID = "planningCycleId";

  /** String: code of the owning organisation; becomes the instance's Camunda tenant id. */
  public static final String ORGANISATION_CODE = "organisationCode";

  // planning-cycle: set when the cycle starts

  /** Integer: the plan's year. */
  public static final String YEAR = "year";

  /** List of Long: ids of the participating departments; one contribution task each. */
  public static final String DEPARTMENTS = "departments";

  /** Date: contributions are due; the planner is told when it passes. */
  public static final String CONTRIBUTION_DUE = "contributionDue";

  /** Date: open contributions are reminded (before {@link #CONTRIBUTION_DUE}). */
  public static final String CONTRIBUTION_REMINDER_DATE = "contributionReminderDate";

  /** String, ISO-8601 duration: time between follow-up rounds; P3M when absent. */
  public static final String FOLLOW_UP_INTERVAL = "followUpInterval";

  /** Date: follow-up ends and the year-end report is due. */
  public static final String YEAR_END = "yearEnd";

  // planning-cycle: set by steps

  /** Long, local to one contribution or progress-report task: the department asked. */
  public static final String DEPARTMENT = "department";

  /** Long: the draft version the consolidation produced (completing Task_Consolidate). */
  public static final String WORK_PLAN_VERSION_ID = "workPlanVersionId";

  /** List of String: the draft's topics, e.g. school, youth, daycare (approval-route input). */
  public static final String TOPICS = "topics";

  /** Number: the draft's total budget in euro (approval-route input). */
  public static final String TOTAL_BUDGET = "totalBudget";

  /** String: {@link #APPROVED} or {@link #RETURNED} (completing Task_HeadSignOff). */
  public static final String SIGN_OFF_OUTCOME = "signOffOutcome";

  /** String: why the head returned the draft; required with {@link #RETURNED}. */
  public static final String SIGN_OFF_REASONS = "signOffReasons";

  /** List of String: committee kinds from approval-route, e.g. SCHULTRAEGER. */
  public static final String REQUIRED_COMMITTEES = "requiredCommittees";

  /** String, local to one committee-approval call (and its instance): the committee kind. */
  public static final String COMMITTEE = "committee";

  /** String: {@link #APPROVED}, {@link #AMENDED} or {@link #REJECTED} (committee decision). */
  public static final String COMMITTEE_OUTCOME = "committeeOutcome";

  /** String: the committee's reasons; required unless approved. */
  public static final String COMMITTEE_REASONS = "committeeReasons";

  /** String: the committee whose decision was recorded last. */
  public static final String DECIDING_COMMITTEE = "decidingCommittee";

  /**
   * String: who sent the draft back to consolidation: administrative-head or a committee kind; in
   * survey-wave who returned the wave to the draft.
   */
  public static final String RETURNED_BY = "returnedBy";

  /** String: the reasons given with the latest return, for the consolidation screen. */
  public static final String RETURN_REASONS = "returnReasons";

  /** List of Long: owner departments asked for progress reports (set by publishWorkPlan). */
  public static final String REPORTING_DEPARTMENTS = "reportingDepartments";

  // committee-approval (business key: the paper id)

  /** Long: the paper (Beschlussvorlage) the instance decides on. */
  public static final String PAPER_ID = "paperId";

  /** Long: the committee deciding; scopes the candidate groups. */
  public static final String COMMITTEE_ID = "committeeId";

  /** String: MEETING or CIRCULATION (completing Task_PreparePaper). */
  public static final String PROCEDURE = "procedure";

  /** List of String: usernames of the voting members asked in a circulation. */
  public static final String VOTERS = "voters";

  /** String, local to one Task_CastVote: the member asked. */
  public static final String VOTER = "voter";

  /** Date: the circulation closes; who has not answered by then does not take part. */
  public static final String CIRCULATION_DUE = "circulationDue";

  /** Integer: voting members of the committee in this round. */
  public static final String VOTING_MEMBERS = "votingMembers";

  /** Integer: voting members taking part (present at the meeting, or answered). */
  public static final String PRESENT = "present";

  public static final String YES_VOTES = "yesVotes";
  public static final String NO_VOTES = "noVotes";
  public static final String ABSTENTIONS = "abstentions";

  /** Boolean: the meeting deferred the item. */
  public static final String DEFERRED = "deferred";

  /** String: the amendment the committee approved the plan with, if any. */
  public static final String AMENDMENT = "amendment";

  /** String from committee-vote: approved, rejected, deferred or quorumMissed. */
  public static final String VOTE_RESULT = "voteResult";

  public static final String QUORUM_MISSED = "quorumMissed";

  // survey-wave (business key: the wave id). Candidate groups: planner (Task_EditDraft),
  // data-protection-officer (Task_DataProtectionReview), school-authority
  // (Task_SchoolAuthorityReview). Delegates: generateWaveCodes, generateCodeSheets, releaseWave,
  // openField, remindSchools, closeField, handOverToResults.

  /** Long: the wave the instance runs. */
  public static final String WAVE_ID = "waveId";

  /**
   * Integer: the wave's revision the planner submitted (completing Task_EditDraft); both approvals
   * are recorded against it, and a new submission must carry a new revision.
   */
  public static final String DRAFT_REVISION = "draftRevision";

  /** String: {@link #APPROVED} or {@link #RETURNED} (completing Task_DataProtectionReview). */
  public static final String DATA_PROTECTION_OUTCOME = "dataProtectionOutcome";

  /** String: why the data-protection officer returned the wave; required with a return. */
  public static final String DATA_PROTECTION_REASONS = "dataProtectionReasons";

  /** Integer, set by the model: the revision the data-protection officer approved this round. */
  public static final String DATA_PROTECTION_APPROVED_REVISION = "dataProtectionApprovedRevision";

  /** String: {@link #APPROVED} or {@link #RETURNED} (completing Task_SchoolAuthorityReview). */
  public static final String SCHOOL_AUTHORITY_OUTCOME = "schoolAuthorityOutcome";

  /** String: why the school authority returned the wave; required with a return. */
  public static final String SCHOOL_AUTHORITY_REASONS = "schoolAuthorityReasons";

  /** Integer, set by the model: the revision the school authority approved this round. */
  public static final String SCHOOL_AUTHORITY_APPROVED_REVISION = "schoolAuthorityApprovedRevision";

  /**
   * Transient (never stored by the engine), Map of Long to List of String: class id to the plain
   * codes generateWaveCodes made, for generateCodeSheets in the same transaction.
   */
  public static final String PLAIN_CODES = "plainCodes";

  /** String, ISO-8601 date-time with offset (or a Date): the field phase opens. */
  public static final String FIELD_START = "fieldStart";

  /** String, ISO-8601 date-time with offset (or a Date): the field phase closes. */
  public static final String FIELD_END = "fieldEnd";

  /** String, ISO-8601 repeating interval: reminder rounds in the field phase; R/P7D when absent. */
  public static final String REMINDER_CYCLE = "reminderCycle";

  /** Integer, percent: classes below this response rate are reminded (read by remindSchools). */
  public static final String REMINDER_BELOW_RATE = "reminderBelowRate";

  // returnedBy values of survey-wave: the role names of the reviewers

  public static final String RETURNED_BY_DATA_PROTECTION = "data-protection-officer";
  public static final String RETURNED_BY_SCHOOL_AUTHORITY = "school-authority";

  // data-request (business key: the request's id)

  /** Long: the data request the instance runs. */
  public static final String DATA_REQUEST_ID = "dataRequestId";

  /** List of Long: ids of the schools asked; one answer (sub-process instance) each. */
  public static final String SCHOOLS = "schools";

  /** Long, local to one school's sub-process instance: the school asked. */
  public static final String SCHOOL = "school";

  /** Date: the answers are due (the fill-in task's due date). */
  public static final String DATA_REQUEST_DUE = "dataRequestDue";

  /** Date: open answers are reminded (before the due date). */
  public static final String DATA_REQUEST_REMIND_AT = "dataRequestRemindAt";

  /** Date: the due day is over; open answers are escalated to the planners. */
  public static final String DATA_REQUEST_OVERDUE_AT = "dataRequestOverdueAt";

  /** String, local to one school: {@link #ACCEPTED} or {@link #RETURNED} (Task_Review). */
  public static final String REVIEW_OUTCOME = "reviewOutcome";

  // outcome values

  public static final String ACCEPTED = "accepted";

  public static final String APPROVED = "approved";
  public static final String RETURNED = "returned";
  public static final String AMENDED = "amended";
  public static final String REJECTED = "rejected";
  public static final String DEFERRED_RESULT = "deferred";

  private ProcessVariables() {}
}

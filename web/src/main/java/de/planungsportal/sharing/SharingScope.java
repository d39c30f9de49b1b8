package de.planungsportal.sharing;

/** What an organisation can let another one read. */
public enum SharingScope {
  /** Approved and published work plans with their measures. */
  PUBLISHED_PLANS,
  /** Released survey results, of one wave (scope ref) or of all waves. */
  SURVEY_RESULTS,
  /** Departments, areas, schools and committees. */
  REFERENCE_DATA
}

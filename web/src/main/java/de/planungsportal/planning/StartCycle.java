package de.planungsportal.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * What the planner chooses when starting a cycle.
 *
 * @param followUpInterval ISO-8601 period between follow-up rounds, e.g. P3M; null for quarterly
 * @param fromPreviousCycle carry the last cycle's open measures over into the first draft
 */
public record StartCycle(
    int year,
    String title,
    List<Long> departmentIds,
    LocalDate contributionDue,
    String followUpInterval,
    boolean fromPreviousCycle) {

  public StartCycle {
    departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
  }
}

package de.planungsportal.datarequest;

import de.planungsportal.area.SchoolType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One institution's (a school's or a day-care centre's) answer to a request as its contacts and the
 * planners read it: the request's facts, the figures per field with their explanations, and the
 * plausibility findings.
 */
public record AnswerSheet(
    long requestId,
    String title,
    int referenceYear,
    LocalDate referenceDay,
    LocalDate dueOn,
    long schoolId,
    String schoolName,
    SchoolType schoolType,
    Recipient.State state,
    String returnReason,
    LocalDate overdueSince,
    LocalDate submittedOn,
    String submittedBy,
    boolean answerable,
    List<Line> lines,
    List<String> rules,
    List<Plausibility.Finding> findings)
    implements Serializable {

  /** A field with the school's figure and explanation. */
  public record Line(
      long fieldId,
      String key,
      String label,
      String unit,
      BigDecimal min,
      BigDecimal max,
      BigDecimal value,
      String explanation)
      implements Serializable {}

  /** The findings of one field (for a sum rule: its total). */
  public List<Plausibility.Finding> findingsOf(String key) {
    return findings.stream().filter(f -> f.fieldKey().equals(key)).toList();
  }

  public boolean implausible(String key) {
    return findings.stream().anyMatch(f -> f.fieldKey().equals(key));
  }
}

package de.planungsportal.committee;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A written circulation under way as its secretariat and chair follow it: the votes so far as
 * counts, and who has not answered yet by name. How each member voted is not shown: the decision
 * record carries counts only, and so does this.
 */
public record RunningCirculation(
    long paperId,
    String reference,
    String title,
    String committee,
    LocalDateTime due,
    Tally tally,
    List<String> waitingFor) {

  public int answered() {
    return tally.yes() + tally.no() + tally.abstentions();
  }
}

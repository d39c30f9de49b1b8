package de.planungsportal.results;

import de.planungsportal.survey.QuestionKind;
import java.util.List;

/**
 * One question of a wave, broken down: the whole wave's cell and one cell per group (empty for
 * {@link Breakdown#TOTAL}), suppression applied. Free-text questions have no figures here.
 */
public record QuestionResult(
    String questionKey,
    String text,
    QuestionKind kind,
    Breakdown by,
    ResultCell total,
    List<ResultCell> groups) {

  public QuestionResult {
    groups = List.copyOf(groups);
  }
}

package de.planungsportal.results;

import java.util.List;

/**
 * One group's figures for one question. A suppressed cell carries its key and label only: no count,
 * no figure, nothing from which its size could be read.
 *
 * @param groupKey stable key of the group: "all", a school or area id, a grade band, a language
 * @param answered respondents of the group who answered the question; null when suppressed
 * @param options one figure per option or scale value, in the instrument's order; empty when
 *     suppressed
 * @param mean mean of a scale or number question; null for other kinds and when suppressed
 * @param median median of a scale or number question; null for other kinds and when suppressed
 */
public record ResultCell(
    String groupKey,
    String groupLabel,
    boolean suppressed,
    Long answered,
    List<OptionFigure> options,
    Double mean,
    Double median) {

  public ResultCell {
    options = List.copyOf(options);
  }

  public static ResultCell suppressed(String groupKey, String groupLabel) {
    return new ResultCell(groupKey, groupLabel, true, null, List.of(), null, null);
  }
}

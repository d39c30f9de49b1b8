package de.planungsportal.results;

import java.time.LocalDate;
import java.util.List;

/**
 * One question over the closed waves of one questionnaire, oldest first, per group. Areas are
 * matched by their code, each wave counted in the area version its responses carry; a wave whose
 * cell is suppressed shows as a suppressed point, never as a gap that could be computed.
 */
public record Trend(String questionKey, Breakdown by, List<Series> series) {

  public Trend {
    series = List.copyOf(series);
  }

  public record Series(String groupKey, String groupLabel, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  public record Point(long waveId, String waveTitle, LocalDate fieldEnd, ResultCell cell) {}
}

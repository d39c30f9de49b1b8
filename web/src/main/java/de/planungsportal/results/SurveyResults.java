package de.planungsportal.results;

import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;

/**
 * The one way to a wave's figures. Every screen, chart, export, indicator and API reads results
 * here, so the small-group rule (see {@code Suppression}) is applied in exactly one place. Callers
 * check {@link ResultAccess} first; these methods do not know who asks.
 */
public interface SurveyResults {

  /** The small-group threshold of the wave's organisation (never below 3). */
  int minCell(long waveId);

  /** Every question with figures (not free text), broken down by {@code by}. */
  List<QuestionResult> wave(long waveId, Breakdown by, Locale locale);

  /** One question of the wave, broken down by {@code by}. */
  QuestionResult question(long waveId, String questionKey, Breakdown by, Locale locale);

  /**
   * The question over this wave and every earlier closed wave of the same questionnaire that asks
   * it (same key, any version), broken down by {@code by}.
   */
  Trend trend(long waveId, String questionKey, Breakdown by, Locale locale);

  /**
   * {@link #trend} over this wave and only those earlier waves {@code readable} admits: a reader
   * who may see this wave's results need not be allowed to see an earlier wave's (not released, not
   * shared); pass {@code w -> access.mayRead(actor, w)}. Each wave is suppressed on its own, so
   * leaving a wave out changes no other wave's figures.
   */
  Trend trend(long waveId, String questionKey, Breakdown by, Locale locale, LongPredicate readable);
}

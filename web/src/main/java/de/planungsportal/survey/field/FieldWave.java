package de.planungsportal.survey.field;

import de.planungsportal.survey.ConsentMode;
import de.planungsportal.survey.WaveState;
import java.time.LocalDate;

/** What the field phase needs of a wave, read with one query (SurveyWave belongs to the waves). */
public record FieldWave(
    long id,
    long organisationId,
    String organisationCode,
    String title,
    WaveState state,
    ConsentMode consentMode,
    int codeMargin,
    int reminderBelowPercent,
    int revision,
    LocalDate fieldStart,
    LocalDate fieldEnd) {

  /** Whether school contacts work with the wave: its code sheets exist or existed. */
  public boolean released() {
    return state == WaveState.RELEASED || state == WaveState.IN_FIELD || state == WaveState.CLOSED;
  }

  /** The message key naming the state. */
  public String stateKey() {
    return "survey.field.state." + state.name();
  }

  public boolean needsSlips() {
    return consentMode == ConsentMode.PARENTS_SLIP;
  }
}

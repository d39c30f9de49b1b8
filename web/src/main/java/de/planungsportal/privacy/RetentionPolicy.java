package de.planungsportal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each kind of data is kept, configurable per installation (environment variables
 * PORTAL_RETENTION_*). Shown on the privacy page and applied by the nightly DataRetention process.
 */
@ApplicationScoped
public class RetentionPolicy {

  /** Kinds of data with a retention period of their own. */
  public enum DataKind {
    /** Personal details in audit events (e.g. changed e-mail addresses); who/what/when stays. */
    AUDIT_PERSONAL_DETAILS,
    /** Counters of failed sign-ins and survey codes per network address. */
    SIGN_IN_COUNTERS,
    /**
     * Single survey responses and their answers, counted from the end of the wave's field phase.
     */
    RAW_SURVEY_RESPONSES,
    /** Ended process instances' history in the workflow engine (per model). */
    WORKFLOW_HISTORY
  }

  @Inject
  @ConfigProperty(name = "portal.retention.audit-details-days", defaultValue = "365")
  int auditDetailsDays;

  @Inject
  @ConfigProperty(name = "portal.retention.sign-in-counter-hours", defaultValue = "24")
  int signInCounterHours;

  @Inject
  @ConfigProperty(name = "portal.retention.survey-responses-days", defaultValue = "730")
  int surveyResponsesDays;

  public Duration auditDetails() {
    return Duration.ofDays(auditDetailsDays);
  }

  public Duration signInCounters() {
    return Duration.ofHours(signInCounterHours);
  }

  /** Raw responses of a wave are deleted this long after its field phase ended. */
  public Duration surveyResponses() {
    return Duration.ofDays(surveyResponsesDays);
  }

  /** Periods in days for display; workflow history follows each model's time-to-live. */
  public Map<DataKind, Long> periodsInDays() {
    Map<DataKind, Long> periods = new LinkedHashMap<>();
    periods.put(DataKind.AUDIT_PERSONAL_DETAILS, auditDetails().toDays());
    periods.put(DataKind.SIGN_IN_COUNTERS, Math.max(1, signInCounters().toDays()));
    periods.put(DataKind.RAW_SURVEY_RESPONSES, surveyResponses().toDays());
    return periods;
  }
}

package de.planungsportal.privacy;

import de.planungsportal.survey.SurveyWave;
import de.planungsportal.survey.SurveyWaves;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backs privacy.xhtml: controller, purposes and the retention periods actually configured. */
@Named
@RequestScoped
public class PrivacyView {

  @Inject private RetentionPolicy policy;
  @Inject private SurveyWaves waves;

  @Inject
  @ConfigProperty(
      name = "portal.privacy.controller",
      defaultValue = "Landkreis Musterland, Der Landrat")
  String controller;

  @Inject
  @ConfigProperty(
      name = "portal.privacy.contact",
      defaultValue = "Datenschutzbeauftragte/r, datenschutz@musterland.example")
  String contact;

  public String getController() {
    return controller;
  }

  public String getContact() {
    return contact;
  }

  public Map<RetentionPolicy.DataKind, Long> getRetentionDays() {
    return policy.periodsInDays();
  }

  private List<SurveyWave> surveys;

  /** Surveys with a privacy page of their own. */
  public List<SurveyWave> getSurveys() {
    if (surveys == null) {
      surveys = waves.withRawResponses();
    }
    return surveys;
  }
}

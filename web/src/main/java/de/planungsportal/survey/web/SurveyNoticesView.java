package de.planungsportal.survey.web;

import de.planungsportal.survey.SurveyWave;
import de.planungsportal.survey.SurveyWaves;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The surveys listed on the general privacy page, each linking to its own notice. Kept with the
 * surveys so that the privacy feature, whose retention periods the surveys use, needs none of them.
 */
@Named
@RequestScoped
public class SurveyNoticesView {

  @Inject private SurveyWaves waves;

  private List<SurveyWave> surveys;

  /** Surveys with a privacy page of their own. */
  public List<SurveyWave> getSurveys() {
    if (surveys == null) {
      surveys = waves.withRawResponses();
    }
    return surveys;
  }
}

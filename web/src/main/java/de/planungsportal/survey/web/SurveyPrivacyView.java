package de.planungsportal.survey.web;

import de.planungsportal.privacy.RetentionPolicy;
import de.planungsportal.survey.SurveyWave;
import de.planungsportal.survey.SurveyWaves;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** Backs answer/privacy.xhtml: what one wave collects, why, for whom and for how long. */
@Named
@RequestScoped
public class SurveyPrivacyView {

  @Inject private SurveyWaves waves;
  @Inject private RetentionPolicy retention;
  @Inject private SurveyLocale surveyLocale;

  private SurveyWave wave;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Optional<SurveyWave> found =
        SurveyWaves.parseId(faces.getExternalContext().getRequestParameterMap().get("wave"))
            .flatMap(waves::find);
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    wave = found.get();
  }

  public SurveyWave getWave() {
    return wave;
  }

  /** The bundle key of what consent means in this wave and what of it is recorded. */
  public String getConsentKey() {
    return "survey.privacy.consent." + wave.getConsentMode().name();
  }

  public String getFieldStart() {
    return format(wave.getFieldStart());
  }

  public String getFieldEnd() {
    return format(wave.getFieldEnd());
  }

  public long getRetentionDays() {
    return retention.surveyResponses().toDays();
  }

  public String getDeletionDay() {
    return format(wave.getFieldEnd().plusDays(getRetentionDays() + 1));
  }

  private String format(LocalDate day) {
    return day.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(surveyLocale.getLocale()));
  }
}

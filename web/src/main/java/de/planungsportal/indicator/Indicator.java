package de.planungsportal.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An indicator of an organisation's catalogue: what is measured, in which unit, from which source,
 * which way is good, and (optionally) which survey question it is read from.
 */
@Entity
@Table(name = "indicator")
public class Indicator implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String definition;

  @Column(nullable = false, length = 40)
  private String unit;

  @Column(nullable = false, length = 300)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Direction direction;

  @Column(name = "survey_questionnaire_id")
  private Long surveyQuestionnaireId;

  @Column(name = "survey_question_key", length = 81)
  private String surveyQuestionKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "survey_reading", length = 5)
  private SurveyReading surveyReading;

  @Column(name = "survey_options", length = 500)
  private String surveyOptions;

  @Version private int version;

  protected Indicator() {}

  Indicator(long organisationId) {
    this.organisationId = organisationId;
  }

  void apply(IndicatorForm form) {
    code = form.getCode().strip();
    name = form.getName().strip();
    definition = form.getDefinition().strip();
    unit = form.getUnit().strip();
    source = form.getSource().strip();
    direction = form.getDirection();
    if (form.getQuestionnaireId() == null) {
      surveyQuestionnaireId = null;
      surveyQuestionKey = null;
      surveyReading = null;
      surveyOptions = null;
    } else {
      surveyQuestionnaireId = form.getQuestionnaireId();
      surveyQuestionKey = form.getQuestionKey().strip();
      surveyReading = form.getReading();
      surveyOptions =
          form.getReading() == SurveyReading.SHARE ? String.join(",", form.optionKeys()) : null;
    }
  }

  public boolean isSurveyBased() {
    return surveyQuestionnaireId != null;
  }

  /** The option keys whose share the indicator is, for SHARE readings. */
  public List<String> optionKeys() {
    if (surveyOptions == null || surveyOptions.isBlank()) {
      return List.of();
    }
    return Arrays.stream(surveyOptions.split(",")).map(String::strip).toList();
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDefinition() {
    return definition;
  }

  public String getUnit() {
    return unit;
  }

  public String getSource() {
    return source;
  }

  public Direction getDirection() {
    return direction;
  }

  public Long getSurveyQuestionnaireId() {
    return surveyQuestionnaireId;
  }

  public String getSurveyQuestionKey() {
    return surveyQuestionKey;
  }

  public SurveyReading getSurveyReading() {
    return surveyReading;
  }

  public String getSurveyOptions() {
    return surveyOptions;
  }

  public int getVersion() {
    return version;
  }
}

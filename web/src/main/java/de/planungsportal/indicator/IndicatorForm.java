package de.planungsportal.indicator;

import de.planungsportal.common.EditForm;
import de.planungsportal.common.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** An indicator as the catalogue's edit dialog submits it; the service checks the rest. */
public class IndicatorForm extends EditForm {

  private static final long serialVersionUID = 1L;

  /** Upper case allowed: statistics offices name indicators like "SGB2-U15". */
  @NotBlank
  @Pattern(
      regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
      message = "{de.planungsportal.IndicatorCode.message}")
  private String code;

  @NotBlank
  @Size(max = 200, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String name;

  @NotBlank
  @Size(max = 4000, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String definition;

  @NotBlank
  @Size(max = 40, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String unit;

  @NotBlank
  @Size(max = 300, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String source;

  @NotNull private Direction direction;

  private Long questionnaireId;

  @Size(max = 81, message = "{de.planungsportal.MaxLength.message}")
  @PlainText
  private String questionKey;

  private SurveyReading reading;

  @Size(max = 500, message = "{de.planungsportal.MaxLength.message}")
  @Pattern(regexp = "[A-Za-z0-9_ ,.-]*", message = "{de.planungsportal.IndicatorOptions.message}")
  private String options;

  public static IndicatorForm of(Indicator indicator) {
    IndicatorForm form = new IndicatorForm();
    form.editing(indicator.getId(), indicator.getVersion());
    form.code = indicator.getCode();
    form.name = indicator.getName();
    form.definition = indicator.getDefinition();
    form.unit = indicator.getUnit();
    form.source = indicator.getSource();
    form.direction = indicator.getDirection();
    form.questionnaireId = indicator.getSurveyQuestionnaireId();
    form.questionKey = indicator.getSurveyQuestionKey();
    form.reading = indicator.getSurveyReading();
    form.options = indicator.getSurveyOptions();
    return form;
  }

  /** The chosen option keys, without blanks and doubles. */
  public List<String> optionKeys() {
    if (options == null) {
      return List.of();
    }
    return Arrays.stream(options.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public Long getQuestionnaireId() {
    return questionnaireId;
  }

  public void setQuestionnaireId(Long questionnaireId) {
    this.questionnaireId = questionnaireId;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public void setQuestionKey(String questionKey) {
    this.questionKey = questionKey;
  }

  public SurveyReading getReading() {
    return reading;
  }

  public void setReading(SurveyReading reading) {
    this.reading = reading;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }
}

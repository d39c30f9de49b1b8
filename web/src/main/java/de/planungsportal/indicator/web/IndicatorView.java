package de.planungsportal.indicator.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaVersions;
import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.indicator.IndicatorValues;
import de.planungsportal.indicator.IndicatorValues.ValueRow;
import de.planungsportal.indicator.SurveyValues;
import de.planungsportal.indicator.SurveyValues.WaveOption;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs indicator/indicator.xhtml?id=: the indicator's definition and values; planners enter a
 * value by hand or take the values of a closed survey wave.
 */
@Named
@ViewScoped
public class IndicatorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IndicatorCatalogue catalogue;
  @Inject private IndicatorValues values;
  @Inject private SurveyValues surveyValues;
  @Inject private AreaVersions areaVersions;
  @Inject private CurrentActor user;

  private String id;
  private Indicator indicator;
  private List<ValueRow> rows;
  private List<WaveOption> waves;

  private String areaCode;
  private Integer year = LocalDate.now().getYear() - 1;
  private BigDecimal value;
  private Long waveId;

  public void load() {
    indicator = IndicatorPages.load(catalogue, user.require(), id);
    if (indicator != null) {
      reload();
    }
  }

  private void reload() {
    rows = values.values(user.require(), indicator.getId());
    waves = isPlanner() ? surveyValues.waves(user.require(), indicator.getId()) : List.of();
  }

  public void record() {
    if (UserChange.apply(
        () -> values.record(user.require(), indicator.getId(), areaCode, year, value))) {
      Messages.info("indicator.value.saved");
      value = null;
      reload();
    }
  }

  public void takeFromWave() {
    if (waveId == null) {
      Messages.error("indicator.survey.waveMissing");
      return;
    }
    int[] stored = new int[1];
    if (UserChange.apply(
        () ->
            stored[0] =
                surveyValues.takeFromWave(
                    user.require(),
                    indicator.getId(),
                    waveId,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()))) {
      Messages.info("indicator.survey.taken", stored[0]);
      reload();
    }
  }

  public boolean isPlanner() {
    return user.actor().map(a -> a.has(Role.PLANNER)).orElse(false);
  }

  /** The areas a value can be entered for: today's versions (a code stands for all of them). */
  public List<Area> getAreas() {
    return areaVersions.validOn(user.require().organisationId(), LocalDate.now());
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public List<ValueRow> getRows() {
    return rows;
  }

  public List<WaveOption> getWaves() {
    return waves;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public Long getWaveId() {
    return waveId;
  }

  public void setWaveId(Long waveId) {
    this.waveId = waveId;
  }
}

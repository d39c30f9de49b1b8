package de.planungsportal.indicator.web;

import de.planungsportal.area.Area;
import de.planungsportal.area.AreaVersions;
import de.planungsportal.indicator.EvidenceChain;
import de.planungsportal.indicator.EvidenceChain.LinkInput;
import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs the evidence-chain dialog of the plan editors
 * (WEB-INF/includes/indicator-links-dialog.xhtml): which indicators a measure is meant to move,
 * from which baseline to which target.
 */
@Named
@ViewScoped
public class MeasureIndicatorsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EvidenceChain chain;
  @Inject private IndicatorCatalogue catalogue;
  @Inject private AreaVersions areaVersions;
  @Inject private CurrentActor user;

  private Long measureId;
  private List<Link> links = new ArrayList<>();

  /** One editable row of the dialog. */
  public static class Link implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long indicatorId;
    private String areaCode;
    private BigDecimal baseline;
    private Integer baselineYear = LocalDate.now().getYear() - 1;
    private BigDecimal target;
    private Integer targetYear = LocalDate.now().getYear() + 2;

    static Link of(LinkInput in) {
      Link link = new Link();
      link.indicatorId = in.indicatorId();
      link.areaCode = in.areaCode();
      link.baseline = in.baseline();
      link.baselineYear = in.baselineYear();
      link.target = in.target();
      link.targetYear = in.targetYear();
      return link;
    }

    LinkInput input() {
      return new LinkInput(indicatorId, areaCode, baseline, baselineYear, target, targetYear);
    }

    public Long getIndicatorId() {
      return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
      this.indicatorId = indicatorId;
    }

    public String getAreaCode() {
      return areaCode;
    }

    public void setAreaCode(String areaCode) {
      this.areaCode = areaCode;
    }

    public BigDecimal getBaseline() {
      return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
      this.baseline = baseline;
    }

    public Integer getBaselineYear() {
      return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
      this.baselineYear = baselineYear;
    }

    public BigDecimal getTarget() {
      return target;
    }

    public void setTarget(BigDecimal target) {
      this.target = target;
    }

    public Integer getTargetYear() {
      return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
      this.targetYear = targetYear;
    }
  }

  public void open(long measureId) {
    this.measureId = null;
    links = new ArrayList<>();
    try {
      chain.editable(user.require(), measureId).forEach(in -> links.add(Link.of(in)));
      this.measureId = measureId;
    } catch (AccessDeniedException e) {
      Messages.error("error.forbidden.text");
    }
  }

  public void add() {
    links.add(new Link());
  }

  public void remove(Link link) {
    links.remove(link);
  }

  public void save() {
    if (measureId != null
        && UserChange.apply(
            () ->
                chain.replace(
                    user.require(), measureId, links.stream().map(Link::input).toList()))) {
      Messages.info("evidence.saved");
    }
  }

  public List<Indicator> getIndicators() {
    return catalogue.list(user.require());
  }

  public List<Area> getAreas() {
    return areaVersions.validOn(user.require().organisationId(), LocalDate.now());
  }

  public Long getMeasureId() {
    return measureId;
  }

  public List<Link> getLinks() {
    return links;
  }
}

package de.planungsportal.results.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.FreeTextScreening;
import de.planungsportal.results.NoSuchResultException;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAccess;
import de.planungsportal.results.ResultRelease;
import de.planungsportal.results.SurveyResults;
import de.planungsportal.results.WaveNotVisibleException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Backs results/wave.xhtml: a wave's figures per question in the chosen breakdown (one
 * SurveyResults call for the whole wave), the trend of one question over the questionnaire's waves
 * (one more), the released free texts, and for its planners the threshold, the screening link and
 * the release.
 */
@Named
@ViewScoped
public class ResultWaveView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ResultAccess access;
  @Inject private transient SurveyResults results;
  @Inject private transient ResultRelease release;
  @Inject private transient FreeTextScreening screening;
  @Inject private transient CurrentActor user;

  private String wave;
  private String by;
  private String trend;
  private long waveId;
  private String title;
  private Breakdown breakdown = Breakdown.TOTAL;
  private ResultAccess.WaveResultState state;
  private boolean planner;
  private int minCell;
  private List<ResultFigures.Table> tables = List.of();
  private ResultFigures.TrendTable trendTable;
  private List<FreeTextScreening.ReleasedTexts> texts = List.of();
  private ResultRelease.Released released;

  public void load() {
    Actor actor = user.require();
    Optional<Long> id = Pages.id(wave);
    if (id.isEmpty() || !access.mayRead(actor, id.get())) {
      Pages.sendError(404);
      return;
    }
    waveId = id.get();
    Optional<Breakdown> chosen = ResultPages.breakdown(by);
    if (chosen.isEmpty()) {
      Messages.error("results.by.invalid");
    }
    breakdown = chosen.orElse(Breakdown.TOTAL);
    by = breakdown.name();
    try {
      read(actor);
    } catch (NoSuchResultException e) {
      // a wave without a questionnaire version has no results to show
      Pages.sendError(404);
    }
  }

  /** The planner releases the results (confirmed on the page). */
  public void releaseResults() {
    Actor actor = user.require();
    try {
      release.release(actor, waveId);
      Messages.info("results.release.done");
      read(actor);
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (WaveNotVisibleException e) {
      Pages.sendError(404);
    }
  }

  private void read(Actor actor) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    // first: the first read of a wave closed before results existed computes them
    minCell = results.minCell(waveId);
    state = access.state(waveId).orElseThrow();
    title = release.title(waveId);
    planner = access.plans(actor, waveId);
    released = release.released(waveId).orElse(null);
    String total = Messages.text("results.group.total");
    List<QuestionResult> questions =
        state.computed() ? results.wave(waveId, breakdown, locale) : List.of();
    tables = questions.stream().map(q -> ResultFigures.of(q, locale, total)).toList();
    String trendKey =
        questions.stream()
            .map(QuestionResult::questionKey)
            .filter(k -> k.equals(trend))
            .findFirst()
            .orElse(questions.isEmpty() ? null : questions.get(0).questionKey());
    trend = trendKey;
    trendTable =
        trendKey == null
            ? null
            : ResultFigures.of(
                // earlier waves only as far as this reader may see them
                results.trend(waveId, trendKey, breakdown, locale, w -> access.mayRead(actor, w)),
                locale,
                Messages.text("results.trend.mean"),
                Messages.text("results.trend.share"));
    texts = screening.released(waveId, locale);
  }

  public List<Breakdown> getBreakdowns() {
    return List.of(Breakdown.values());
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getTrend() {
    return trend;
  }

  public void setTrend(String trend) {
    this.trend = trend;
  }

  public long getWaveId() {
    return waveId;
  }

  public String getTitle() {
    return title;
  }

  public ResultAccess.WaveResultState getState() {
    return state;
  }

  public boolean isPlanner() {
    return planner;
  }

  public int getMinCell() {
    return minCell;
  }

  public List<ResultFigures.Table> getTables() {
    return tables;
  }

  public ResultFigures.TrendTable getTrendTable() {
    return trendTable;
  }

  public List<FreeTextScreening.ReleasedTexts> getTexts() {
    return texts;
  }

  public ResultRelease.Released getReleased() {
    return released;
  }

  public boolean isReleasable() {
    return planner && state != null && state.computed() && !state.released();
  }
}

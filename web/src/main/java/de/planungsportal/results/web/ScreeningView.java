package de.planungsportal.results.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.results.FreeTextScreening;
import de.planungsportal.results.FreeTextScreening.Decision;
import de.planungsportal.results.FreeTextScreening.Filter;
import de.planungsportal.results.FreeTextScreening.Item;
import de.planungsportal.results.ResultRelease;
import de.planungsportal.results.WaveNotVisibleException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs results/screening.xhtml: the planner pages through a wave's free-text answers (open ones
 * first by default) and releases or withholds the selected ones, or one at a time.
 */
@Named
@ViewScoped
public class ScreeningView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FreeTextScreening screening;
  @Inject private transient ResultRelease release;
  @Inject private transient CurrentActor user;

  private String wave;
  private long waveId;
  private String title;
  private Filter filter = Filter.OPEN;
  private Map<String, String> questions = Map.of();
  private FreeTextScreening.Counts counts;
  private List<Item> selection = new ArrayList<>();

  private final LazyDataModel<Item> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) screening.count(user.require(), waveId, filter);
        }

        @Override
        public List<Item> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return screening.page(user.require(), waveId, filter, first, size);
        }

        @Override
        public String getRowKey(Item item) {
          return item.key();
        }

        @Override
        public Item getRowData(String rowKey) {
          // the key is checked by the service when a decision names it
          return new Item(rowKey, null, null, null);
        }
      };

  public void load() {
    var actor = user.require();
    if (!actor.has(Role.PLANNER)) {
      Pages.sendError(403);
      return;
    }
    Optional<Long> id = Pages.id(wave);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      waveId = id.get();
      counts = screening.counts(actor, waveId);
      title = release.title(waveId);
      questions =
          screening.questionTexts(
              waveId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    } catch (WaveNotVisibleException e) {
      Pages.sendError(404);
    }
  }

  public void releaseSelected() {
    decide(keys(selection), Decision.RELEASED);
  }

  public void withholdSelected() {
    decide(keys(selection), Decision.WITHHELD);
  }

  public void releaseOne(Item item) {
    decide(item == null ? List.of() : List.of(item.key()), Decision.RELEASED);
  }

  public void withholdOne(Item item) {
    decide(item == null ? List.of() : List.of(item.key()), Decision.WITHHELD);
  }

  public void filterChanged() {
    selection = new ArrayList<>();
  }

  private void decide(List<String> keys, Decision decision) {
    var actor = user.require();
    try {
      int decided = screening.decide(actor, waveId, keys, decision);
      Messages.info(
          decision == Decision.RELEASED
              ? "results.screening.released"
              : "results.screening.withheld",
          decided);
      selection = new ArrayList<>();
      counts = screening.counts(actor, waveId);
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (WaveNotVisibleException e) {
      Pages.sendError(404);
    }
  }

  private static List<String> keys(List<Item> items) {
    return items == null ? List.of() : items.stream().map(Item::key).toList();
  }

  public String question(String key) {
    return questions.getOrDefault(key, key);
  }

  public LazyDataModel<Item> getModel() {
    return model;
  }

  public List<Filter> getFilters() {
    return List.of(Filter.values());
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public long getWaveId() {
    return waveId;
  }

  public String getTitle() {
    return title;
  }

  public Filter getFilter() {
    return filter;
  }

  public void setFilter(Filter filter) {
    this.filter = filter == null ? Filter.OPEN : filter;
  }

  public FreeTextScreening.Counts getCounts() {
    return counts;
  }

  public List<Item> getSelection() {
    return selection;
  }

  public void setSelection(List<Item> selection) {
    this.selection = selection;
  }
}

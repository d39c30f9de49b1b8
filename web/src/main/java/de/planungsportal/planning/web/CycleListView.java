package de.planungsportal.planning.web;

import de.planungsportal.planning.PlanViews.CycleRow;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.planning.WorkPlanQueries.CycleSort;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Backs planning/cycles.xhtml: the cycles the user may read, paged and sorted on the server. */
@Named
@ViewScoped
public class CycleListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkPlanQueries queries;
  @Inject private CurrentActor user;

  private final LazyDataModel<CycleRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) queries.countCycles(user.require());
        }

        @Override
        public List<CycleRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
          return queries.cycles(user.require(), first, pageSize, sortOf(sort), ascending);
        }

        @Override
        public String getRowKey(CycleRow row) {
          return String.valueOf(row.id());
        }
      };

  /** PrimeFaces names the column by its sort expression; "year()" and "year" mean the same. */
  private static CycleSort sortOf(SortMeta sort) {
    if (sort == null || sort.getField() == null) {
      return CycleSort.YEAR;
    }
    return switch (sort.getField().replace("()", "")) {
      case "title" -> CycleSort.TITLE;
      case "status" -> CycleSort.STATUS;
      case "startedAt" -> CycleSort.STARTED_AT;
      default -> CycleSort.YEAR;
    };
  }

  public LazyDataModel<CycleRow> getModel() {
    return model;
  }

  /** Only planners start cycles; the link to the start page is theirs. */
  public boolean isMayStart() {
    return user.actor().map(a -> a.has(Role.PLANNER)).orElse(false);
  }
}

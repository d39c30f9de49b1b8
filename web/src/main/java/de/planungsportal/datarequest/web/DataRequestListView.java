package de.planungsportal.datarequest.web;

import de.planungsportal.datarequest.DataRequestService;
import de.planungsportal.datarequest.DataRequestService.RequestRow;
import de.planungsportal.tenant.CurrentActor;
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

/** Backs datarequest/requests.xhtml: the organisation's data requests, paged and sorted. */
@Named
@ViewScoped
public class DataRequestListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataRequestService requests;
  @Inject private CurrentActor user;

  private final LazyDataModel<RequestRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) requests.count(user.require());
        }

        @Override
        public List<RequestRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          String field = sort == null || sort.getField() == null ? "" : sort.getField();
          DataRequestService.Sort by =
              field.contains("title")
                  ? DataRequestService.Sort.TITLE
                  : field.contains("referenceYear")
                      ? DataRequestService.Sort.YEAR
                      : field.contains("state")
                          ? DataRequestService.Sort.STATE
                          : DataRequestService.Sort.DUE;
          boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
          return requests.page(user.require(), first, pageSize, by, ascending);
        }

        @Override
        public String getRowKey(RequestRow row) {
          return String.valueOf(row.id());
        }
      };

  public LazyDataModel<RequestRow> getModel() {
    return model;
  }
}

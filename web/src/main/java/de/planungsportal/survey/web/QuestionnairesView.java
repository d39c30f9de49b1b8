package de.planungsportal.survey.web;

import de.planungsportal.survey.QuestionnaireService;
import de.planungsportal.survey.QuestionnaireService.QuestionnaireRow;
import de.planungsportal.survey.QuestionnaireService.Sort;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
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

/** Backs survey/questionnaires.xhtml: the organisation's questionnaires, paged; a new one. */
@Named
@ViewScoped
public class QuestionnairesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionnaireService service;
  @Inject private CurrentActor user;

  private String newTitle;

  private final LazyDataModel<QuestionnaireRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.count(user.require());
        }

        @Override
        public List<QuestionnaireRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          boolean modified =
              sort != null && sort.getField() != null && sort.getField().contains("modified");
          boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
          return service.list(
              user.require(),
              first,
              pageSize,
              modified ? Sort.MODIFIED : Sort.TITLE,
              sort == null || ascending);
        }

        @Override
        public String getRowKey(QuestionnaireRow row) {
          return String.valueOf(row.id());
        }
      };

  /** Creates the questionnaire and opens its first draft. */
  public String create() {
    long[] created = new long[1];
    if (UserChange.apply(() -> created[0] = service.create(user.require(), newTitle))) {
      return "/survey/questionnaire?faces-redirect=true&notice=questionnaireCreated&version="
          + created[0];
    }
    Messages.error("questionnaire.create.failed");
    return null;
  }

  public LazyDataModel<QuestionnaireRow> getModel() {
    return model;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }
}

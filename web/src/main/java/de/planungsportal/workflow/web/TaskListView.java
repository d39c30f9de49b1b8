package de.planungsportal.workflow.web;

import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.workflow.TaskItem;
import de.planungsportal.workflow.TaskListService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs workflow/tasks.xhtml: the signed-in user's open tasks, paged on the server. */
@Named
@ViewScoped
public class TaskListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TaskListService tasks;
  @Inject private CurrentActor user;

  private final LazyDataModel<TaskItem> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) tasks.count(user.require());
        }

        @Override
        public List<TaskItem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return tasks.page(user.require(), first, pageSize);
        }

        @Override
        public String getRowKey(TaskItem item) {
          return item.id();
        }
      };

  public LazyDataModel<TaskItem> getModel() {
    return model;
  }
}

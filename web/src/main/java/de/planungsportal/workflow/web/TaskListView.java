package de.planungsportal.workflow.web;

import de.planungsportal.processmodels.ProcessModels;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import de.planungsportal.workflow.TaskItem;
import de.planungsportal.workflow.TaskListService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs workflow/tasks.xhtml: the signed-in user's open tasks, paged and sorted on the server, each
 * with a link to its form, and claiming or giving back.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The address parameter a process's forms take its business key as, and the form of each of its
   * steps: the planning cycle's forms take the cycle id, committee approval's the paper id, a
   * survey wave's the wave id. Tasks of other processes have no form here (yet) and get no link.
   */
  private record Forms(String parameter, Map<String, String> pages) {}

  private static final Map<String, Forms> FORMS =
      Map.of(
          ProcessModels.PLANNING_CYCLE,
          new Forms(
              "cycle",
              Map.of(
                  "Task_Contribute", "/planning/contribute.xhtml",
                  "Task_Consolidate", "/planning/consolidate.xhtml",
                  "Task_ReportProgress", "/planning/progress.xhtml",
                  "Task_HeadSignOff", "/planning/sign-off.xhtml",
                  "Task_YearEndReport", "/planning/year-end.xhtml")),
          ProcessModels.COMMITTEE_APPROVAL,
          new Forms(
              "paper",
              Map.of(
                  "Task_PreparePaper", "/committee/prepare.xhtml",
                  "Task_RecordMeetingVote", "/committee/meeting-vote.xhtml",
                  "Task_CastVote", "/committee/vote.xhtml",
                  "Task_SignMinutes", "/committee/sign.xhtml")),
          ProcessModels.SURVEY_WAVE,
          new Forms(
              "wave",
              Map.of(
                  "Task_EditDraft", "/survey/wave.xhtml",
                  "Task_DataProtectionReview", "/survey/review-data-protection.xhtml",
                  "Task_SchoolAuthorityReview", "/survey/review-school-authority.xhtml",
                  "Task_ReleaseResults", "/results/wave.xhtml")),
          ProcessModels.DATA_REQUEST,
          new Forms(
              "request",
              Map.of(
                  "Task_FillIn", "/datarequest/fill.xhtml",
                  "Task_Review", "/datarequest/request.xhtml")));

  /** Forms that work on one task of a multi-instance step and so need its id. */
  private static final String WITH_TASK_ID = "Task_ReportProgress";

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
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          boolean due = sort != null && sort.getField() != null && sort.getField().contains("due");
          boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
          return tasks.page(
              user.require(),
              first,
              pageSize,
              due ? TaskListService.Sort.DUE : TaskListService.Sort.CREATED,
              ascending);
        }

        @Override
        public String getRowKey(TaskItem item) {
          return item.id();
        }
      };

  public LazyDataModel<TaskItem> getModel() {
    return model;
  }

  /** The address of the task's form relative to the application, or null if it has none. */
  public String formOf(TaskItem task) {
    Forms forms = task.processKey() == null ? null : FORMS.get(task.processKey());
    String page = forms == null ? null : forms.pages().get(task.taskKey());
    if (page == null || task.businessKey() == null) {
      return null;
    }
    String address = page + "?" + forms.parameter() + "=" + encode(task.businessKey());
    return WITH_TASK_ID.equals(task.taskKey()) ? address + "&task=" + encode(task.id()) : address;
  }

  /** A row that is gone meanwhile (null) is refused by the service like a foreign task. */
  public void claim(TaskItem task) {
    if (UserChange.apply(() -> tasks.claim(user.require(), idOf(task)))) {
      Messages.info("tasks.claimed", task.name());
    }
  }

  public void unclaim(TaskItem task) {
    if (UserChange.apply(() -> tasks.unclaim(user.require(), idOf(task)))) {
      Messages.info("tasks.unclaimed", task.name());
    }
  }

  private static String idOf(TaskItem task) {
    return task == null ? null : task.id();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

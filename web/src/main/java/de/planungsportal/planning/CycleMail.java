package de.planungsportal.planning;

import de.planungsportal.area.Department;
import de.planungsportal.common.PublicUrl;
import de.planungsportal.mail.MailService;
import de.planungsportal.mail.MailText;
import de.planungsportal.mail.Recipients;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The planning cycle's mails: contributors whose contribution is still open, planners when the due
 * date passed or measures are overdue. Each points at the task list, where the work is.
 */
@ApplicationScoped
class CycleMail {

  static final String TASK_LIST = "/workflow/tasks.xhtml";

  @Inject private MailService mail;
  @Inject private Recipients recipients;
  @Inject private PublicUrl publicUrl;

  /** Reminds each department's contributors of their open contribution. */
  void remind(PlanningCycle cycle, List<Department> open) {
    for (Department department : open) {
      mail.send(
          recipients.addressesOf(
              cycle.getOrganisation(), Role.DEPARTMENT_CONTRIBUTOR, department.getId()),
          MailText.of(
              "contributionReminder",
              cycle.getTitle(),
              department.getName(),
              cycle.getContributionDue(),
              taskList()));
    }
  }

  /** Tells the planners which departments missed the due date. */
  void escalate(PlanningCycle cycle, List<Department> missing) {
    mail.send(
        recipients.addressesOf(cycle.getOrganisation(), Role.PLANNER, null),
        MailText.of(
            "contributionOverdue",
            cycle.getTitle(),
            missing.stream().map(Department::getName).collect(Collectors.joining(", ")),
            cycle.getContributionDue(),
            taskList()));
  }

  /** Tells the planners how many published measures are overdue. */
  void overdue(PlanningCycle cycle, List<Measure> measures) {
    mail.send(
        recipients.addressesOf(cycle.getOrganisation(), Role.PLANNER, null),
        MailText.of("measuresOverdue", measures.size(), cycle.getTitle(), taskList()));
  }

  private String taskList() {
    return publicUrl.base().map(base -> base + TASK_LIST).orElse(TASK_LIST);
  }
}

package de.planungsportal.workflow;

import java.util.Date;

/**
 * One row of the task list.
 *
 * @param taskKey the task's id in its model (e.g. {@code Task_Contribute}), which names its form
 * @param processKey the model's process id (e.g. {@code planning-cycle})
 * @param businessKey the process instance's business key: for a planning cycle, the cycle's id
 * @param assignee who works on it; null while it is offered to a group
 * @param mine assigned to the reader
 * @param overdue its due date has passed
 */
public record TaskItem(
    String id,
    String name,
    String processName,
    Date created,
    Date due,
    String taskKey,
    String processKey,
    String businessKey,
    String assignee,
    boolean mine,
    boolean overdue) {

  /** Offered to one of the reader's groups and not taken by anyone yet. */
  public boolean claimable() {
    return assignee == null;
  }
}

package de.planungsportal.workflow;

import java.util.Date;

/** One row of the task list. */
public record TaskItem(String id, String name, String processName, Date created, Date due) {}

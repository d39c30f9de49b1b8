package de.planungsportal.planning.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.planning.FollowUpService;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureStatus;
import de.planungsportal.planning.ProgressInput;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backs planning/progress.xhtml?cycle=&task=: one line per measure of the department's progress
 * report task (status, percent done, text), filed at once with today's date.
 */
@Named
@ViewScoped
public class ProgressView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One measure's line of the report form. */
  public static class Line implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long measureId;
    private final String title;
    private final LocalDate dueDate;
    private MeasureStatus status;
    private Integer percentDone;
    private String text;

    Line(Measure measure) {
      measureId = measure.getId();
      title = measure.getTitle();
      dueDate = measure.getDueDate();
      status = measure.getStatus();
    }

    ProgressInput input(LocalDate today) {
      return new ProgressInput(measureId, today, status, percentDone, text);
    }

    public long getMeasureId() {
      return measureId;
    }

    public String getTitle() {
      return title;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public MeasureStatus getStatus() {
      return status;
    }

    public void setStatus(MeasureStatus status) {
      this.status = status;
    }

    public Integer getPercentDone() {
      return percentDone;
    }

    public void setPercentDone(Integer percentDone) {
      this.percentDone = percentDone;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  @Inject private FollowUpService followUp;
  @Inject private CurrentActor user;

  private String cycle;
  private String task;
  private long cycleId;
  private List<Line> lines;
  private boolean filed;

  public void load() {
    Optional<Long> id = Pages.id(cycle);
    boolean wellFormed = task != null && task.matches("[0-9a-fA-F-]{1,64}");
    lines =
        TaskForms.load(
                user.require(),
                Role.DEPARTMENT_CONTRIBUTOR,
                () -> {
                  if (id.isEmpty() || !wellFormed) {
                    return Optional.empty();
                  }
                  try {
                    return Optional.of(
                        followUp.measuresToReport(user.require(), id.get(), task).stream()
                            .map(Line::new)
                            .toList());
                  } catch (InvalidInputException notOpen) {
                    return Optional.empty();
                  }
                })
            .orElse(null);
    id.ifPresent(c -> cycleId = c);
  }

  public void submit() {
    LocalDate today = LocalDate.now();
    filed =
        UserChange.apply(
            () ->
                followUp.reportProgress(
                    user.require(),
                    cycleId,
                    task,
                    lines.stream().map(l -> l.input(today)).toList()));
    if (filed) {
      Messages.info("planning.progress.filed");
    }
  }

  public List<MeasureStatus> getStatuses() {
    return List.of(MeasureStatus.values());
  }

  public List<Line> getLines() {
    return lines;
  }

  public boolean isFiled() {
    return filed;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }
}

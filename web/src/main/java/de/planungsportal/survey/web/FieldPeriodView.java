package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.field.FieldPhase;
import de.planungsportal.survey.field.FieldWave;
import de.planungsportal.survey.field.NotVisibleException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Backs survey/field-period.xhtml: the planner moves the field period of a released wave or one in
 * the field; the waiting timers move with it (FieldPhase.changeFieldPeriod).
 */
@Named
@ViewScoped
public class FieldPeriodView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient FieldPhase phase;
  @Inject private transient CurrentActor user;

  private String wave;
  private long waveId;
  private String title;
  private boolean movable;
  private boolean startFixed;
  private boolean closable;
  private LocalDate start;
  private LocalDate end;

  public void load() {
    Actor actor = user.require();
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
      read(phase.periodOf(actor, id.get()));
    } catch (NotVisibleException e) {
      Pages.sendError(404);
    }
  }

  public void save() {
    Actor actor = user.require();
    try {
      phase.changeFieldPeriod(actor, waveId, start, end);
      read(phase.periodOf(actor, waveId));
      Messages.info("survey.field.period.saved");
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (NotVisibleException e) {
      Pages.sendError(404);
    }
  }

  /** Ends the field now (confirmed on the page); the process closes and hands it over. */
  public void closeNow() {
    Actor actor = user.require();
    try {
      phase.closeNow(actor, waveId);
      read(phase.periodOf(actor, waveId));
      Messages.info("survey.field.closeNow.done");
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (NotVisibleException e) {
      Pages.sendError(404);
    }
  }

  private void read(FieldWave found) {
    waveId = found.id();
    title = found.title();
    movable = FieldPhase.isMovable(found);
    startFixed = FieldPhase.isStartFixed(found);
    closable = FieldPhase.isStartFixed(found);
    start = found.fieldStart();
    end = found.fieldEnd();
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

  public boolean isMovable() {
    return movable;
  }

  public boolean isStartFixed() {
    return startFixed;
  }

  /** In the field: may be ended now. */
  public boolean isClosable() {
    return closable;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }
}

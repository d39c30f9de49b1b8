package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.field.ConsentSlips;
import de.planungsportal.survey.field.NotVisibleException;
import de.planungsportal.survey.field.WaveClass;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs survey/consent.xhtml: for a wave whose parents consent on paper, the school contact enters
 * per class how many signed slips came back (no names); planners see the counts.
 */
@Named
@ViewScoped
public class ConsentView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A class's row: its facts and the count as typed. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long classId;
    private final String school;
    private final String classLabel;
    private final int pupils;
    private final boolean editable;
    private Integer slips;

    Row(WaveClass schoolClass, boolean editable) {
      this.editable = editable;
      classId = schoolClass.id();
      school = schoolClass.schoolName();
      classLabel = schoolClass.classLabel();
      pupils = schoolClass.pupils();
      slips = schoolClass.slipsReturned();
    }

    public long getClassId() {
      return classId;
    }

    public String getSchool() {
      return school;
    }

    public String getClassLabel() {
      return classLabel;
    }

    public int getPupils() {
      return pupils;
    }

    public boolean isEditable() {
      return editable;
    }

    public Integer getSlips() {
      return slips;
    }

    public void setSlips(Integer slips) {
      this.slips = slips;
    }
  }

  @Inject private transient ConsentSlips slips;
  @Inject private transient CurrentActor user;

  private String wave;
  private long waveId;
  private String title;
  private boolean recordable;
  private List<Row> rows = List.of();

  public void load() {
    Actor actor = user.require();
    if (!actor.hasAny(EnumSet.of(Role.PLANNER, Role.SCHOOL_CONTACT))) {
      Pages.sendError(403);
      return;
    }
    Optional<Long> id = Pages.id(wave);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      read(actor, id.get());
    } catch (NotVisibleException e) {
      Pages.sendError(404);
    }
  }

  public void save() {
    Actor actor = user.require();
    Map<Long, Integer> counts = new LinkedHashMap<>();
    rows.stream().filter(Row::isEditable).forEach(r -> counts.put(r.getClassId(), r.getSlips()));
    try {
      int changed = slips.record(actor, waveId, counts);
      read(actor, waveId);
      Messages.info("survey.consent.saved", changed);
    } catch (InvalidInputException e) {
      Messages.error(e);
    } catch (NotVisibleException e) {
      Messages.error("survey.consent.notYours");
    }
  }

  private void read(Actor actor, long id) {
    ConsentSlips.Slips found = slips.of(actor, id);
    waveId = id;
    title = found.wave().title();
    recordable = found.recordable();
    List<Row> read = new ArrayList<>();
    found.classes().forEach(c -> read.add(new Row(c, found.editable().contains(c.id()))));
    rows = read;
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

  public boolean isRecordable() {
    return recordable;
  }

  public List<Row> getRows() {
    return rows;
  }
}

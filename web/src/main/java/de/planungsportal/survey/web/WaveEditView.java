package de.planungsportal.survey.web;

import de.planungsportal.area.School;
import de.planungsportal.survey.ConsentMode;
import de.planungsportal.survey.SurveyWave;
import de.planungsportal.survey.TargetKind;
import de.planungsportal.survey.WaveClass;
import de.planungsportal.survey.WaveForm;
import de.planungsportal.survey.WaveService;
import de.planungsportal.survey.WaveService.Decision;
import de.planungsportal.survey.WaveService.VersionChoice;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs survey/wave.xhtml?wave=: a new wave (no parameter) or one of the organisation's waves,
 * editable while it is a draft, read-only once submitted; its classes and its review history.
 */
@Named
@ViewScoped
public class WaveEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WaveService waves;
  @Inject private CurrentActor user;

  private String wave;
  private WaveForm form;
  private SurveyWave stored;
  private List<WaveClass> classes = List.of();
  private List<Decision> decisions = List.of();
  private List<VersionChoice> versions = List.of();
  private List<School> schools = List.of();
  private Long newSchool;
  private String newLabel;
  private Integer newGrade;
  private Integer newPupils;

  public void load() {
    try {
      if (wave == null || wave.isEmpty()) {
        form = waves.newForm(user.require());
      } else {
        Optional<SurveyWave> found = Pages.id(wave).flatMap(id -> waves.find(user.require(), id));
        if (found.isEmpty()) {
          Pages.sendError(404);
          return;
        }
        show(found.get());
      }
      versions = waves.versions(user.require());
      schools = waves.schools(user.require());
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    }
  }

  public String save() {
    boolean isNew = form.isNew();
    SurveyWave[] saved = new SurveyWave[1];
    if (!UserChange.apply(() -> saved[0] = waves.save(user.require(), form))) {
      return null;
    }
    if (isNew) {
      return "/survey/wave?faces-redirect=true&notice=waveCreated&wave=" + saved[0].getId();
    }
    show(saved[0]);
    Messages.info("wave.saved");
    return null;
  }

  public String submit() {
    SurveyWave[] submitted = new SurveyWave[1];
    if (!UserChange.apply(() -> submitted[0] = waves.submit(user.require(), form))) {
      return null;
    }
    return "/survey/wave?faces-redirect=true&notice=waveSubmitted&wave=" + submitted[0].getId();
  }

  /**
   * Takes the questionnaire version of the organisation's previous wave, for comparable results.
   */
  public void reusePrevious() {
    Optional<Long> previous = waves.previousVersion(user.require(), form.getId());
    if (previous.isEmpty()) {
      Messages.error("wave.noPreviousWave");
      return;
    }
    form.setQuestionnaireVersionId(previous.get());
    Messages.info("wave.previousVersionTaken");
  }

  public void addClass() {
    if (UserChange.apply(
        () ->
            waves.addClass(
                user.require(), stored.getId(), newSchool, newLabel, newGrade, newPupils))) {
      Messages.info("wave.class.added", newLabel);
      newLabel = null;
      newPupils = null;
      reload();
    }
  }

  public void removeClass(WaveClass row) {
    Long id = row == null ? null : row.getId();
    if (UserChange.apply(() -> waves.removeClass(user.require(), stored.getId(), id))) {
      Messages.info("wave.class.removed", row.getClassLabel());
      reload();
    }
  }

  private void reload() {
    waves.find(user.require(), stored.getId()).ifPresent(this::show);
  }

  private void show(SurveyWave found) {
    stored = found;
    form = WaveForm.of(found);
    classes = waves.classes(found);
    decisions = waves.decisions(found);
  }

  public boolean isEditable() {
    return stored == null || stored.isEditable();
  }

  /** The latest decision if it returned the wave, for the notice above the form. */
  public Decision getLastReturn() {
    return stored == null
            || !stored.isEditable()
            || decisions.isEmpty()
            || decisions.get(0).approved()
        ? null
        : decisions.get(0);
  }

  public int getPupilsTotal() {
    return classes.stream().mapToInt(WaveClass::getPupils).sum();
  }

  public TargetKind[] getTargetKinds() {
    return TargetKind.values();
  }

  public ConsentMode[] getConsentModes() {
    return ConsentMode.values();
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public WaveForm getForm() {
    return form;
  }

  public SurveyWave getStored() {
    return stored;
  }

  public List<WaveClass> getClasses() {
    return classes;
  }

  public List<Decision> getDecisions() {
    return decisions;
  }

  public List<VersionChoice> getVersions() {
    return versions;
  }

  public List<School> getSchools() {
    return schools;
  }

  public Long getNewSchool() {
    return newSchool;
  }

  public void setNewSchool(Long newSchool) {
    this.newSchool = newSchool;
  }

  public String getNewLabel() {
    return newLabel;
  }

  public void setNewLabel(String newLabel) {
    this.newLabel = newLabel;
  }

  public Integer getNewGrade() {
    return newGrade;
  }

  public void setNewGrade(Integer newGrade) {
    this.newGrade = newGrade;
  }

  public Integer getNewPupils() {
    return newPupils;
  }

  public void setNewPupils(Integer newPupils) {
    this.newPupils = newPupils;
  }
}

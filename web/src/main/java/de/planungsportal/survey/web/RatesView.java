package de.planungsportal.survey.web;

import de.planungsportal.survey.field.FieldPhase;
import de.planungsportal.survey.field.FieldWave;
import de.planungsportal.survey.field.NotVisibleException;
import de.planungsportal.survey.field.ResponseRates;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Backs survey/rates.xhtml: without a wave, the released waves the reader follows; with one, the
 * response rate per school and class (planners: every class; school contacts: their own schools'
 * classes) and the code sheets while they exist. A wave that is not the reader's is a 404.
 */
@Named
@RequestScoped
public class RatesView {

  @Inject private ResponseRates rates;
  @Inject private CurrentActor user;

  private String wave;
  private List<FieldWave> waves = List.of();
  private ResponseRates.WaveRates selected;

  public void load() {
    Actor actor = user.require();
    if (!actor.hasAny(EnumSet.of(Role.PLANNER, Role.SCHOOL_CONTACT))) {
      Pages.sendError(403);
      return;
    }
    if (wave == null || wave.isEmpty()) {
      waves = rates.waves(actor);
      return;
    }
    Optional<Long> id = Pages.id(wave);
    if (id.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    try {
      selected = rates.of(actor, id.get());
    } catch (NotVisibleException e) {
      Pages.sendError(404);
    }
  }

  public String getWave() {
    return wave;
  }

  public void setWave(String wave) {
    this.wave = wave;
  }

  public List<FieldWave> getWaves() {
    return waves;
  }

  /** Whether the reader plans the selected wave (and may move its field period). */
  public boolean isPlanner() {
    return selected != null
        && user.actor()
            .map(
                a ->
                    a.has(Role.PLANNER)
                        && a.organisationId() == selected.wave().organisationId()
                        && FieldPhase.isMovable(selected.wave()))
            .orElse(false);
  }

  public ResponseRates.WaveRates getSelected() {
    return selected;
  }
}

package de.planungsportal.committee.web;

import de.planungsportal.committee.RunningCirculation;
import de.planungsportal.committee.VotingService;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;

/**
 * Backs committee/tally.xhtml: the secretariat and the chair follow their committees' written
 * circulations while they run. Members vote without seeing it; once a circulation ends, its outcome
 * and counts are in the decision record.
 */
@Named
@RequestScoped
public class CirculationTallyView {

  @Inject private VotingService votes;
  @Inject private CurrentActor user;

  private List<RunningCirculation> circulations = List.of();

  public void load() {
    Actor actor = user.require();
    if (!actor.hasAny(EnumSet.of(Role.COMMITTEE_SECRETARIAT, Role.COMMITTEE_CHAIR))) {
      Pages.sendError(403);
      return;
    }
    circulations = votes.runningCirculations(actor);
  }

  public List<RunningCirculation> getCirculations() {
    return circulations;
  }
}

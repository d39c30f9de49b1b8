package de.planungsportal.results.web;

import de.planungsportal.results.ResultRelease;
import de.planungsportal.tenant.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs results/waves.xhtml: the waves whose results the signed-in actor may see. */
@Named
@RequestScoped
public class ResultWavesView {

  @Inject private ResultRelease release;
  @Inject private CurrentActor user;

  private List<ResultRelease.WaveEntry> waves;

  @PostConstruct
  void load() {
    waves = release.visibleWaves(user.require());
  }

  public List<ResultRelease.WaveEntry> getWaves() {
    return waves;
  }
}

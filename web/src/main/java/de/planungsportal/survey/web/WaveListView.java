package de.planungsportal.survey.web;

import de.planungsportal.survey.WaveService;
import de.planungsportal.survey.WaveService.WaveRow;
import de.planungsportal.tenant.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs survey/waves.xhtml: the organisation's waves, newest field period first. */
@Named
@ViewScoped
public class WaveListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WaveService waves;
  @Inject private CurrentActor user;

  private List<WaveRow> rows;

  @PostConstruct
  void load() {
    rows = waves.list(user.require());
  }

  public List<WaveRow> getRows() {
    return rows;
  }
}

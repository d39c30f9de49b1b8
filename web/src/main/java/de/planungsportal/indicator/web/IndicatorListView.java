package de.planungsportal.indicator.web;

import de.planungsportal.indicator.Direction;
import de.planungsportal.indicator.Indicator;
import de.planungsportal.indicator.IndicatorCatalogue;
import de.planungsportal.indicator.IndicatorCatalogue.QuestionnaireOption;
import de.planungsportal.indicator.IndicatorForm;
import de.planungsportal.indicator.SurveyReading;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.CrudView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs indicator/indicators.xhtml: the catalogue for every staff member, editing for planners. */
@Named
@ViewScoped
public class IndicatorListView extends CrudView<Indicator, IndicatorForm> {

  private static final long serialVersionUID = 1L;

  @Inject private IndicatorCatalogue catalogue;

  private List<QuestionnaireOption> questionnaires;

  @Override
  protected List<Indicator> list(Actor actor) {
    return catalogue.list(actor);
  }

  @Override
  protected IndicatorForm newForm() {
    return new IndicatorForm();
  }

  @Override
  protected IndicatorForm formOf(Indicator indicator) {
    return IndicatorForm.of(indicator);
  }

  @Override
  protected void save(Actor actor, IndicatorForm form) {
    catalogue.save(actor, form);
  }

  @Override
  protected void delete(Actor actor, Indicator indicator) {
    catalogue.delete(actor, indicator.getId());
  }

  @Override
  protected String savedKey() {
    return "indicator.saved";
  }

  /** Planners see the edit controls; the service checks again. */
  public boolean isPlanner() {
    return currentUser.actor().map(a -> a.has(Role.PLANNER)).orElse(false);
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public SurveyReading[] getReadings() {
    return SurveyReading.values();
  }

  public List<QuestionnaireOption> getQuestionnaires() {
    if (questionnaires == null) {
      questionnaires = catalogue.questionnaires(currentUser.require());
    }
    return questionnaires;
  }
}

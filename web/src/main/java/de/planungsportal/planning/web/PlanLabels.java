package de.planungsportal.planning.web;

import de.planungsportal.planning.PlanViews.CurrentStep;
import de.planungsportal.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** Texts the planning pages compose: the current step in the reader's language. */
@Named
@ApplicationScoped
public class PlanLabels {

  /**
   * The steps' names from the bundle by task id (the model names them in German), the model's name
   * for a task the bundle does not know; a step open for several departments says how many.
   */
  public String steps(List<CurrentStep> steps) {
    if (steps == null || steps.isEmpty()) {
      return "—";
    }
    return steps.stream().map(PlanLabels::step).collect(Collectors.joining(", "));
  }

  private static String step(CurrentStep step) {
    String key = "planning.step." + step.taskKey();
    String name = Messages.text(key);
    String label = name.equals(key) ? step.name() : name;
    return step.open() > 1 ? Messages.text("planning.step.open", label, step.open()) : label;
  }
}

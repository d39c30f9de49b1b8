package de.planungsportal.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Fails while rendering once armed by an action; deployed only by {@link AjaxRenderFailureIT}. */
@Named
@RequestScoped
public class RenderFailure {

  private boolean armed;

  public void arm() {
    armed = true;
  }

  public String getValue() {
    if (armed) {
      throw new IllegalStateException("internal detail that must not leak");
    }
    return "fine";
  }
}

package de.planungsportal.survey.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Marks the answering pages' views transient as soon as they are restored. The template says so too
 * ({@code f:view transient}), but only once the page is built during rendering; PrimeFaces decides
 * before that whether to keep its CSP nonce in the view map, which lives in the session. So without
 * this, every respondent would get a session (~7 KB for 30 minutes).
 */
public class StatelessSurveyViews implements PhaseListener {

  private static final long serialVersionUID = 1L;
  static final String PREFIX = "/answer/";

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot view = event.getFacesContext().getViewRoot();
    if (view != null && view.getViewId() != null && view.getViewId().startsWith(PREFIX)) {
      view.setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before restoring
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}

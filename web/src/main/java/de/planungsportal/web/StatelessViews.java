package de.planungsportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Pages create no session; signing in does. A view is transient (no server-side state) when the
 * visitor has no session yet (the landing page, the sign-in page, the privacy and error pages of
 * anonymous visitors), and always on the answering pages, whose respondents must never get one; a
 * postback of a transient view stays transient. Staff pages are reached only with a session and
 * keep their state.
 *
 * <p>Two places apply the rule. As a phase listener this class marks the view as soon as it is
 * restored: the template's {@code f:view transient} takes effect only once the page is built during
 * rendering, and PrimeFaces decides before that whether to keep its CSP nonce in the view map,
 * which lives in the session (~7 KB for 30 minutes per visitor). As the bean {@code statelessViews}
 * it gives the templates' {@code f:view transient="#{statelessViews.wanted}"}: Faces rebuilds a
 * transient view on postback and refuses it unless the page says transient itself. Forms of
 * transient views are guarded by the CSRF filter's same-origin check and carry PrimeFaces' nonce
 * themselves ({@link CspNonce}).
 */
@Named
@ApplicationScoped
public class StatelessViews implements PhaseListener {

  private static final long serialVersionUID = 1L;
  static final String ANSWERING = "/answer/";

  /** Whether the view of the current request is to be transient. */
  public boolean isWanted() {
    return wanted(FacesContext.getCurrentInstance());
  }

  static boolean wanted(FacesContext faces) {
    var external = faces.getExternalContext();
    // an error page rendered for a failed postback is a new view, not the postback's
    boolean errorPage = external.getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE);
    if (faces.isPostback() && !errorPage) {
      return "stateless"
          .equals(external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM));
    }
    UIViewRoot view = faces.getViewRoot();
    return (view != null && view.getViewId() != null && view.getViewId().startsWith(ANSWERING))
        || external.getSession(false) == null;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view != null && wanted(faces)) {
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

package de.planungsportal.web;

import static org.primefaces.util.Constants.RequestParams.NONCE_PARAM;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a postback's CSP nonce against its view's (PrimeFaces keeps it in the view map under the
 * name of the request parameter) right after the view is restored. PrimeFaces compares them only
 * when it renders the answer, after the form's action has run; a postback with another view's nonce
 * would be refused with something saved already. Here such a postback skips straight to rendering,
 * where PrimeFaces refuses it as before (FormNonceFilter and web.xml turn that into the 400 page),
 * and nothing of it has run.
 */
public class CspNonceCheck implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null) {
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE_PARAM);
    if (expected == null) {
      return; // a transient view keeps no nonce; PrimeFaces does not compare either
    }
    Object sent = faces.getExternalContext().getRequestParameterMap().get(NONCE_PARAM);
    if (!Objects.equals(Objects.toString(sent, ""), expected.toString())) {
      faces.renderResponse();
    }
  }
}

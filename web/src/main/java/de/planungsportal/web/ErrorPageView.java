package de.planungsportal.web;

import de.planungsportal.common.ErrorReference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Backs the error pages: the visitor sees a reference number, the server log holds the details
 * under the same number. Nothing of the exception reaches the page.
 */
@Named
@RequestScoped
public class ErrorPageView {

  private String reference;

  /**
   * For pages that name a problem of the client's request (an expired or forged view state, a form
   * without its nonce): the container answers an exception with 500, but retrying the same request
   * cannot succeed and the server is fine, so 400. A visit to the page itself stays a 200.
   */
  public void clientError() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)) {
      external.setResponseStatus(400);
    }
  }

  public String getReference() {
    if (reference == null) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      String logged = external.getRequestParameterMap().get("ref");
      if (logged != null && logged.matches("[0-9A-F]{10}")) {
        // already logged by the ajax exception handler that redirected here
        reference = logged;
        return reference;
      }
      var request = external.getRequestMap();
      Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
      reference =
          ErrorReference.log(
              request.get(RequestDispatcher.ERROR_REQUEST_URI)
                  + " (status "
                  + request.get(RequestDispatcher.ERROR_STATUS_CODE)
                  + ")",
              error instanceof Throwable t ? t : null);
    }
    return reference;
  }
}

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

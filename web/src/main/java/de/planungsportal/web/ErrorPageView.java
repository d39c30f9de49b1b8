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
   * cannot succeed and the server is fine, so 400. A visit to the page itself stays a 200, and so
   * does an ajax request, whose answer OmniFaces fills with the page.
   */
  public void clientError() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    // an ajax answer stays 200: the page replaces the view only if the script accepts the answer
    if (external.getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)
        && !faces.getPartialViewContext().isAjaxRequest()) {
      external.setResponseStatus(400);
    }
  }

  public String getReference() {
    if (reference == null) {
      // set by the container for full-page requests, by OmniFaces' FullAjaxExceptionHandler for
      // ajax
      var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
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

package de.planungsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages: the visitor sees a reference number, the server log holds the details
 * under the same number. Nothing of the exception reaches the page.
 */
@Named
@RequestScoped
public class ErrorPageView {

  private static final Logger LOG = Logger.getLogger(ErrorPageView.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private String reference;

  public String getReference() {
    if (reference == null) {
      byte[] bytes = new byte[5];
      RANDOM.nextBytes(bytes);
      reference = HexFormat.of().withUpperCase().formatHex(bytes);
      var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
      Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(
          Level.SEVERE,
          "Error reference "
              + reference
              + " for "
              + request.get(RequestDispatcher.ERROR_REQUEST_URI)
              + " (status "
              + request.get(RequestDispatcher.ERROR_STATUS_CODE)
              + ")",
          error instanceof Throwable t ? t : null);
    }
    return reference;
  }
}

package de.planungsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP nonce of the page, for a hidden field of forms that must work without scripts
 * (sign-in, answering): PrimeFaces refuses a postback without it, and otherwise only its scripts
 * add it. On a transient view PrimeFaces keeps no nonce to compare with; the CSRF filter's
 * same-origin check is what guards those forms.
 */
@Named
@RequestScoped
public class CspNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}

package de.planungsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The confirmation a page shows after a redirect (post, redirect, get): the address names it by a
 * short code, {@code ?notice=cycleStarted}, and the bundle holds its text under {@code
 * notice.<code>}. Codes without such a key show nothing, so the address cannot inject text. An
 * address parameter rather than the Faces flash, whose cookie scripts and tests would have to
 * carry.
 */
@Named
@RequestScoped
public class Notices {

  /** The translated confirmation named by the request's {@code notice} parameter, or null. */
  public String getText() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String code = faces.getExternalContext().getRequestParameterMap().get("notice");
    if (code == null || !code.matches("[A-Za-z]{1,40}")) {
      return null;
    }
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey("notice." + code) ? bundle.getString("notice." + code) : null;
  }
}

package de.planungsportal.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Translatable;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds translated messages from the "msg" bundle to the current Faces response. */
public final class Messages {

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Translatable.format(
        faces.getApplication().getResourceBundle(faces, "msg"),
        faces.getViewRoot().getLocale(),
        key,
        arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** Shows the translated reason of a correctable input error. */
  public static void error(InvalidInputException e) {
    error(e.messageKey(), e.arguments());
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}

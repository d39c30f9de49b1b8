package de.planungsportal.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs answer/thanks.xhtml: thanks only right after a submission, a neutral note otherwise. */
@Named
@RequestScoped
public class SurveyThanksView {

  static final String PARAMETER = "done";

  @Inject private ThanksToken token;

  public boolean isConfirmed() {
    return token.isValid(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PARAMETER));
  }
}

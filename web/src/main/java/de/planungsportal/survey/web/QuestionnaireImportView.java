package de.planungsportal.survey.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.survey.InstrumentRefusedException;
import de.planungsportal.survey.QuestionnaireService;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FacesUploads;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UploadLimitFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * Backs the JSON import of survey/questionnaires.xhtml: a file of the exchange format becomes a new
 * questionnaire with the content as its first draft, or is refused with every problem.
 */
@Named
@RequestScoped
public class QuestionnaireImportView {

  @Inject private QuestionnaireService service;
  @Inject private CurrentActor user;

  private Part file;
  private boolean refused;

  /** Shows why the {@link UploadLimitFilter} turned a file away before the page could see it. */
  public void showRefusedUpload() {
    String refusal =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(UploadLimitFilter.REFUSAL_PARAMETER);
    if (UploadLimitFilter.TOO_LARGE.equals(refusal)) {
      refused = true;
      Messages.error(
          "questionnaire.import.tooLarge", QuestionnaireService.MAX_IMPORT_BYTES / 1024 / 1024);
    }
  }

  public String importFile() {
    try {
      long version =
          service.importNew(
              user.require(),
              FacesUploads.read(
                  file, QuestionnaireService.MAX_IMPORT_BYTES, "questionnaire.import.noFile"));
      return "/survey/questionnaire?faces-redirect=true&notice=questionnaireImported&version="
          + version;
    } catch (InstrumentRefusedException e) {
      refused = true;
      QuestionnaireEditView.showProblems(e);
    } catch (InvalidInputException e) {
      refused = true;
      Messages.error(e);
    } catch (AccessDeniedException e) {
      refused = true;
      Messages.error("error.forbidden.text");
    }
    return null;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isRefused() {
    return refused;
  }
}

package de.planungsportal.area.admin.web;

import de.planungsportal.area.admin.ReferenceDataAdminService;
import de.planungsportal.common.ImportRefusedException;
import de.planungsportal.common.ImportRefusedException.Problem;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.TextUpload;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.LocalDate;

/**
 * Backs the CSV import of admin/schools.xhtml: hands the uploaded file to the service and shows the
 * outcome, every problem by line.
 */
@Named
@RequestScoped
public class SchoolImportView {

  /** Problems listed at most; the rest are counted. */
  static final int MAX_LISTED = 25;

  @Inject private ReferenceDataAdminService service;
  @Inject private CurrentActor currentUser;
  @Inject private SchoolAdminView schools;
  @Inject private ValidatorFactory validation;

  private Part file;
  private LocalDate areasFrom = LocalDate.now();
  private boolean refused;

  /** Shows why the {@link UploadLimitFilter} turned a file away before the page could see it. */
  public void showRefusedUpload() {
    if (UploadLimitFilter.refusedTooLarge()) {
      refused = true;
      Messages.error("upload.tooLarge", TextUpload.MAX_BYTES / 1024 / 1024);
    }
  }

  public void importFile() {
    try {
      int created =
          service.importSchools(
              currentUser.require(),
              FacesUploads.read(file, TextUpload.MAX_BYTES, "upload.noFile"),
              areasFrom);
      Messages.info("import.done", created);
      schools.reload();
    } catch (ImportRefusedException e) {
      refused = true;
      Messages.error("import.refused", e.problems().size());
      e.problems().stream()
          .limit(MAX_LISTED)
          .forEach(p -> Messages.error("import.problem", p.line(), p.column(), text(p)));
      if (e.problems().size() > MAX_LISTED) {
        Messages.error("import.moreProblems", e.problems().size() - MAX_LISTED);
      }
    } catch (InvalidInputException e) {
      refused = true;
      Messages.error(e);
    } catch (AccessDeniedException e) {
      refused = true;
      Messages.error("error.forbidden.text");
    }
  }

  /** A problem in the page's language; a violated constraint in its own words. */
  private String text(Problem problem) {
    ConstraintViolation<?> violation = problem.violation();
    if (violation == null) {
      return Messages.text(problem.messageKey(), problem.arguments().toArray());
    }
    return validation
        .getMessageInterpolator()
        .interpolate(
            violation.getMessageTemplate(),
            new ViolationContext(violation),
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The day from which the imported schools are in their areas. */
  public LocalDate getAreasFrom() {
    return areasFrom;
  }

  public void setAreasFrom(LocalDate areasFrom) {
    this.areasFrom = areasFrom;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** The last upload was refused: the page puts the focus on the file field and its messages. */
  public boolean isRefused() {
    return refused;
  }

  private record ViolationContext(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("not a " + type.getName());
    }
  }
}

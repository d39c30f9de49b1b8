package de.planungsportal.indicator.web;

import de.planungsportal.common.ImportRefusedException;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.TextUpload;
import de.planungsportal.indicator.IndicatorValues;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.FacesUploads;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UploadLimitFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * Backs indicator/import.xhtml: a statistics-office table in, every value stored or none, every
 * problem shown by line and column.
 */
@Named
@RequestScoped
public class StatisticsImportView {

  /** Problems listed at most; the rest are counted. */
  static final int MAX_LISTED = 25;

  @Inject private IndicatorValues values;
  @Inject private CurrentActor user;

  private Part file;
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
      int stored =
          values.importStatistics(
              user.require(), FacesUploads.read(file, TextUpload.MAX_BYTES, "upload.noFile"));
      Messages.info("indicator.import.done", stored);
    } catch (ImportRefusedException e) {
      refused = true;
      Messages.error("import.refused", e.problems().size());
      e.problems().stream()
          .limit(MAX_LISTED)
          .forEach(
              p ->
                  Messages.error(
                      "import.problem",
                      p.line(),
                      p.column() == null ? "–" : p.column(),
                      Messages.text(p.messageKey(), p.arguments().toArray())));
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
}

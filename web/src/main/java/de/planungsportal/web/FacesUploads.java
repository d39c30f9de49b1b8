package de.planungsportal.web;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.common.Upload;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** A file sent with a Faces form, as the services take it. */
public final class FacesUploads {

  private FacesUploads() {}

  /**
   * The file as sent, read no further than one byte beyond maxBytes (so the service can refuse it
   * as too large without the whole file in memory).
   *
   * @throws InvalidInputException upload.empty for an empty file, noFileKey for none at all
   */
  public static Upload read(Part file, int maxBytes, String noFileKey) {
    if (file == null) {
      // Faces passes an empty file on as no file; the request still has its name
      throw emptyFileName()
          .map(name -> new InvalidInputException("upload.empty", name))
          .orElseGet(() -> new InvalidInputException(noFileKey));
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(maxBytes + 1);
      return new Upload(file.getSubmittedFileName(), file.getContentType(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> emptyFileName() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      return request.getParts().stream()
          .map(Part::getSubmittedFileName)
          .filter(name -> name != null && !name.isBlank())
          .findFirst();
    } catch (IOException | ServletException e) {
      throw new IllegalStateException("the multipart request could not be read again", e);
    }
  }
}

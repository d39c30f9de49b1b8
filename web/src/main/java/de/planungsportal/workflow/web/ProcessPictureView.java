package de.planungsportal.workflow.web;

import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.workflow.ProcessPicture;
import de.planungsportal.workflow.ProcessPicture.Picture;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Backs the process-picture include and workflow/process.xhtml. Pictures are read once per request
 * whatever the number of EL look-ups.
 */
@Named
@RequestScoped
public class ProcessPictureView {

  @Inject private ProcessPicture pictures;
  @Inject private CurrentActor user;

  private final Map<String, Optional<Picture>> read = new HashMap<>();

  /**
   * View action of the standalone page: an unknown, malformed or foreign instance id gets 404 with
   * the page's own explanation; an actor who may not see processes gets the 403 page.
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      if (picture(getInstance()) == null) {
        external.setResponseStatus(404);
      }
    } catch (AccessDeniedException e) {
      external.responseSendError(403, "");
      faces.responseComplete();
    }
  }

  public String getInstance() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("instance");
  }

  /** The picture of the instance, or null where there is none for this actor. */
  public Picture picture(String instanceId) {
    return read.computeIfAbsent(
            instanceId == null ? "" : instanceId, id -> pictures.of(user.require(), id))
        .orElse(null);
  }

  /** The text alternative of the diagram, e.g. "Aktueller Schritt: …; erledigt: …". */
  public String summary(Picture picture) {
    String active = names(picture, picture.active());
    String done = names(picture, picture.done());
    if (picture.ended()) {
      return Messages.text("process.summary.ended", done);
    }
    return Messages.text(
        "process.summary",
        active.isEmpty() ? Messages.text("process.summary.none") : active,
        done.isEmpty() ? Messages.text("process.summary.none") : done);
  }

  /** Element ids separated by spaces, for the viewer script's data attributes. */
  public String ids(Collection<String> ids) {
    return String.join(" ", ids);
  }

  private static String names(Picture picture, Collection<String> ids) {
    return ids.stream()
        .map(picture.stepNames()::get)
        .filter(name -> name != null && !name.isBlank())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}

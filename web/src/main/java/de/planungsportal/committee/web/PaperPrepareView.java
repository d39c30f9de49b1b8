package de.planungsportal.committee.web;

import de.planungsportal.committee.AttachmentContent;
import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperDraft;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.PaperService.Attachment;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UploadLimitFilter;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Backs committee/prepare.xhtml?paper=: the secretariat completes the paper's text and sends it to
 * a planned meeting or to a written circulation with a due date. While it is a draft, attachments
 * are added (a plain multipart form and a full postback, as the school import does) and removed.
 */
@Named
@ViewScoped
public class PaperPrepareView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PaperService papers;
  @Inject private CurrentActor user;

  private String paper;
  private Paper loaded;
  private List<Meeting> meetings = List.of();
  private String reference;
  private String title;
  private String resolution;
  private boolean publicPaper;
  private Paper.Procedure procedure;
  private Long meetingId;
  private LocalDate circulationDue;
  private List<Attachment> attachments = List.of();
  private transient Part file;

  public void load() {
    loaded =
        PaperPages.load(
                user.require(),
                PaperPages.SECRETARIAT,
                paper,
                id -> {
                  Paper found = papers.paper(user.require(), id);
                  PaperPages.requireAt(found.getState() == Paper.State.DRAFT);
                  meetings = papers.plannedMeetings(user.require(), id);
                  attachments = papers.attachments(user.require(), id);
                  return found;
                })
            .orElse(null);
    if (loaded != null) {
      reference = loaded.getReference();
      title = loaded.getTitle();
      resolution = loaded.getResolution();
      publicPaper = loaded.isPublicPaper();
      procedure = loaded.getProcedure();
      showRefusedUpload();
    }
  }

  /** Shows why the {@link UploadLimitFilter} turned a file away before the page could see it. */
  private void showRefusedUpload() {
    if (UploadLimitFilter.refusedTooLarge()) {
      Messages.error("committee.file.tooLarge", AttachmentContent.MAX_BYTES / 1024 / 1024);
    }
  }

  public void upload() {
    if (UserChange.apply(
        () -> {
          Attachment added = papers.attach(user.require(), loaded.getId(), name(), content());
          Messages.info("committee.file.added", added.name());
        })) {
      file = null;
    }
    attachments = papers.attachments(user.require(), loaded.getId());
  }

  public void remove(Attachment attachment) {
    if (UserChange.apply(() -> papers.detach(user.require(), attachment.id()))) {
      Messages.info("committee.file.removed", attachment.name());
    }
    attachments = papers.attachments(user.require(), loaded.getId());
  }

  /** Faces passes an empty file on as no file at all; the request still has its name. */
  private String name() {
    if (file != null) {
      return file.getSubmittedFileName();
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      throw request.getParts().stream()
          .map(Part::getSubmittedFileName)
          .filter(name -> name != null && !name.isBlank())
          .findFirst()
          .map(name -> new InvalidInputException("upload.empty", name))
          .orElseGet(() -> new InvalidInputException("committee.file.noFile"));
    } catch (IOException | ServletException e) {
      throw new IllegalStateException("the multipart request could not be read again", e);
    }
  }

  /** The file as sent; one larger than allowed is not read beyond the limit. */
  private byte[] content() {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(AttachmentContent.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String prepare() {
    PaperDraft draft =
        new PaperDraft(
            reference,
            title,
            resolution,
            publicPaper,
            procedure,
            procedure == Paper.Procedure.MEETING ? meetingId : null,
            procedure == Paper.Procedure.CIRCULATION ? circulationDue : null);
    return UserChange.apply(() -> papers.prepare(user.require(), loaded.getId(), draft))
        ? Pages.toTaskList(
            procedure == Paper.Procedure.MEETING ? "paperOnAgenda" : "paperInCirculation")
        : null;
  }

  /** A meeting as the secretariat picks it: its name, day and time in the reader's language. */
  public String meetingLabel(Meeting meeting) {
    return meeting.getName()
        + ", "
        + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(meeting.getStartsAt());
  }

  public Paper.Procedure[] getProcedures() {
    return Paper.Procedure.values();
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }

  public Paper getLoaded() {
    return loaded;
  }

  public int getMaxMegabytes() {
    return AttachmentContent.MAX_BYTES / 1024 / 1024;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<Meeting> getMeetings() {
    return meetings;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public boolean isPublicPaper() {
    return publicPaper;
  }

  public void setPublicPaper(boolean publicPaper) {
    this.publicPaper = publicPaper;
  }

  public Paper.Procedure getProcedure() {
    return procedure;
  }

  public void setProcedure(Paper.Procedure procedure) {
    this.procedure = procedure;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public LocalDate getCirculationDue() {
    return circulationDue;
  }

  public void setCirculationDue(LocalDate circulationDue) {
    this.circulationDue = circulationDue;
  }
}

package de.planungsportal.committee.web;

import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperDraft;
import de.planungsportal.committee.PaperService;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.UserChange;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Backs committee/prepare.xhtml?paper=: the secretariat completes the paper's text and sends it to
 * a planned meeting or to a written circulation with a due date.
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
                  return found;
                })
            .orElse(null);
    if (loaded != null) {
      reference = loaded.getReference();
      title = loaded.getTitle();
      resolution = loaded.getResolution();
      publicPaper = loaded.isPublicPaper();
      procedure = loaded.getProcedure();
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
        ? PaperPages.toTaskList(
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

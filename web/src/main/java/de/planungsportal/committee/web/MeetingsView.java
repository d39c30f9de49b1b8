package de.planungsportal.committee.web;

import de.planungsportal.area.Committee;
import de.planungsportal.committee.AgendaItem;
import de.planungsportal.committee.AgendaItemInput;
import de.planungsportal.committee.CommitteeAdminService;
import de.planungsportal.committee.Meeting;
import de.planungsportal.committee.MeetingInput;
import de.planungsportal.committee.MeetingService;
import de.planungsportal.committee.Paper;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs committee/meetings.xhtml: the secretariat's committees, the meetings of the chosen one
 * (new, edit, state) and the agenda of the chosen meeting (add, reorder, remove).
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CommitteeAdminService committeeService;
  @Inject private MeetingService service;
  @Inject private CurrentActor user;

  private List<Committee> committees;
  private Long committeeId;
  private List<Meeting> meetings;
  private Long meetingId;
  private String meetingName;
  private LocalDateTime startsAt;
  private String place;
  private Meeting.State state;
  private Meeting agendaOf;
  private List<AgendaItem> agenda;
  private List<Paper> papers;
  private String number;
  private String title;
  private boolean publicItem = true;
  private Long paperId;

  public void load() {
    CommitteePages.load(() -> committeeService.committees(user.require()))
        .ifPresent(
            list -> {
              committees = list;
              if (list.size() == 1) {
                committeeId = list.get(0).getId();
                chooseCommittee();
              }
            });
  }

  public void chooseCommittee() {
    agendaOf = null;
    meetings = null;
    if (committeeId != null) {
      UserChange.apply(() -> meetings = service.meetings(user.require(), committeeId));
    }
  }

  public void openNew() {
    meetingId = null;
    meetingName = null;
    startsAt = null;
    place = null;
    state = Meeting.State.PLANNED;
  }

  public void edit(Meeting meeting) {
    meetingId = meeting.getId();
    meetingName = meeting.getName();
    startsAt = meeting.getStartsAt();
    place = meeting.getPlace();
    state = meeting.getState();
  }

  public void saveMeeting() {
    if (UserChange.apply(
        () ->
            service.saveMeeting(
                user.require(),
                committeeId,
                new MeetingInput(meetingId, meetingName, startsAt, place, state)))) {
      Messages.info("committee.meeting.saved");
      chooseCommittee();
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void showAgenda(Meeting meeting) {
    agendaOf = meeting;
    number = null;
    title = null;
    publicItem = true;
    paperId = null;
    UserChange.apply(
        () -> {
          agenda = service.agenda(user.require(), meeting.getId());
          papers = service.papers(user.require(), meeting.getId());
        });
  }

  public void addItem() {
    if (UserChange.apply(
        () ->
            service.addItem(
                user.require(),
                agendaOf.getId(),
                new AgendaItemInput(number, title, publicItem, paperId)))) {
      Messages.info("committee.agenda.added");
      showAgenda(agendaOf);
    }
  }

  public void move(AgendaItem item, boolean up) {
    UserChange.apply(() -> service.move(user.require(), item.getId(), up));
    showAgenda(agendaOf);
  }

  public void remove(AgendaItem item) {
    if (UserChange.apply(() -> service.removeItem(user.require(), item.getId()))) {
      Messages.info("committee.agenda.removed");
    }
    showAgenda(agendaOf);
  }

  public boolean isPlanned() {
    return agendaOf != null && agendaOf.getState() == Meeting.State.PLANNED;
  }

  public Meeting.State[] getStates() {
    return Meeting.State.values();
  }

  public List<Committee> getCommittees() {
    return committees;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public void setCommitteeId(Long committeeId) {
    this.committeeId = committeeId;
  }

  public List<Meeting> getMeetings() {
    return meetings;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public String getMeetingName() {
    return meetingName;
  }

  public void setMeetingName(String meetingName) {
    this.meetingName = meetingName;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Meeting.State getState() {
    return state;
  }

  public void setState(Meeting.State state) {
    this.state = state;
  }

  public Meeting getAgendaOf() {
    return agendaOf;
  }

  public List<AgendaItem> getAgenda() {
    return agenda;
  }

  public List<Paper> getPapers() {
    return papers;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isPublicItem() {
    return publicItem;
  }

  public void setPublicItem(boolean publicItem) {
    this.publicItem = publicItem;
  }

  public Long getPaperId() {
    return paperId;
  }

  public void setPaperId(Long paperId) {
    this.paperId = paperId;
  }
}

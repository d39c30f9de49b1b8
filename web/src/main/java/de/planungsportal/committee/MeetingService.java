package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A committee's meetings and their agendas, kept by its secretariat. A meeting goes planned → held
 * → minutes signed, never back; an agenda can change only while the meeting is planned, and names
 * only papers of the meeting's own committee.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

  private static final Set<Role> SECRETARIAT = EnumSet.of(Role.COMMITTEE_SECRETARIAT);

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Meeting> meetings(Actor actor, long committeeId) {
    committee(actor, committeeId);
    return em.createQuery(
            "select m from Meeting m where m.committee.id = :c order by m.startsAt desc, m.id",
            Meeting.class)
        .setParameter("c", committeeId)
        .getResultList();
  }

  public Meeting saveMeeting(Actor actor, long committeeId, MeetingInput in) {
    Committee committee = committee(actor, committeeId);
    if (in == null) {
      throw new InvalidInputException("committee.meeting.nameRequired");
    }
    String name = text(in.name(), 200, "committee.meeting.nameRequired");
    if (in.startsAt() == null) {
      throw new InvalidInputException("committee.meeting.startsAtRequired");
    }
    String place = optional(in.place(), 200);
    Meeting.State state = in.state() == null ? Meeting.State.PLANNED : in.state();
    if (committee.getEndedOn() != null
        && in.startsAt().toLocalDate().isAfter(committee.getEndedOn())) {
      throw new InvalidInputException("committee.meeting.committeeEnded");
    }
    Meeting meeting;
    if (in.id() == null) {
      if (state != Meeting.State.PLANNED) {
        throw new InvalidInputException("committee.meeting.stateOrder");
      }
      meeting = new Meeting(committee, name, in.startsAt(), place, state);
      em.persist(meeting);
    } else {
      meeting = own(actor, in.id());
      if (!meeting.getCommittee().getId().equals(committeeId)) {
        throw new NotThereException("meeting " + in.id());
      }
      if (state.ordinal() < meeting.getState().ordinal()) {
        throw new InvalidInputException("committee.meeting.stateOrder");
      }
      meeting.setName(name);
      meeting.setStartsAt(in.startsAt());
      meeting.setPlace(place);
      meeting.setState(state);
    }
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        in.id() == null ? "MEETING_CREATED" : "MEETING_UPDATED",
        "Meeting",
        meeting.getId(),
        "Sitzung '" + name + "' (" + in.startsAt() + ", " + state + ")",
        null);
    return meeting;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AgendaItem> agenda(Actor actor, long meetingId) {
    own(actor, meetingId);
    return items(meetingId);
  }

  /** Papers of the meeting's committee that an agenda item can name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Paper> papers(Actor actor, long meetingId) {
    Meeting meeting = own(actor, meetingId);
    return em.createQuery(
            "select p from Paper p where p.committee.id = :c and p.state <> :withdrawn"
                + " order by p.reference",
            Paper.class)
        .setParameter("c", meeting.getCommittee().getId())
        .setParameter("withdrawn", Paper.State.WITHDRAWN)
        .getResultList();
  }

  public AgendaItem addItem(Actor actor, long meetingId, AgendaItemInput in) {
    Meeting meeting = planned(actor, meetingId);
    if (in == null) {
      throw new InvalidInputException("committee.agenda.numberRequired");
    }
    String number = text(in.number(), 20, "committee.agenda.numberRequired");
    String title = text(in.title(), 300, "committee.agenda.titleRequired");
    Paper paper = null;
    if (in.paperId() != null) {
      paper = em.find(Paper.class, in.paperId());
      if (paper == null || !paper.getCommittee().getId().equals(meeting.getCommittee().getId())) {
        throw new InvalidInputException("committee.agenda.paperOfOtherCommittee");
      }
    }
    List<AgendaItem> items = items(meetingId);
    if (items.stream().anyMatch(i -> i.getNumber().equalsIgnoreCase(number))) {
      throw new InvalidInputException("committee.agenda.numberTaken", number);
    }
    int position = items.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
    AgendaItem item = new AgendaItem(meeting, paper, number, title, position, in.publicItem());
    em.persist(item);
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        "AGENDA_ITEM_ADDED",
        "Meeting",
        meetingId,
        "TOP "
            + number
            + " '"
            + title
            + "'"
            + (paper == null ? "" : " (" + paper.getReference() + ")"),
        null);
    return item;
  }

  /** Swaps the item with its neighbour above ({@code up}) or below. */
  public void move(Actor actor, long itemId, boolean up) {
    AgendaItem item = item(actor, itemId);
    List<AgendaItem> items = items(item.getMeeting().getId());
    int index = items.indexOf(item);
    int other = up ? index - 1 : index + 1;
    if (other < 0 || other >= items.size()) {
      return;
    }
    AgendaItem neighbour = items.get(other);
    int mine = item.getPosition();
    int theirs = neighbour.getPosition();
    // the unique (meeting, position) key forbids a direct swap
    item.setPosition(-1);
    em.flush();
    neighbour.setPosition(mine);
    em.flush();
    item.setPosition(theirs);
    em.flush();
  }

  /**
   * Deletes the item; a public one stays in OParl as a tombstone and its meeting and paper count as
   * changed, which the database sees to (V17) whichever way an item goes.
   */
  public void removeItem(Actor actor, long itemId) {
    AgendaItem item = item(actor, itemId);
    em.remove(item);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "AGENDA_ITEM_REMOVED",
        "Meeting",
        item.getMeeting().getId(),
        "TOP " + item.getNumber() + " '" + item.getTitle() + "' entfernt",
        null);
  }

  private AgendaItem item(Actor actor, long itemId) {
    AgendaItem item = em.find(AgendaItem.class, itemId);
    if (item == null) {
      throw new NotThereException("agenda item " + itemId);
    }
    planned(actor, item.getMeeting().getId());
    return item;
  }

  private Meeting planned(Actor actor, long meetingId) {
    Meeting meeting = own(actor, meetingId);
    em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
    if (meeting.getState() != Meeting.State.PLANNED) {
      throw new InvalidInputException("committee.agenda.meetingNotPlanned");
    }
    return meeting;
  }

  private List<AgendaItem> items(long meetingId) {
    return em.createQuery(
            "select i from AgendaItem i left join fetch i.paper where i.meeting.id = :m"
                + " order by i.position",
            AgendaItem.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private Meeting own(Actor actor, long meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    CommitteeSeats.require(actor, SECRETARIAT, meeting == null ? null : meeting.getCommittee());
    return meeting;
  }

  private Committee committee(Actor actor, long committeeId) {
    Committee committee = em.find(Committee.class, committeeId);
    CommitteeSeats.require(actor, SECRETARIAT, committee);
    return committee;
  }

  static String text(String value, int max, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(requiredKey);
    }
    return optional(value, max);
  }

  static String optional(String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new InvalidInputException("committee.tooLong", max);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }
}

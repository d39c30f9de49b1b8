package de.planungsportal.committee;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/** Papers (Beschlussvorlagen): reading them and preparing them for a vote. */
@ApplicationScoped
@Transactional
public class PaperService {

  /** A circulation runs at most this long; a longer one is a typing error. */
  static final int MAX_CIRCULATION_DAYS = 90;

  @PersistenceContext private EntityManager em;
  @Inject private CommitteeAccess access;
  @Inject private CommitteeTasks tasks;
  @Inject private CommitteeRecords records;
  @Inject private AuditLog audit;

  /** The paper, for any member, chair or the secretariat of its committee. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Paper paper(Actor actor, long paperId) {
    return access.paper(actor, paperId, CommitteeAccess.ANY);
  }

  /** The secretariat prepares the paper and sends it to a meeting or a written circulation. */
  public void prepare(Actor actor, long paperId, PaperDraft draft) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.SECRETARIAT);
    Task task = tasks.open(paper, CommitteeTasks.PREPARE);
    if (draft == null) {
      throw new InvalidInputException("committee.paper.procedureRequired");
    }
    String reference =
        CommitteeRecords.text(draft.reference(), 40, "committee.paper.referenceRequired");
    String title = CommitteeRecords.text(draft.title(), 300, "committee.paper.titleRequired");
    String resolution =
        CommitteeRecords.text(draft.resolution(), 10_000, "committee.paper.resolutionRequired");
    if (draft.procedure() == null) {
      throw new InvalidInputException("committee.paper.procedureRequired");
    }
    if (!em.createQuery(
            "select p.id from Paper p where p.organisation = :organisation"
                + " and p.reference = :reference and p.id <> :id")
        .setParameter("organisation", paper.getOrganisation())
        .setParameter("reference", reference)
        .setParameter("id", paper.getId())
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("committee.paper.referenceTaken", reference);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.PROCEDURE, draft.procedure().name());
    String where;
    if (draft.procedure() == Paper.Procedure.MEETING) {
      Meeting meeting = plannedMeeting(paper, draft.meetingId());
      int position =
          em.createQuery(
                  "select coalesce(max(a.position), 0) from AgendaItem a where a.meeting = :m",
                  Integer.class)
              .setParameter("m", meeting)
              .getSingleResult();
      em.persist(
          new AgendaItem(
              meeting,
              paper,
              Integer.toString(position + 1),
              title,
              position + 1,
              draft.publicPaper()));
      paper.setState(Paper.State.ON_AGENDA);
      where = "Sitzung " + meeting.getName();
    } else {
      LocalDate due = draft.circulationDue();
      LocalDate today = LocalDate.now();
      if (due == null || !due.isAfter(today) || due.isAfter(today.plusDays(MAX_CIRCULATION_DAYS))) {
        throw new InvalidInputException("committee.paper.circulationDue", MAX_CIRCULATION_DAYS);
      }
      List<Membership> voting = records.votingMembers(paper.getCommittee(), today);
      if (voting.isEmpty()) {
        throw new InvalidInputException("committee.paper.noVotingMembers");
      }
      variables.put(
          ProcessVariables.VOTERS,
          new ArrayList<>(voting.stream().map(m -> m.getAccount().getUsername()).toList()));
      variables.put(
          ProcessVariables.CIRCULATION_DUE,
          Date.from(due.atTime(LocalTime.of(23, 59)).atZone(ZoneId.systemDefault()).toInstant()));
      paper.setState(Paper.State.IN_CIRCULATION);
      where = "Umlaufverfahren bis " + due;
    }
    paper.setReference(reference);
    paper.setTitle(title);
    paper.setResolution(resolution);
    paper.setPublicPaper(draft.publicPaper());
    paper.setProcedure(draft.procedure());
    em.flush();
    tasks.complete(actor, task, variables);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PAPER_PREPARED",
        "Paper",
        paper.getId(),
        "Beschlussvorlage " + reference + " vorbereitet: " + where,
        null);
  }

  /** Planned future meetings of the paper's committee, for the secretariat to choose from. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Meeting> plannedMeetings(Actor actor, long paperId) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.SECRETARIAT);
    return em.createQuery(
            "select m from Meeting m where m.committee = :committee and m.state = :planned"
                + " and m.startsAt > :now order by m.startsAt",
            Meeting.class)
        .setParameter("committee", paper.getCommittee())
        .setParameter("planned", Meeting.State.PLANNED)
        .setParameter("now", LocalDateTime.now())
        .getResultList();
  }

  private Meeting plannedMeeting(Paper paper, Long meetingId) {
    Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
    if (meeting == null
        || !meeting.getCommittee().getId().equals(paper.getCommittee().getId())
        || meeting.getState() != Meeting.State.PLANNED
        || !meeting.getStartsAt().isAfter(LocalDateTime.now())) {
      throw new InvalidInputException("committee.paper.meetingRequired");
    }
    return meeting;
  }
}

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

  /** A paper's attachment as lists show it, without its content. */
  public record Attachment(long id, String name, String mediaType, long sizeBytes) {

    /** PDF, ODT, DOCX, PNG or JPEG. */
    public String format() {
      AttachmentContent.Type type = AttachmentContent.Type.ofMediaType(mediaType);
      return type == null ? mediaType : type.label();
    }

    public double kilobytes() {
      return sizeBytes / 1024.0;
    }
  }

  /** An attachment's content for download. */
  public record Download(String name, String mediaType, byte[] content) {}

  /** At most this many attachments per paper. */
  static final int MAX_FILES = 20;

  /** The paper's attachments in the order they were added, for everyone who reads the paper. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Attachment> attachments(Actor actor, long paperId) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.ANY);
    return em.createQuery(
            "select new de.planungsportal.committee.PaperService.Attachment(f.id, f.name,"
                + " f.mediaType, f.sizeBytes) from PaperFile f where f.paper = :paper order by f.id",
            Attachment.class)
        .setParameter("paper", paper)
        .getResultList();
  }

  /**
   * The secretariat attaches a file while the paper is still a draft (the editor's rule); the file
   * is checked by its content ({@link AttachmentContent}).
   */
  public Attachment attach(Actor actor, long paperId, String fileName, byte[] content) {
    Paper paper = editable(actor, paperId);
    AttachmentContent.Checked checked = AttachmentContent.check(fileName, content);
    long count =
        em.createQuery("select count(f) from PaperFile f where f.paper = :paper", Long.class)
            .setParameter("paper", paper)
            .getSingleResult();
    if (count >= MAX_FILES) {
      throw new InvalidInputException("committee.file.tooMany", MAX_FILES);
    }
    PaperFile file =
        new PaperFile(
            paper, checked.name(), checked.type().mediaType(), content.length, content.clone());
    em.persist(file);
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PAPER_FILE_ADDED",
        "Paper",
        paper.getId(),
        "Anlage „"
            + checked.name()
            + "“ ("
            + checked.type().label()
            + ", "
            + content.length
            + " Bytes) an Beschlussvorlage "
            + paper.getReference()
            + " angehängt",
        null);
    return new Attachment(file.getId(), file.getName(), file.getMediaType(), file.getSizeBytes());
  }

  /** The secretariat removes an attachment while the paper is still a draft. */
  public void detach(Actor actor, long fileId) {
    PaperFile file = em.find(PaperFile.class, fileId);
    if (file == null) {
      throw new InvalidInputException("committee.file.gone");
    }
    Paper paper = editable(actor, file.getPaper().getId());
    em.remove(file);
    audit.record(
        actor.username(),
        actor.organisationId(),
        "PAPER_FILE_REMOVED",
        "Paper",
        paper.getId(),
        "Anlage „"
            + file.getName()
            + "“ von Beschlussvorlage "
            + paper.getReference()
            + " entfernt",
        null);
  }

  /**
   * An attachment for anyone who reads its paper (members, chair, secretariat of its committee);
   * refused like a missing one otherwise.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Download download(Actor actor, long fileId) {
    PaperFile file = em.find(PaperFile.class, fileId);
    if (file == null) {
      throw new NotThereException("paper file " + fileId);
    }
    access.paper(actor, file.getPaper().getId(), CommitteeAccess.ANY);
    return new Download(file.getName(), file.getMediaType(), file.getContent());
  }

  private Paper editable(Actor actor, long paperId) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.SECRETARIAT);
    if (paper.getState() != Paper.State.DRAFT) {
      throw new InvalidInputException("committee.forms.notAtStep");
    }
    return paper;
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

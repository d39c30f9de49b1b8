package de.planungsportal.committee;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.planning.Measure;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A member's private notes on a paper and on single measures of the plan it proposes. Every query
 * is bound to the actor's own account, so no role (secretariat, chair, admin) reads another's
 * notes; they are not written to the audit log (whose summaries others read) and no export, PDF or
 * API but the member's own Art. 15 export carries them. They go with the account (ON DELETE
 * CASCADE).
 */
@ApplicationScoped
@Transactional
public class MemberNoteService {

  /** A note as its author sees it; {@code measureId} null: on the paper as a whole. */
  public record Note(long id, Long measureId, String text, LocalDateTime modifiedAt) {}

  static final int MAX_LENGTH = 10_000;

  @PersistenceContext private EntityManager em;

  /** The actor's own notes on the paper, the paper's first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Note> notes(Actor actor, long paperId) {
    PaperReading.paper(em, actor, paperId);
    return em
        .createQuery(
            "select n from MemberNote n left join n.measure m where n.account.id = :me"
                + " and n.paper.id = :p order by m.id, n.id",
            MemberNote.class)
        .setParameter("me", actor.accountId())
        .setParameter("p", paperId)
        .getResultList()
        .stream()
        .map(MemberNoteService::note)
        .toList();
  }

  /** Writes the actor's note on the paper or one of its measures, replacing an earlier one. */
  public Note save(Actor actor, long paperId, Long measureId, String text) {
    Paper paper = PaperReading.paper(em, actor, paperId);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("committee.note.textRequired");
    }
    if (text.strip().length() > MAX_LENGTH) {
      throw new InvalidInputException("committee.tooLong", MAX_LENGTH);
    }
    Measure measure = measureId == null ? null : measureOf(paper, measureId);
    var query =
        em.createQuery(
                "select n from MemberNote n where n.account.id = :me and n.paper.id = :p and "
                    + (measure == null ? "n.measure is null" : "n.measure.id = :m"),
                MemberNote.class)
            .setParameter("me", actor.accountId())
            .setParameter("p", paperId);
    if (measure != null) {
      query.setParameter("m", measureId);
    }
    MemberNote note = query.getResultStream().findFirst().orElse(null);
    if (note == null) {
      note = new MemberNote(em.getReference(Account.class, actor.accountId()), paper, measure, "");
      em.persist(note);
    }
    note.setText(text.strip());
    em.flush();
    em.refresh(note);
    return note(note);
  }

  public void delete(Actor actor, long noteId) {
    MemberNote note = em.find(MemberNote.class, noteId);
    if (note == null || note.getAccount().getId() != actor.accountId()) {
      throw new NotThereException("note " + noteId);
    }
    PaperReading.paper(em, actor, note.getPaper().getId());
    em.remove(note);
  }

  private Measure measureOf(Paper paper, long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    if (measure == null
        || paper.getWorkPlanVersion() == null
        || measure.getGoal().getWorkPlanVersion() == null
        || !Objects.equals(
            measure.getGoal().getWorkPlanVersion().getId(), paper.getWorkPlanVersion().getId())) {
      throw new InvalidInputException("committee.note.measureNotInPaper");
    }
    return measure;
  }

  private static Note note(MemberNote n) {
    return new Note(
        n.getId(),
        n.getMeasure() == null ? null : n.getMeasure().getId(),
        n.getText(),
        n.getModifiedAt());
  }
}

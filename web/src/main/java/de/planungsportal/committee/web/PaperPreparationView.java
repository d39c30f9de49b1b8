package de.planungsportal.committee.web;

import de.planungsportal.committee.MemberNoteService;
import de.planungsportal.committee.MemberNoteService.Note;
import de.planungsportal.committee.PaperReading;
import de.planungsportal.committee.PaperReading.PaperPage;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.PaperService.Attachment;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.web.Messages;
import de.planungsportal.web.Pages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs committee/paper.xhtml?id=: a member reads the paper and the plan version it proposes with
 * the evidence per measure, and keeps private notes on the paper and on single measures. The notes
 * shown are always the reader's own.
 */
@Named
@ViewScoped
public class PaperPreparationView implements Serializable {

  /** The key of the note on the paper as a whole in {@link #getDrafts()}. */
  public static final long PAPER = 0L;

  private static final long serialVersionUID = 1L;

  @Inject private PaperReading reading;
  @Inject private MemberNoteService notes;
  @Inject private PaperService papers;
  @Inject private CurrentActor user;

  private String id;
  private PaperPage paper;
  private List<Attachment> attachments = List.of();
  private final Map<Long, Note> saved = new HashMap<>();
  private final Map<Long, String> drafts = new HashMap<>();

  public void load() {
    var paperId = Pages.id(id);
    if (paperId.isEmpty()) {
      Pages.sendError(404);
      return;
    }
    CommitteePages.load(() -> reading.read(user.require(), paperId.get()))
        .ifPresent(
            p -> {
              paper = p;
              attachments = papers.attachments(user.require(), p.id());
              reloadNotes();
            });
  }

  /** Saves the note on the measure, or on the paper for {@link #PAPER}. */
  public void save(long key) {
    String text = drafts.get(key);
    if (UserChange.apply(
        () -> notes.save(user.require(), paper.id(), key == PAPER ? null : key, text))) {
      Messages.info("committee.note.saved");
      reloadNotes();
    }
  }

  public void delete(long key) {
    Note note = saved.get(key);
    if (note != null && UserChange.apply(() -> notes.delete(user.require(), note.id()))) {
      Messages.info("committee.note.deleted");
      reloadNotes();
    }
  }

  private void reloadNotes() {
    saved.clear();
    drafts.clear();
    List<Note> mine = notes.notes(user.require(), paper.id());
    for (Note note : mine) {
      long key = note.measureId() == null ? PAPER : note.measureId();
      saved.put(key, note);
      drafts.put(key, note.text());
    }
  }

  public boolean hasNote(long key) {
    return saved.containsKey(key);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PaperPage getPaper() {
    return paper;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public Map<Long, String> getDrafts() {
    return drafts;
  }

  public long getPaperKey() {
    return PAPER;
  }
}

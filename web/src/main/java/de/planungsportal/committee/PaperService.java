package de.planungsportal.committee;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Papers (Beschlussvorlagen): reading them and preparing them for a vote. */
@ApplicationScoped
@Transactional
public class PaperService {

  /** The paper, for any member, chair or the secretariat of its committee. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Paper paper(Actor actor, long paperId) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The secretariat prepares the paper and sends it to a meeting or a written circulation. */
  public void prepare(Actor actor, long paperId, PaperDraft draft) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Planned future meetings of the paper's committee, for the secretariat to choose from. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Meeting> plannedMeetings(Actor actor, long paperId) {
    throw new UnsupportedOperationException("not yet");
  }
}

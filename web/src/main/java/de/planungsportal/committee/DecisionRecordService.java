package de.planungsportal.committee;

import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The decision record of one vote round as a PDF, for the members, chair and secretariat of the
 * paper's committee. Members' private notes are never part of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionRecordService {

  /** A finished file: its name and bytes. */
  public record Download(String fileName, byte[] content) {}

  @PersistenceContext private EntityManager em;

  public DecisionRecord record(Actor actor, long decisionId) {
    CommitteeDecision decision = em.find(CommitteeDecision.class, decisionId);
    if (decision == null) {
      throw new NotThereException("decision " + decisionId);
    }
    PaperReading.paper(em, actor, decision.getPaper().getId());
    return DecisionRecord.of(decision);
  }

  public Download pdf(Actor actor, long decisionId, Locale locale) {
    DecisionRecord record = record(actor, decisionId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DecisionRecordPdf(locale).write(record, out);
    String name = record.reference().replaceAll("[^A-Za-z0-9._-]", "_");
    return new Download("beschluss-" + name + "-" + record.round() + ".pdf", out.toByteArray());
  }
}

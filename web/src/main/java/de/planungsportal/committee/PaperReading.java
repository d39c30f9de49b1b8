package de.planungsportal.committee;

import de.planungsportal.planning.PlanViews.GoalGroup;
import de.planungsportal.planning.WorkPlanQueries;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A paper as its committee's members, chair and secretariat read it to prepare: the resolution
 * proposed and the work-plan version behind it, goals with their measures and the evidence of each
 * measure (indicator, baseline, target). Nobody else: a paper of another committee or organisation
 * is not there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaperReading {

  /** What the preparation page shows; {@code decisionId}: the latest recorded decision, if any. */
  public record PaperPage(
      long id,
      String reference,
      String title,
      String resolution,
      Paper.State state,
      String committee,
      Long versionId,
      Integer versionNumber,
      String cycleTitle,
      List<GoalGroup> goals,
      Long decisionId) {

    public int measures() {
      return goals.stream().mapToInt(g -> g.measures().size()).sum();
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private WorkPlanQueries plans;

  public PaperPage read(Actor actor, long paperId) {
    Paper paper = paper(em, actor, paperId);
    WorkPlanVersion version = paper.getWorkPlanVersion();
    List<Long> decisions =
        em.createQuery(
                "select d.id from CommitteeDecision d where d.paper.id = :p order by d.round desc",
                Long.class)
            .setParameter("p", paperId)
            .setMaxResults(1)
            .getResultList();
    return new PaperPage(
        paper.getId(),
        paper.getReference(),
        paper.getTitle(),
        paper.getResolution(),
        paper.getState(),
        paper.getCommittee().getName(),
        version == null ? null : version.getId(),
        version == null ? null : version.getNumber(),
        version == null ? null : version.getCycle().getTitle(),
        version == null ? List.of() : plans.goalsOf(version.getId()),
        decisions.isEmpty() ? null : decisions.get(0));
  }

  /** The paper, if the actor sits on its committee as member, chair or secretariat. */
  static Paper paper(EntityManager em, Actor actor, long paperId) {
    Paper paper = em.find(Paper.class, paperId);
    CommitteeSeats.require(
        actor, CommitteeSeats.READERS, paper == null ? null : paper.getCommittee());
    if (paper.getOrganisation().getId() != actor.organisationId()) {
      throw new NotThereException("paper " + paperId);
    }
    return paper;
  }
}

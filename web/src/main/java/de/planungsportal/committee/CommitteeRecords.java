package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Queries shared by the services and delegates: rounds, decisions, votes and voting members. A
 * round ends with its decision; a deferred decision (also a missed quorum) opens the next round.
 */
@ApplicationScoped
class CommitteeRecords {

  @PersistenceContext private EntityManager em;

  Optional<CommitteeDecision> latestDecision(Paper paper) {
    return em.createQuery(
            "select d from CommitteeDecision d where d.paper = :paper order by d.round desc",
            CommitteeDecision.class)
        .setParameter("paper", paper)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  int currentRound(Paper paper) {
    return latestDecision(paper)
        .map(
            d ->
                d.getOutcome() == CommitteeDecision.Outcome.DEFERRED
                    ? d.getRound() + 1
                    : d.getRound())
        .orElse(1);
  }

  List<CommitteeVote> votes(Paper paper, int round) {
    return em.createQuery(
            "select v from CommitteeVote v where v.paper = :paper and v.round = :round",
            CommitteeVote.class)
        .setParameter("paper", paper)
        .setParameter("round", round)
        .getResultList();
  }

  /** Memberships with a vote held on the day, chair first. */
  List<Membership> votingMembers(Committee committee, LocalDate day) {
    return em
        .createQuery(
            "select m from Membership m join fetch m.account where m.committee = :committee"
                + " order by m.role, m.id",
            Membership.class)
        .setParameter("committee", committee)
        .getResultList()
        .stream()
        .filter(m -> m.getRole().votes() && m.heldOn(day))
        .toList();
  }

  Optional<AgendaItem> agendaItem(Paper paper) {
    return em.createQuery(
            "select a from AgendaItem a join fetch a.meeting where a.paper = :paper"
                + " order by a.id desc",
            AgendaItem.class)
        .setParameter("paper", paper)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  Paper paperOf(DelegateExecution execution) {
    Number id =
        (Number) execution.getVariable(de.planungsportal.processmodels.ProcessVariables.PAPER_ID);
    return id == null ? null : em.find(Paper.class, id.longValue());
  }

  static String text(String value, int max, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(requiredKey);
    }
    return optional(value, max);
  }

  static String optional(String value, int max) {
    String cleaned = de.planungsportal.common.Text.clean(value);
    if (cleaned != null && cleaned.length() > max) {
      throw new InvalidInputException("committee.tooLong", max);
    }
    return cleaned;
  }

  /** Who completed the step that ran a delegate: the signed-in actor, or the system (timers). */
  static String currentUser(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? "system"
        : authentication.getUserId();
  }
}

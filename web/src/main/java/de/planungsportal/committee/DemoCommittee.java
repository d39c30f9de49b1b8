package de.planungsportal.committee;

import de.planungsportal.identity.Account;
import de.planungsportal.planning.CommitteeApprovalsDue;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data: when a demo cycle waits for its committees, each paper is sent as a written
 * circulation, and the round goes as the demo asks: every voting member approves, or a majority
 * rejects (with comments), and the chair signs; or the circulation is left open for the demo's
 * members to vote. All through the services and as the demo accounts (password of
 * R__demo_data.sql), so the demo shows decisions with their votes and audit trail.
 */
@ApplicationScoped
public class DemoCommittee {

  private static final Logger LOG = Logger.getLogger(DemoCommittee.class.getName());

  /** The demo accounts' shared password (R__demo_data.sql), needed to sign like a chair. */
  private static final String DEMO_PASSWORD = "Musterland-2026";

  @PersistenceContext private EntityManager em;
  @Inject private PaperService papers;
  @Inject private VotingService voting;
  @Inject private SignatureService signatures;
  @Inject private CommitteeRecords records;

  /** Four weeks, so a demo started now still finds the circulation open for a while. */
  private static final int CIRCULATION_WEEKS = 4;

  /** How the demo's members vote when a majority rejects; the others approve. */
  private static final Map<String, CommitteeVote.Choice> REJECTING =
      Map.of(
          "mitglied", CommitteeVote.Choice.NO,
          "ratsfrau", CommitteeVote.Choice.NO,
          "vorsitz", CommitteeVote.Choice.ABSTAIN);

  private static final Map<String, String> REJECTING_COMMENTS =
      Map.of(
          "mitglied", "Erst das Raumkonzept der Grundschule vorlegen.",
          "ratsfrau", "Zu teuer für einen Nachtrag; bitte in Bauabschnitte teilen.");

  void decide(@Observes CommitteeApprovalsDue due) {
    for (Paper paper : draftsOf(due.cycleId())) {
      List<Membership> members =
          em.createQuery(
                  "select m from Membership m join fetch m.account where m.committee = :c",
                  Membership.class)
              .setParameter("c", paper.getCommittee())
              .getResultList();
      Actor secretariat = actorWith(members, Membership.Role.SECRETARIAT);
      Actor chair = actorWith(members, Membership.Role.CHAIR);
      if (secretariat == null || chair == null) {
        LOG.warning("Demo committee " + paper.getCommittee().getName() + " has no seats");
        continue;
      }
      papers.prepare(
          secretariat,
          paper.getId(),
          new PaperDraft(
              paper.getReference(),
              paper.getTitle(),
              paper.getResolution(),
              true,
              Paper.Procedure.CIRCULATION,
              null,
              LocalDate.now().plusWeeks(CIRCULATION_WEEKS)));
      if (due.round() == CommitteeApprovalsDue.Round.OPEN) {
        continue;
      }
      boolean rejecting = due.round() == CommitteeApprovalsDue.Round.REJECTED;
      for (Membership seat : records.votingMembers(paper.getCommittee(), LocalDate.now())) {
        String username = seat.getAccount().getUsername();
        voting.castVote(
            actor(seat.getAccount().getId()),
            paper.getId(),
            rejecting
                ? REJECTING.getOrDefault(username, CommitteeVote.Choice.YES)
                : CommitteeVote.Choice.YES,
            rejecting ? REJECTING_COMMENTS.get(username) : null);
      }
      signatures.sign(chair, paper.getId(), DEMO_PASSWORD);
    }
  }

  private List<Paper> draftsOf(long cycleId) {
    return em.createQuery(
            "select p from Paper p where p.workPlanVersion.cycle.id = :cycle"
                + " and p.state = :draft order by p.id",
            Paper.class)
        .setParameter("cycle", cycleId)
        .setParameter("draft", Paper.State.DRAFT)
        .getResultList();
  }

  private Actor actorWith(List<Membership> members, Membership.Role role) {
    return members.stream()
        .filter(m -> m.getRole() == role && m.heldOn(LocalDate.now()))
        .map(m -> actor(m.getAccount().getId()))
        .filter(
            a ->
                a.has(
                    role == Membership.Role.SECRETARIAT
                        ? Role.COMMITTEE_SECRETARIAT
                        : Role.COMMITTEE_CHAIR))
        .findFirst()
        .orElse(null);
  }

  /** As a signed-in user's actor is read: with organisation and grants. */
  private Actor actor(long accountId) {
    return em.createQuery(
            "select distinct a from Account a join fetch a.organisation left join fetch a.grants"
                + " where a.id = :id",
            Account.class)
        .setParameter("id", accountId)
        .getSingleResult()
        .toActor();
  }
}

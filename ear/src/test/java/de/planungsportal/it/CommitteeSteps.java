package de.planungsportal.it;

import de.planungsportal.area.Committee;
import de.planungsportal.committee.Membership;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.PaperDraft;
import de.planungsportal.committee.PaperService;
import de.planungsportal.committee.SignatureService;
import de.planungsportal.committee.VotingService;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.PasswordHasher;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * In-container committee steps for tests that need a planning cycle past its committees: seats
 * committees of the approval route's kinds in a test organisation (chair, two members, secretariat,
 * all with {@link #PASSWORD}), and takes every draft paper of a cycle through a written circulation
 * in which all voting members approve and the chair signs, through the real services. Add it to the
 * deployment with {@link Deployments#applicationWith}.
 */
@ApplicationScoped
public class CommitteeSteps {

  public static final String PASSWORD = "Gremium-Test-2026!";
  public static final List<String> KINDS = List.of("SCHULTRAEGER", "JUGENDHILFE", "KREISAUSSCHUSS");

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private PaperService papers;
  @Inject private VotingService voting;
  @Inject private SignatureService signatures;

  /** Committees of every route kind the organisation lacks, each with its four seats. */
  @Transactional
  public void seat(long organisationId) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    String hash = null;
    for (String kind : KINDS) {
      boolean exists =
          !em.createQuery(
                  "select c.id from Committee c where c.organisation = :o and c.kind = :kind")
              .setParameter("o", organisation)
              .setParameter("kind", kind)
              .getResultList()
              .isEmpty();
      if (exists) {
        continue;
      }
      hash = hash == null ? hasher.hash(PASSWORD) : hash;
      String code = kind.toLowerCase(Locale.ROOT);
      Committee committee = new Committee(organisation, code, "Ausschuss " + code);
      committee.setKind(kind);
      em.persist(committee);
      em.flush();
      seat(committee, code + ".vorsitz", Membership.Role.CHAIR, hash);
      seat(committee, code + ".mitglied1", Membership.Role.MEMBER, hash);
      seat(committee, code + ".mitglied2", Membership.Role.MEMBER, hash);
      seat(committee, code + ".buero", Membership.Role.SECRETARIAT, hash);
    }
  }

  private void seat(Committee committee, String name, Membership.Role role, String hash) {
    Account account =
        new Account(
            committee.getOrganisation(), committee.getOrganisation().getCode() + "." + name, name);
    account.changePassword(hash, false, LocalDateTime.now());
    em.persist(account);
    account.grant(roleOf(role), null, committee.getId(), null);
    em.persist(new Membership(committee, account, role, LocalDate.now().minusYears(1), null));
  }

  /** The cycle's papers waiting for preparation. */
  public List<Paper> drafts(long cycleId) {
    return em.createQuery(
            "select p from Paper p join fetch p.committee where p.workPlanVersion.cycle.id = :cycle"
                + " and p.state = :draft order by p.id",
            Paper.class)
        .setParameter("cycle", cycleId)
        .setParameter("draft", Paper.State.DRAFT)
        .getResultList();
  }

  /** Every draft paper of the cycle approved in a circulation and signed. */
  public void approveAll(long cycleId, String password) {
    for (Paper paper : drafts(cycleId)) {
      approve(paper.getId(), password);
    }
  }

  /** The paper sent as a circulation, all voting members vote yes, the chair signs. */
  public void approve(long paperId, String password) {
    circulate(paperId);
    for (Actor member : voters(paperId)) {
      voting.castVote(member, paperId, de.planungsportal.committee.CommitteeVote.Choice.YES, null);
    }
    signatures.sign(chair(paperId), paperId, password);
  }

  public void circulate(long paperId) {
    Actor secretariat = seatHolder(paperId, Membership.Role.SECRETARIAT).get(0);
    Paper paper = papers.paper(secretariat, paperId);
    papers.prepare(
        secretariat,
        paperId,
        new PaperDraft(
            paper.getReference(),
            paper.getTitle(),
            paper.getResolution(),
            true,
            Paper.Procedure.CIRCULATION,
            null,
            LocalDate.now().plusWeeks(2)));
  }

  public List<Actor> voters(long paperId) {
    return memberships(paperId).stream()
        .filter(m -> m.getRole().votes() && m.heldOn(LocalDate.now()))
        .map(CommitteeSteps::actor)
        .toList();
  }

  public Actor chair(long paperId) {
    return seatHolder(paperId, Membership.Role.CHAIR).get(0);
  }

  public Actor secretariat(long paperId) {
    return seatHolder(paperId, Membership.Role.SECRETARIAT).get(0);
  }

  private List<Actor> seatHolder(long paperId, Membership.Role role) {
    return memberships(paperId).stream()
        .filter(m -> m.getRole() == role && m.heldOn(LocalDate.now()))
        .map(CommitteeSteps::actor)
        .toList();
  }

  private List<Membership> memberships(long paperId) {
    return em.createQuery(
            "select m from Membership m join fetch m.account a join fetch a.organisation,"
                + " Paper p where p.id = :paper and m.committee = p.committee order by m.id",
            Membership.class)
        .setParameter("paper", paperId)
        .getResultList();
  }

  /** The seat's holder with the seat's role scoped to the committee, as a grant gives it. */
  static Actor actor(Membership seat) {
    Account account = seat.getAccount();
    Organisation organisation = account.getOrganisation();
    return new Actor(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        organisation.getId(),
        organisation.getCode(),
        organisation.getName(),
        List.of(new Actor.Grant(roleOf(seat.getRole()), null, seat.getCommittee().getId(), null)));
  }

  static Role roleOf(Membership.Role seat) {
    return switch (seat) {
      case CHAIR, DEPUTY_CHAIR -> Role.COMMITTEE_CHAIR;
      case MEMBER, ADVISORY -> Role.COMMITTEE_MEMBER;
      case SECRETARIAT -> Role.COMMITTEE_SECRETARIAT;
    };
  }
}

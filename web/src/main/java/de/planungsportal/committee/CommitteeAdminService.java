package de.planungsportal.committee;

import de.planungsportal.area.Committee;
import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.identity.RoleGrant;
import de.planungsportal.tenant.AccessDeniedException;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import de.planungsportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Committees and their seats, for the organisation's admins (every committee) and a committee's
 * secretariat (that committee). A seat carries the page access its role needs while it is held:
 * adding one that has started grants the role scoped to the committee, ending one on a past day
 * revokes it once no other seat of the account held that day on that committee needs it. Seats that
 * start or end on a later day are granted or revoked by the daily sweep ({@link #applySeats}).
 * Committees are ended, never deleted, and keep their history.
 */
@ApplicationScoped
@Transactional
public class CommitteeAdminService {

  /** An account of the organisation a seat can be given to. */
  public record AccountOption(long id, String name) {}

  /** What one sweep changed. */
  public record SeatSweep(int granted, int revoked) {}

  /** Who the audit log names for the sweep's changes: no person decides them. */
  static final String SWEEP_ACTOR = "system";

  private static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE_SECRETARIAT);

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  /** The role a seat of this kind grants, scoped to the committee. */
  public static Role grantOf(Membership.Role seat) {
    return switch (seat) {
      case CHAIR, DEPUTY_CHAIR -> Role.COMMITTEE_CHAIR;
      case MEMBER, ADVISORY -> Role.COMMITTEE_MEMBER;
      case SECRETARIAT -> Role.COMMITTEE_SECRETARIAT;
    };
  }

  /** Every committee of the organisation for admins; the own ones for a secretariat. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Committee> committees(Actor actor) {
    if (!actor.hasAny(MANAGERS)) {
      throw new AccessDeniedException(actor.username() + " manages no committees");
    }
    return em
        .createQuery(
            "select c from Committee c where c.organisation.id = :org order by c.name",
            Committee.class)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .filter(c -> manages(actor, c))
        .toList();
  }

  /** Ends a committee on the given day (admins only); seats running beyond it end with it. */
  public void endCommittee(Actor actor, long committeeId, LocalDate endedOn) {
    actor.require(Role.ADMIN);
    Committee committee = committee(actor, committeeId);
    if (endedOn == null) {
      throw new InvalidInputException("committee.end.dateRequired");
    }
    if (committee.getEndedOn() != null) {
      throw new InvalidInputException("committee.end.already");
    }
    committee.setEndedOn(endedOn);
    for (Membership seat : seats(committeeId)) {
      if (seat.getValidTo() == null || seat.getValidTo().isAfter(endedOn)) {
        end(actor, seat, endedOn.isBefore(seat.getValidFrom()) ? seat.getValidFrom() : endedOn);
      }
    }
    audit.record(
        actor.username(),
        actor.organisationId(),
        "COMMITTEE_ENDED",
        "Committee",
        committeeId,
        "Gremium '" + committee.getCode() + "' beendet zum " + endedOn,
        null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Membership> memberships(Actor actor, long committeeId) {
    committee(actor, committeeId);
    return seats(committeeId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AccountOption> accounts(Actor actor) {
    if (!actor.hasAny(MANAGERS)) {
      throw new AccessDeniedException(actor.username() + " manages no committees");
    }
    return em
        .createQuery(
            "select a from Account a where a.organisation.id = :org and a.enabled = true"
                + " order by a.displayName",
            Account.class)
        .setParameter("org", actor.organisationId())
        .getResultList()
        .stream()
        .map(a -> new AccountOption(a.getId(), a.getDisplayName() + " (" + a.getUsername() + ")"))
        .toList();
  }

  public Membership addMembership(Actor actor, long committeeId, MembershipInput in) {
    Committee committee = committee(actor, committeeId);
    if (in == null || in.accountId() == null) {
      throw new InvalidInputException("committee.membership.accountRequired");
    }
    if (in.role() == null) {
      throw new InvalidInputException("committee.membership.roleRequired");
    }
    if (in.validFrom() == null) {
      throw new InvalidInputException("committee.membership.fromRequired");
    }
    if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
      throw new InvalidInputException("committee.membership.toBeforeFrom");
    }
    if (committee.getEndedOn() != null && in.validFrom().isAfter(committee.getEndedOn())) {
      throw new InvalidInputException("committee.membership.committeeEnded");
    }
    Account account =
        TenantScope.findOwn(em, Account.class, in.accountId(), actor)
            .orElseThrow(() -> new InvalidInputException("committee.membership.accountRequired"));
    notOwnSeat(actor, account);
    // serialises two secretaries adding a seat of the same account at once
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    boolean overlaps =
        seats(committeeId).stream()
            .filter(m -> m.getAccount().getId().equals(account.getId()))
            .anyMatch(m -> overlap(m.getValidFrom(), m.getValidTo(), in.validFrom(), in.validTo()));
    if (overlaps) {
      throw new InvalidInputException("committee.membership.overlap");
    }
    LocalDate to = in.validTo();
    if (committee.getEndedOn() != null && (to == null || to.isAfter(committee.getEndedOn()))) {
      to = committee.getEndedOn();
    }
    Membership seat = new Membership(committee, account, in.role(), in.validFrom(), to);
    em.persist(seat);
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        "MEMBERSHIP_ADDED",
        "Membership",
        seat.getId(),
        "Sitz ("
            + in.role()
            + ") für '"
            + account.getUsername()
            + "' in Gremium '"
            + committee.getCode()
            + "' ab "
            + in.validFrom(),
        null);
    if (seat.heldOn(LocalDate.now())) {
      grant(actor.username(), account, grantOf(in.role()), committee, "vergeben (Gremiensitz)");
    }
    return seat;
  }

  /** Ends a seat on the given day; an earlier end than its start is refused. */
  public void endMembership(Actor actor, long membershipId, LocalDate validTo) {
    Membership seat = em.find(Membership.class, membershipId);
    if (seat == null) {
      throw new NotThereException("membership " + membershipId);
    }
    committee(actor, seat.getCommittee().getId());
    notOwnSeat(actor, seat.getAccount());
    if (validTo == null) {
      throw new InvalidInputException("committee.membership.toRequired");
    }
    if (validTo.isBefore(seat.getValidFrom())) {
      throw new InvalidInputException("committee.membership.toBeforeFrom");
    }
    if (seat.getValidTo() != null && !validTo.isBefore(seat.getValidTo())) {
      throw new InvalidInputException("committee.membership.alreadyEnds");
    }
    end(actor, seat, validTo);
  }

  /**
   * A secretariat does not seat itself: a chair's seat would let it sign the minutes of votes it
   * recorded. Admins, who grant roles anyway, may.
   */
  private static void notOwnSeat(Actor actor, Account account) {
    if (!actor.has(Role.ADMIN) && account.getId() == actor.accountId()) {
      throw new InvalidInputException("committee.membership.notSelf");
    }
  }

  private void end(Actor actor, Membership seat, LocalDate validTo) {
    seat.setValidTo(validTo);
    em.flush();
    audit.record(
        actor.username(),
        actor.organisationId(),
        "MEMBERSHIP_ENDED",
        "Membership",
        seat.getId(),
        "Sitz von '"
            + seat.getAccount().getUsername()
            + "' in Gremium '"
            + seat.getCommittee().getCode()
            + "' endet am "
            + validTo,
        null);
    LocalDate today = LocalDate.now();
    Account account = seat.getAccount();
    Role role = grantOf(seat.getRole());
    boolean needed =
        seats(seat.getCommittee().getId()).stream()
            .anyMatch(
                m ->
                    m.getAccount().getId().equals(account.getId())
                        && grantOf(m.getRole()) == role
                        && m.heldOn(today));
    if (!needed) {
      revoke(
          actor.username(), account, role, seat.getCommittee(), "entzogen (Gremiensitz beendet)");
    }
  }

  /**
   * Brings the seats' role grants in line with the given day, for every organisation: grants the
   * role of each seat held that day that lacks it (a seat that started since it was given) and
   * revokes a committee-scoped role whose seats of that account on that committee are none held
   * that day (ended, or not yet started). Grants without any seat behind them are not touched. Run
   * daily by the CommitteeSeats process; idempotent.
   */
  public SeatSweep applySeats(LocalDate day) {
    Map<List<Object>, List<Membership>> byGrant = new LinkedHashMap<>();
    for (Membership seat :
        em.createQuery(
                "select m from Membership m join fetch m.account join fetch m.committee"
                    + " order by m.id",
                Membership.class)
            .getResultList()) {
      byGrant
          .computeIfAbsent(
              List.of(
                  seat.getAccount().getId(), seat.getCommittee().getId(), grantOf(seat.getRole())),
              k -> new ArrayList<>())
          .add(seat);
    }
    int granted = 0;
    int revoked = 0;
    for (List<Membership> seats : byGrant.values()) {
      Membership any = seats.get(0);
      Role role = grantOf(any.getRole());
      boolean held = seats.stream().anyMatch(m -> m.heldOn(day));
      if (held) {
        granted +=
            grant(
                    SWEEP_ACTOR,
                    any.getAccount(),
                    role,
                    any.getCommittee(),
                    "vergeben (Gremiensitz beginnt am " + day + ")")
                ? 1
                : 0;
      } else {
        revoked +=
            revoke(
                    SWEEP_ACTOR,
                    any.getAccount(),
                    role,
                    any.getCommittee(),
                    "entzogen (kein Gremiensitz am " + day + ")")
                ? 1
                : 0;
      }
    }
    return new SeatSweep(granted, revoked);
  }

  /** Grants the scoped role unless the account has it; true if it was granted. */
  private boolean grant(String by, Account account, Role role, Committee committee, String why) {
    if (scopedGrant(account, role, committee) != null) {
      return false;
    }
    account.grant(role, null, committee.getId(), null);
    em.flush();
    audit.record(
        by,
        committee.owner().getId(),
        "GRANTED",
        "Account",
        account.getId(),
        "Rolle "
            + role.roleName()
            + " (Gremium #"
            + committee.getId()
            + ") an '"
            + account.getUsername()
            + "' "
            + why,
        null);
    return true;
  }

  /** Revokes the scoped role if the account has it; true if it was revoked. */
  private boolean revoke(String by, Account account, Role role, Committee committee, String why) {
    RoleGrant grant = scopedGrant(account, role, committee);
    if (grant == null) {
      return false;
    }
    account.revoke(grant);
    em.flush();
    audit.record(
        by,
        committee.owner().getId(),
        "REVOKED",
        "Account",
        account.getId(),
        "Rolle "
            + role.roleName()
            + " (Gremium #"
            + committee.getId()
            + ") von '"
            + account.getUsername()
            + "' "
            + why,
        null);
    return true;
  }

  private static RoleGrant scopedGrant(Account account, Role role, Committee committee) {
    return account.getGrants().stream()
        .filter(g -> g.getRole() == role && Objects.equals(g.getCommitteeId(), committee.getId()))
        .findFirst()
        .orElse(null);
  }

  static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
    return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
  }

  private List<Membership> seats(long committeeId) {
    return em.createQuery(
            "select m from Membership m join fetch m.account where m.committee.id = :c"
                + " order by m.validFrom desc, m.id",
            Membership.class)
        .setParameter("c", committeeId)
        .getResultList();
  }

  private Committee committee(Actor actor, long committeeId) {
    Committee committee = em.find(Committee.class, committeeId);
    if (!actor.hasAny(MANAGERS)) {
      throw new AccessDeniedException(actor.username() + " manages no committees");
    }
    if (committee == null || !manages(actor, committee)) {
      throw new NotThereException("committee " + committeeId);
    }
    return committee;
  }

  private static boolean manages(Actor actor, Committee committee) {
    return committee.owner().getId() == actor.organisationId()
        && (actor.has(Role.ADMIN)
            || CommitteeSeats.holds(actor, EnumSet.of(Role.COMMITTEE_SECRETARIAT), committee));
  }
}

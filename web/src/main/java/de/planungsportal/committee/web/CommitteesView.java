package de.planungsportal.committee.web;

import de.planungsportal.area.Committee;
import de.planungsportal.committee.CommitteeAdminService;
import de.planungsportal.committee.CommitteeAdminService.AccountOption;
import de.planungsportal.committee.Membership;
import de.planungsportal.committee.MembershipInput;
import de.planungsportal.tenant.CurrentActor;
import de.planungsportal.tenant.Role;
import de.planungsportal.web.Messages;
import de.planungsportal.web.UserChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs committee/committees.xhtml: the committees an admin (all) or secretariat (own) manages,
 * ending a committee (admins), and the seats of the chosen committee with add and end.
 */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CommitteeAdminService service;
  @Inject private CurrentActor user;

  private List<Committee> committees;
  private Committee selected;
  private List<Membership> memberships;
  private List<AccountOption> accounts;
  private Committee ending;
  private LocalDate endedOn;
  private Membership endingSeat;
  private LocalDate seatEnd;
  private Long accountId;
  private Membership.Role role;
  private LocalDate validFrom;
  private LocalDate validTo;

  public void load() {
    CommitteePages.load(() -> service.committees(user.require()))
        .ifPresent(list -> committees = list);
  }

  public void select(Committee committee) {
    selected = committee;
    if (UserChange.apply(() -> memberships = service.memberships(user.require(), committee.getId()))
        && accounts == null) {
      accounts = service.accounts(user.require());
    }
    validFrom = LocalDate.now();
    validTo = null;
    accountId = null;
    role = null;
  }

  public void openEnd(Committee committee) {
    ending = committee;
    endedOn = LocalDate.now();
  }

  public void endCommittee() {
    if (UserChange.apply(() -> service.endCommittee(user.require(), ending.getId(), endedOn))) {
      Messages.info("committee.committees.ended");
      committees = service.committees(user.require());
      if (selected != null && selected.getId().equals(ending.getId())) {
        select(ending);
      }
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void addMembership() {
    if (UserChange.apply(
        () ->
            service.addMembership(
                user.require(),
                selected.getId(),
                new MembershipInput(accountId, role, validFrom, validTo)))) {
      Messages.info("committee.membership.added");
      select(selected);
    }
  }

  public void openEndSeat(Membership seat) {
    endingSeat = seat;
    seatEnd =
        LocalDate.now().minusDays(1).isBefore(seat.getValidFrom())
            ? seat.getValidFrom()
            : LocalDate.now().minusDays(1);
  }

  public void endSeat() {
    if (UserChange.apply(
        () -> service.endMembership(user.require(), endingSeat.getId(), seatEnd))) {
      Messages.info("committee.membership.ended");
      select(selected);
    } else {
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public boolean isAdmin() {
    return user.require().has(Role.ADMIN);
  }

  public boolean isCurrent(Membership seat) {
    return seat.getValidTo() == null || !seat.getValidTo().isBefore(LocalDate.now());
  }

  public Membership.Role[] getRoles() {
    return Membership.Role.values();
  }

  public List<Committee> getCommittees() {
    return committees;
  }

  public Committee getSelected() {
    return selected;
  }

  public List<Membership> getMemberships() {
    return memberships;
  }

  public List<AccountOption> getAccounts() {
    return accounts;
  }

  public Committee getEnding() {
    return ending;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public Membership getEndingSeat() {
    return endingSeat;
  }

  public LocalDate getSeatEnd() {
    return seatEnd;
  }

  public void setSeatEnd(LocalDate seatEnd) {
    this.seatEnd = seatEnd;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Membership.Role getRole() {
    return role;
  }

  public void setRole(Membership.Role role) {
    this.role = role;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }
}

package de.planungsportal.committee;

import de.planungsportal.audit.AuditLog;
import de.planungsportal.common.InvalidInputException;
import de.planungsportal.identity.Account;
import de.planungsportal.processmodels.ProcessVariables;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

/** Votes on papers: members' votes in a written circulation, a meeting's recorded vote. */
@ApplicationScoped
@Transactional
public class VotingService {

  @PersistenceContext private EntityManager em;
  @Inject private CommitteeAccess access;
  @Inject private CommitteeTasks tasks;
  @Inject private CommitteeRecords records;
  @Inject private RuntimeService runtimeService;
  @Inject private AuditLog audit;

  /** The member's open circulation votes, the soonest due first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OpenVote> openVotes(Actor actor) {
    List<Task> open = tasks.openVotes(actor).orderByDueDate().asc().list();
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, Paper> papers =
        em.createQuery(
                "select p from Paper p join fetch p.committee where p.processInstanceId in :ids"
                    + " and p.organisation.id = :organisation",
                Paper.class)
            .setParameter("ids", open.stream().map(Task::getProcessInstanceId).toList())
            .setParameter("organisation", actor.organisationId())
            .getResultStream()
            .collect(Collectors.toMap(Paper::getProcessInstanceId, Function.identity()));
    return open.stream()
        .filter(t -> papers.containsKey(t.getProcessInstanceId()))
        .map(
            t -> {
              Paper p = papers.get(t.getProcessInstanceId());
              return new OpenVote(
                  p.getId(),
                  p.getReference(),
                  p.getTitle(),
                  p.getCommittee().getName(),
                  t.getDueDate() == null
                      ? null
                      : LocalDateTime.ofInstant(
                          t.getDueDate().toInstant(), ZoneId.systemDefault()));
            })
        .toList();
  }

  /** The member's vote in a running circulation; one per round, never changed. */
  public void castVote(Actor actor, long paperId, CommitteeVote.Choice choice, String comment) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.VOTERS);
    Task task = tasks.vote(paper, actor.username());
    if (choice == null) {
      throw new InvalidInputException("committee.vote.choiceRequired");
    }
    String checked = CommitteeRecords.optional(comment, 2_000);
    int round = records.currentRound(paper);
    em.persist(
        new CommitteeVote(
            paper,
            round,
            em.getReference(Account.class, actor.accountId()),
            choice,
            checked,
            LocalDateTime.now()));
    em.flush();
    tasks.complete(actor, task, Map.of());
    audit.record(
        actor.username(),
        actor.organisationId(),
        "VOTE_CAST",
        "Paper",
        paper.getId(),
        "Stimme zu " + paper.getReference() + " im Umlaufverfahren abgegeben (Runde " + round + ")",
        null);
  }

  /** The secretariat records the meeting's vote from the minutes. */
  public void recordMeetingVote(Actor actor, long paperId, MeetingVote vote) {
    Paper paper = access.paper(actor, paperId, CommitteeAccess.SECRETARIAT);
    Task task = tasks.open(paper, CommitteeTasks.MEETING_VOTE);
    if (vote == null) {
      throw new InvalidInputException("committee.meetingVote.countsInvalid");
    }
    LocalDate day =
        records
            .agendaItem(paper)
            .map(a -> a.getMeeting().getStartsAt().toLocalDate())
            .orElse(LocalDate.now());
    int votingMembers = records.votingMembers(paper.getCommittee(), day).size();
    if (vote.yes() < 0
        || vote.no() < 0
        || vote.abstentions() < 0
        || vote.present() < 0
        || vote.present() > votingMembers) {
      throw new InvalidInputException("committee.meetingVote.countsInvalid", votingMembers);
    }
    if (!vote.deferred() && vote.yes() + vote.no() + vote.abstentions() > vote.present()) {
      throw new InvalidInputException("committee.meetingVote.moreVotesThanPresent");
    }
    String amendment = CommitteeRecords.optional(vote.amendment(), 10_000);
    String reasons = CommitteeRecords.optional(vote.reasons(), 10_000);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.VOTING_MEMBERS, votingMembers);
    variables.put(ProcessVariables.PRESENT, vote.present());
    variables.put(ProcessVariables.YES_VOTES, vote.deferred() ? 0 : vote.yes());
    variables.put(ProcessVariables.NO_VOTES, vote.deferred() ? 0 : vote.no());
    variables.put(ProcessVariables.ABSTENTIONS, vote.deferred() ? 0 : vote.abstentions());
    variables.put(ProcessVariables.DEFERRED, vote.deferred());
    variables.put(ProcessVariables.AMENDMENT, vote.deferred() ? null : amendment);
    variables.put(ProcessVariables.COMMITTEE_REASONS, reasons);
    // recorded before completing: the evaluation that follows writes its own event
    audit.record(
        actor.username(),
        actor.organisationId(),
        "MEETING_VOTE_RECORDED",
        "Paper",
        paper.getId(),
        paper.getReference()
            + (vote.deferred()
                ? ": vertagt"
                : ": Ja "
                    + vote.yes()
                    + ", Nein "
                    + vote.no()
                    + ", Enthaltungen "
                    + vote.abstentions())
            + ", anwesend "
            + vote.present()
            + " von "
            + votingMembers,
        null);
    tasks.complete(actor, task, variables);
  }

  /** The member's past votes, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CommitteeVote> myVotes(Actor actor) {
    return em.createQuery(
            "select v from CommitteeVote v join fetch v.paper p where v.account.id = :me"
                + " and p.organisation.id = :organisation order by v.castAt desc, v.id desc",
            CommitteeVote.class)
        .setParameter("me", actor.accountId())
        .setParameter("organisation", actor.organisationId())
        .getResultList();
  }

  /** The current round's votes, for the secretariat and the chair. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tally tally(Actor actor, long paperId) {
    Paper paper =
        access.paper(
            actor,
            paperId,
            java.util.Set.of(
                de.planungsportal.tenant.Role.COMMITTEE_SECRETARIAT,
                de.planungsportal.tenant.Role.COMMITTEE_CHAIR));
    int round = records.currentRound(paper);
    CommitteeDecision decided =
        records.latestDecision(paper).filter(d -> d.getRound() == round).orElse(null);
    if (decided != null) {
      return new Tally(
          round,
          decided.getVotingMembers(),
          decided.getYesVotes(),
          decided.getNoVotes(),
          decided.getAbstentions(),
          decided.getVotingMembers() - decided.getMembersPresent());
    }
    List<CommitteeVote> votes = records.votes(paper, round);
    int votingMembers = votingMembers(paper);
    return new Tally(
        round,
        votingMembers,
        count(votes, CommitteeVote.Choice.YES),
        count(votes, CommitteeVote.Choice.NO),
        count(votes, CommitteeVote.Choice.ABSTAIN),
        Math.max(0, votingMembers - votes.size()));
  }

  /**
   * The running circulations of the committees the actor is secretariat or chair of, the soonest
   * due first: counts so far and the names of those who have not answered yet.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RunningCirculation> runningCirculations(Actor actor) {
    Set<Role> followers = Set.of(Role.COMMITTEE_SECRETARIAT, Role.COMMITTEE_CHAIR);
    return em.createQuery(
            "select p from Paper p join fetch p.committee where p.organisation.id = :organisation"
                + " and p.state = :state order by p.id",
            Paper.class)
        .setParameter("organisation", actor.organisationId())
        .setParameter("state", Paper.State.IN_CIRCULATION)
        .getResultStream()
        .filter(p -> CommitteeAccess.holdsFor(actor, p.getCommittee().getId(), followers))
        .map(p -> running(actor, p))
        .sorted(
            Comparator.comparing(
                RunningCirculation::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private RunningCirculation running(Actor actor, Paper paper) {
    Tally tally = tally(actor, paper.getId());
    Set<Long> answered =
        records.votes(paper, tally.round()).stream()
            .map(v -> v.getAccount().getId())
            .collect(Collectors.toSet());
    List<String> waiting =
        em.createQuery(
                "select a from Account a where a.organisation.id = :organisation"
                    + " and a.username in :voters order by a.displayName, a.username",
                Account.class)
            .setParameter("organisation", paper.getOrganisation().getId())
            .setParameter("voters", voters(paper))
            .getResultStream()
            .filter(a -> !answered.contains(a.getId()))
            .map(Account::getDisplayName)
            .toList();
    Object due = variable(paper, ProcessVariables.CIRCULATION_DUE);
    return new RunningCirculation(
        paper.getId(),
        paper.getReference(),
        paper.getTitle(),
        paper.getCommittee().getName(),
        due instanceof Date date
            ? LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault())
            : null,
        tally,
        waiting);
  }

  /** The usernames asked in the running circulation, else the committee's voting members today. */
  private List<String> voters(Paper paper) {
    if (variable(paper, ProcessVariables.VOTERS) instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return records.votingMembers(paper.getCommittee(), LocalDate.now()).stream()
        .map(m -> m.getAccount().getUsername())
        .toList();
  }

  /** A variable of the paper's running process; none when the paper has no running process. */
  private Object variable(Paper paper, String name) {
    if (paper.getProcessInstanceId() == null
        || runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(paper.getProcessInstanceId())
                .count()
            == 0) {
      return null;
    }
    return runtimeService.getVariable(paper.getProcessInstanceId(), name);
  }

  /** Those asked in the running circulation, else the committee's voting members today. */
  private int votingMembers(Paper paper) {
    if (paper.getState() == Paper.State.IN_CIRCULATION
        && variable(paper, ProcessVariables.VOTERS) instanceof List<?> list) {
      return list.size();
    }
    return records.votingMembers(paper.getCommittee(), LocalDate.now()).size();
  }

  private static int count(List<CommitteeVote> votes, CommitteeVote.Choice choice) {
    return (int) votes.stream().filter(v -> v.getChoice() == choice).count();
  }
}

package de.planungsportal.planning;

import de.planungsportal.identity.DemoDistrict;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data a newcomer sees at once: this year's plan published with progress reports, next year's
 * cycle waiting at consolidation with this year's open measures carried over, and this year's
 * supplement for all-day schooling, whose first version the Schulträgerausschuss rejected and whose
 * reworked second version is in a written circulation open for the demo's members. Cycles live in
 * the engine as much as in tables, so they are made through the services, by the demo accounts,
 * once: an organisation that has a cycle is left alone, so a restart neither repeats nor loses
 * them.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCycles {

  private static final Logger LOG = Logger.getLogger(DemoCycles.class.getName());
  private static final String SUPPLEMENT = "Nachtrag Ganztag ";

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean demoData;

  @PersistenceContext private EntityManager em;
  @Inject private DemoDistrict district;
  @Inject private PlanningCycleService cycles;
  @Inject private ContributionService contributions;
  @Inject private ConsolidationService consolidation;
  @Inject private DecisionService decisions;
  @Inject private FollowUpService followUp;
  @Inject private CycleTasks tasks;
  @Inject private ProcessEngine engine;
  @Inject private Event<CommitteeApprovalsDue> committeesDue;
  private ManagementService management;

  @PostConstruct
  void create() {
    seed();
  }

  /**
   * Makes what the demo district lacks: this and next year's cycles unless it has cycles at all,
   * the supplement unless it has one (and no other cycle runs this year). A restart, or a second
   * call, finds them and makes nothing; true if it made something.
   */
  public boolean seed() {
    if (!demoData || cycles("%") < 0) {
      return false;
    }
    management = engine.getManagementService();
    int year = LocalDate.now().getYear();
    boolean made = false;
    if (cycles("%") == 0) {
      made |=
          make(
              "Demo planning cycles " + year + " (published) and " + (year + 1),
              () -> {
                publishedCycle(year);
                runningCycle(year + 1);
              });
    }
    if (cycles(SUPPLEMENT + "%") == 0 && runningIn(year) == 0) {
      made |= make("Demo supplement " + year + " in circulation", () -> supplement(year));
    }
    return made;
  }

  private static boolean make(String what, Runnable steps) {
    try {
      steps.run();
      LOG.info(what + " created");
      return true;
    } catch (RuntimeException e) {
      // the portal runs without them; the log says why
      LOG.severe(what + " not created: " + e);
      return false;
    }
  }

  /** The demo district's cycles with a title like this; -1 without a district the demo made. */
  private long cycles(String titleLike) {
    return count("title LIKE ?", titleLike);
  }

  private long runningIn(int year) {
    return count("plan_year = ? AND status = 'RUNNING'", year);
  }

  private long count(String condition, Object value) {
    Optional<Long> demo = district.id();
    if (demo.isEmpty()) {
      return -1;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM planning_cycle WHERE organisation_id = ? AND "
                        + condition)
                .setParameter(1, demo.get())
                .setParameter(2, value)
                .getSingleResult())
        .longValue();
  }

  private void publishedCycle(int year) {
    Actor planner = district.actor("planer");
    Actor youth = district.actor("jugendhilfe");
    Actor dayCare = district.actor("kita");
    PlanningCycle cycle = start(planner, year, false);
    propose(
        youth,
        cycle,
        "Offene Jugendarbeit",
        "Treffpunkte in allen Sozialräumen",
        List.of(
            measure(youth, "Jugendtreff Musterstadt-Nord", 45_000, LocalDate.of(year, 9, 30)),
            measure(youth, "Schulsozialarbeit an der IGS", 60_000, LocalDate.of(year, 12, 31))));
    propose(
        dayCare,
        cycle,
        "Frühe Bildung",
        "Übergänge gelingen",
        List.of(
            measure(dayCare, "Sprachförderung in Kitas", 30_000, LocalDate.of(year, 6, 30)),
            measure(
                dayCare,
                "Übergang Kita–Grundschule Bergdorf",
                15_000,
                LocalDate.of(year, 11, 30))));
    WorkPlanVersion draft = consolidateAll(planner, cycle);
    decisions.approve(district.actor("landrat"), draft.getId());
    // the committees decide (demo data of the committee feature), then publication runs
    committeesDue.fire(
        new CommitteeApprovalsDue(cycle.getId(), CommitteeApprovalsDue.Round.APPROVED));
    runDueJobs(cycle);
    // the first follow-up round, due in a quarter, is brought forward for the demo
    management.executeJob(timer(cycle, "Timer_FollowUpRound").getId());
    report(youth, cycle, MeasureStatus.IN_PROGRESS, 60);
    report(dayCare, cycle, MeasureStatus.DONE, 100);
  }

  private void runningCycle(int year) {
    Actor planner = district.actor("planer");
    PlanningCycle cycle = start(planner, year, true);
    propose(
        district.actor("jugendhilfe"),
        cycle,
        "Beteiligung",
        "Jugendliche reden mit",
        List.of(
            measure(
                district.actor("jugendhilfe"),
                "Jugendforum des Landkreises",
                12_000,
                LocalDate.of(year, 10, 31))));
    propose(
        district.actor("kita"),
        cycle,
        "Frühe Bildung",
        "Plätze für alle Kinder",
        List.of(
            measure(
                district.actor("kita"),
                "Kita-Ausbau Talheim",
                250_000,
                LocalDate.of(year, 12, 31))));
  }

  /**
   * Youth welfare proposes all-day care at a primary school, owned by the school department, so the
   * Schulträgerausschuss decides: it rejects the first version in a signed circulation, the planner
   * halves the measure, the head signs again, and the second version's circulation stays open for
   * mitglied, ratsfrau, ratsherr and vorsitz to vote on.
   */
  private void supplement(int year) {
    Actor planner = district.actor("planer");
    Actor youth = district.actor("jugendhilfe");
    Long schools = department("bildung");
    PlanningCycle cycle =
        cycles.start(
            planner,
            new StartCycle(
                year, SUPPLEMENT + year, List.of(departmentOf(youth)), due(year), "P3M", false));
    LocalDate due = LocalDate.of(year, 12, 31);
    propose(
        youth,
        cycle,
        "Ganztag",
        "Verlässliche Betreuung an Grundschulen",
        List.of(
            MeasureInput.of(
                "Ganztagsbetreuung Grundschule Bergdorf",
                schools,
                BigDecimal.valueOf(80_000),
                due)));
    WorkPlanVersion first = consolidateAll(planner, cycle);
    decisions.approve(district.actor("landrat"), first.getId());
    committeesDue.fire(
        new CommitteeApprovalsDue(cycle.getId(), CommitteeApprovalsDue.Round.REJECTED));
    runDueJobs(cycle);

    consolidation.createDraft(planner, cycle.getId());
    Measure measure = consolidation.draft(planner, cycle.getId()).orElseThrow().measures().get(0);
    consolidation.editMeasure(
        planner,
        measure.getId(),
        measure.getVersion(),
        MeasureInput.of(
            "Ganztagsbetreuung Grundschule Bergdorf, erster Bauabschnitt",
            schools,
            BigDecimal.valueOf(45_000),
            due));
    WorkPlanVersion second = consolidation.draft(planner, cycle.getId()).orElseThrow();
    consolidation.submit(planner, second.getId(), second.getVersion());
    decisions.approve(district.actor("landrat"), second.getId());
    committeesDue.fire(new CommitteeApprovalsDue(cycle.getId(), CommitteeApprovalsDue.Round.OPEN));
  }

  private PlanningCycle start(Actor planner, int year, boolean fromPrevious) {
    List<Long> departments = new ArrayList<>();
    departments.add(departmentOf(district.actor("jugendhilfe")));
    departments.add(departmentOf(district.actor("kita")));
    return cycles.start(
        planner,
        new StartCycle(
            year, "Jahresarbeitsplan " + year, departments, due(year), "P3M", fromPrevious));
  }

  /** Three weeks ahead, within the plan's year (a cycle cannot ask for next year's input). */
  private static LocalDate due(int year) {
    LocalDate inThreeWeeks = LocalDate.now().plusWeeks(3);
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    return inThreeWeeks.isAfter(yearEnd) ? yearEnd : inThreeWeeks;
  }

  private void propose(
      Actor contributor,
      PlanningCycle cycle,
      String focusArea,
      String goal,
      List<MeasureInput> in) {
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    Goal added = contributions.addGoal(contributor, contribution.getId(), focusArea, goal, null);
    in.forEach(m -> contributions.addMeasure(contributor, added.getId(), m));
    contribution = contributions.find(contributor, contribution.getId());
    contributions.submit(contributor, contribution.getId(), contribution.getVersion());
  }

  private MeasureInput measure(Actor contributor, String title, int budget, LocalDate due) {
    return MeasureInput.of(title, departmentOf(contributor), BigDecimal.valueOf(budget), due);
  }

  private WorkPlanVersion consolidateAll(Actor planner, PlanningCycle cycle) {
    WorkPlanVersion draft = consolidation.createDraft(planner, cycle.getId());
    for (Contribution contribution : cycles.contributions(planner, cycle.getId())) {
      for (Goal goal : contribution.getGoals()) {
        for (Measure proposal : goal.getMeasures()) {
          consolidation.accept(planner, draft.getId(), proposal.getId(), null, null);
        }
      }
    }
    WorkPlanVersion current = consolidation.draft(planner, cycle.getId()).orElseThrow();
    consolidation.submit(planner, current.getId(), current.getVersion());
    return current;
  }

  private void report(Actor contributor, PlanningCycle cycle, MeasureStatus status, int percent) {
    Long department = departmentOf(contributor);
    PlanningCycle current = cycles.find(district.actor("planer"), cycle.getId());
    for (Task task : tasks.open(current, CycleTasks.REPORT_PROGRESS)) {
      if (!department.equals(tasks.department(task))) {
        continue;
      }
      List<Measure> measures = followUp.measuresToReport(contributor, cycle.getId(), task.getId());
      followUp.reportProgress(
          contributor,
          cycle.getId(),
          task.getId(),
          measures.stream()
              .map(
                  m ->
                      new ProgressInput(
                          m.getId(), LocalDate.now(), status, percent, "Stand laut Fachplanung"))
              .toList());
    }
  }

  /** Publication runs as an asynchronous job; waits for the job executor, or runs it here. */
  private void runDueJobs(PlanningCycle cycle) {
    String instance = cycles.find(district.actor("planer"), cycle.getId()).getProcessInstanceId();
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    management
        .createJobQuery()
        .processInstanceId(instance)
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private Job timer(PlanningCycle cycle, String activityId) {
    String instance = cycles.find(district.actor("planer"), cycle.getId()).getProcessInstanceId();
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId(activityId)
        .singleResult();
  }

  private Long department(String code) {
    return em.createQuery(
            "select d.id from Department d where d.code = :code"
                + " and d.organisation.code = :organisation",
            Long.class)
        .setParameter("code", code)
        .setParameter("organisation", DemoDistrict.CODE)
        .getSingleResult();
  }

  private Long departmentOf(Actor contributor) {
    return contributor.grants().stream()
        .filter(g -> g.role() == Role.DEPARTMENT_CONTRIBUTOR)
        .map(Actor.Grant::departmentId)
        .findFirst()
        .orElseThrow();
  }
}

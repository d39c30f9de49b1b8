package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.area.Department;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureInput;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.planning.export.WorkPlanExportService;
import de.planungsportal.planning.export.WorkPlanExportService.Format;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures, not a test of speed: how long the services take to start a cycle with 8 departments, to
 * carry a plan of 200 measures from consolidation to published, and to write that version as PDF
 * and XLSX, and how large the files are. Printed to the server's console (lines starting with
 * "BENCHMARK"). Left out of verify; run on demand (README):
 *
 * <pre>
 * flock /tmp/pp-server.lock ./mvnw -o verify -Dit.oidc.skip=true -Dit.test=WorkPlanBenchmarkIT \
 *     -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class WorkPlanBenchmarkIT {

  private static final int DEPARTMENTS = 8;
  private static final int MEASURES_PER_DEPARTMENT = 25;
  private static final int STARTS = 5;
  private static final int EXPORT_RUNS = 9;

  /** The first cycle's year; the service accepts up to five years ahead. */
  private static final int YEAR = LocalDate.now().getYear() + 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(WorkPlanBenchmarkIT.class, CommitteeSteps.class);
  }

  @Inject PlanningCycleService cycles;
  @Inject ContributionService contributions;
  @Inject ConsolidationService consolidation;
  @Inject DecisionService decisions;
  @Inject CommitteeSteps committeeSteps;
  @Inject WorkPlanExportService exports;
  @Inject ProcessEngine engine;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private final List<String> figures = new ArrayList<>();

  @Test
  void figuresForEightDepartmentsAndTwoHundredMeasures() throws Exception {
    tx.begin();
    Organisation district =
        new Organisation(
            "bm-" + UUID.randomUUID().toString().substring(0, 8),
            "Landkreis Messhausen",
            Organisation.Kind.DISTRICT);
    em.persist(district);
    List<Department> departments = new ArrayList<>();
    Department.Kind[] kinds = Department.Kind.values();
    for (int i = 0; i < DEPARTMENTS; i++) {
      Department department =
          new Department(district, "fp" + i, "Fachplanung " + (i + 1), kinds[i % kinds.length]);
      em.persist(department);
      departments.add(department);
    }
    tx.commit();
    committeeSteps.seat(district.getId());
    Actor planner = actor(district, "planer", Role.PLANNER, null);
    Actor head = actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null);
    List<Long> departmentIds = departments.stream().map(Department::getId).toList();

    // (a) starting a cycle with 8 departments; each start a year of its own
    List<PlanningCycle> started = new ArrayList<>();
    long[] starts = new long[STARTS];
    for (int i = 0; i < STARTS; i++) {
      int year = YEAR + i;
      starts[i] =
          millis(
              () ->
                  started.add(
                      cycles.start(
                          planner,
                          new StartCycle(
                              year,
                              "Jahresarbeitsplan " + year,
                              departmentIds,
                              LocalDate.now().plusDays(30),
                              "P3M",
                              false))));
    }
    report("start cycle, 8 departments", starts);
    PlanningCycle cycle = started.get(0);

    // proposals: 25 measures from each department (set-up, timed for the record)
    long proposing =
        millis(
            () -> {
              for (Department department : departments) {
                propose(
                    contributor(district, "fp-" + department.getCode(), department),
                    department,
                    cycle);
              }
            });
    figure("8 contributions of 25 proposed measures, submitted: %d ms", proposing);

    // (b) consolidation to published
    WorkPlanVersion[] draft = new WorkPlanVersion[1];
    long consolidating =
        millis(
            () -> {
              draft[0] = consolidation.createDraft(planner, cycle.getId());
              for (Measure proposal : proposals(cycle)) {
                consolidation.accept(planner, draft[0].getId(), proposal.getId(), null, null);
              }
              consolidation.submit(planner, draft[0].getId(), reload(draft[0]).getVersion());
            });
    long version = draft[0].getId();
    assertThat(reload(draft[0]).measures()).hasSize(DEPARTMENTS * MEASURES_PER_DEPARTMENT);
    long approving = millis(() -> decisions.approve(head, version));
    List<String> committees =
        committeeSteps.drafts(cycle.getId()).stream().map(p -> p.getCommittee().getKind()).toList();
    // each committee: circulation sent, every member votes, the chair signs (password check)
    long deciding = millis(() -> committeeSteps.approveAll(cycle.getId(), CommitteeSteps.PASSWORD));
    long publishing = millis(() -> awaitPublished(cycle));
    figure("consolidation: draft, 200 accepted, submitted: %d ms", consolidating);
    figure("head sign-off: %d ms", approving);
    figure("%d committee decisions %s: %d ms", committees.size(), committees, deciding);
    figure("publication (asynchronous job, until the cycle is published): %d ms", publishing);
    figure(
        "consolidation to published in all: %d ms",
        consolidating + approving + deciding + publishing);

    // (c) the published 200-measure version as PDF and XLSX, through the export service
    for (Format format : Format.values()) {
      int[] size = new int[1];
      long first =
          millis(
              () ->
                  size[0] =
                      exports.export(planner, version, format, Locale.GERMAN).content().length);
      long[] warm = new long[EXPORT_RUNS];
      for (int i = 0; i < EXPORT_RUNS; i++) {
        warm[i] = millis(() -> exports.export(planner, version, format, Locale.GERMAN).content());
      }
      Arrays.sort(warm);
      figure(
          "%s of the 200-measure version: first %d ms, warm median %d ms (min %d, max %d, %d runs),"
              + " %,d bytes",
          format,
          first,
          warm[EXPORT_RUNS / 2],
          warm[0],
          warm[EXPORT_RUNS - 1],
          EXPORT_RUNS,
          size[0]);
    }
    figures.forEach(f -> System.out.println("BENCHMARK " + f));
    assertThat(reloadCycle(cycle).getStatus()).isEqualTo(PlanningCycle.Status.PUBLISHED);
  }

  private void propose(Actor contributor, Department owner, PlanningCycle cycle) {
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    long department = owner.getId();
    Goal goal =
        contributions.addGoal(
            contributor,
            contribution.getId(),
            "Bildung und Teilhabe",
            "Ziel der Fachplanung " + department,
            "Beschreibung des Ziels mit einigen Worten mehr, wie sie ein Plan enthält.");
    for (int i = 1; i <= MEASURES_PER_DEPARTMENT; i++) {
      contributions.addMeasure(
          contributor,
          goal.getId(),
          MeasureInput.of(
              "Maßnahme " + i + " der Fachplanung " + department + ": Übergänge stärken",
              department,
              BigDecimal.valueOf(1_000L * i),
              LocalDate.of(YEAR, 11, 30)));
    }
    em.getEntityManagerFactory().getCache().evictAll();
    Contribution filled = contributions.mine(contributor, cycle.getId()).get(0);
    contributions.submit(contributor, filled.getId(), filled.getVersion());
  }

  private List<Measure> proposals(PlanningCycle cycle) {
    return em.createQuery(
            "select m from Measure m where m.goal.contribution.cycle.id = :c order by m.id",
            Measure.class)
        .setParameter("c", cycle.getId())
        .getResultList();
  }

  /** Polls until the job executor has run the publication; runs due jobs itself if it lags. */
  private void awaitPublished(PlanningCycle cycle) {
    ManagementService management = engine.getManagementService();
    long deadline = System.currentTimeMillis() + 60_000;
    while (reloadCycle(cycle).getStatus() != PlanningCycle.Status.PUBLISHED) {
      assertThat(System.currentTimeMillis()).as("published within a minute").isLessThan(deadline);
      List<Job> failed =
          management
              .createJobQuery()
              .processInstanceId(cycle.getProcessInstanceId())
              .withException()
              .list();
      assertThat(failed).isEmpty();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private WorkPlanVersion reload(WorkPlanVersion version) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(WorkPlanVersion.class, version.getId());
  }

  private PlanningCycle reloadCycle(PlanningCycle cycle) {
    em.getEntityManagerFactory().getCache().evictAll();
    em.clear();
    return em.find(PlanningCycle.class, cycle.getId());
  }

  private void report(String label, long[] runs) {
    long first = runs[0];
    long[] sorted = runs.clone();
    Arrays.sort(sorted);
    figure(
        "%s: first %d ms, median %d ms (min %d, max %d, %d runs)",
        label, first, sorted[runs.length / 2], sorted[0], sorted[runs.length - 1], runs.length);
  }

  private void figure(String format, Object... arguments) {
    figures.add(String.format(Locale.ROOT, format, arguments));
  }

  private static long millis(Runnable step) {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static Actor contributor(
      Organisation organisation, String username, Department department) {
    return actor(organisation, username, Role.DEPARTMENT_CONTRIBUTOR, department.getId());
  }
}

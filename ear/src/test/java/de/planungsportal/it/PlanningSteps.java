package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;

import de.planungsportal.area.Department;
import de.planungsportal.planning.ConsolidationService;
import de.planungsportal.planning.Contribution;
import de.planungsportal.planning.ContributionService;
import de.planungsportal.planning.Goal;
import de.planungsportal.planning.Measure;
import de.planungsportal.planning.MeasureInput;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.PlanningCycleService;
import de.planungsportal.planning.StartCycle;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * In-container planning steps for tests that start where the cycle's draft waits for the
 * administrative head: a cycle of the given year for one department, one school measure contributed
 * and submitted, consolidated into a draft that takes it, and the draft submitted, through the real
 * services. Add it to the deployment with {@link Deployments#applicationWith}.
 */
@ApplicationScoped
public class PlanningSteps {

  /** The cycle and its submitted draft. */
  public record Submitted(PlanningCycle cycle, WorkPlanVersion version) {}

  @PersistenceContext private EntityManager em;
  @Inject private PlanningCycleService cycles;
  @Inject private ContributionService contributions;
  @Inject private ConsolidationService consolidation;

  public Submitted submittedDraft(Organisation district, Department schools, int year) {
    Actor planner = actor(district, "planer", Role.PLANNER, null);
    Actor contributor = actor(district, "schulamt", Role.DEPARTMENT_CONTRIBUTOR, schools.getId());
    PlanningCycle cycle =
        cycles.start(
            planner,
            new StartCycle(
                year,
                "Jahresarbeitsplan " + year,
                List.of(schools.getId()),
                LocalDate.now().plusDays(20),
                "P3M",
                false));
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    Goal goal =
        contributions.addGoal(contributor, contribution.getId(), "Bildung", "Gute Schulwege", null);
    contributions.addMeasure(
        contributor,
        goal.getId(),
        MeasureInput.of(
            "Schulbus Nord", schools.getId(), new BigDecimal("30000"), LocalDate.of(year, 9, 1)));
    contribution = contributions.mine(contributor, cycle.getId()).get(0);
    contributions.submit(contributor, contribution.getId(), contribution.getVersion());
    WorkPlanVersion draft = consolidation.createDraft(planner, cycle.getId());
    em.getEntityManagerFactory().getCache().evictAll();
    for (Measure proposal :
        em.createQuery(
                "select m from Measure m where m.goal.contribution.cycle.id = :c", Measure.class)
            .setParameter("c", cycle.getId())
            .getResultList()) {
      consolidation.accept(planner, draft.getId(), proposal.getId(), null, null);
    }
    WorkPlanVersion version = consolidation.draft(planner, cycle.getId()).orElseThrow();
    consolidation.submit(planner, version.getId(), version.getVersion());
    return new Submitted(cycle, version);
  }
}

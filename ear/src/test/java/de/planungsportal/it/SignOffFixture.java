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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: brings a new cycle of an organisation (with one department) through the services to
 * the head's sign-off: started, one measure proposed and submitted, consolidated into version 1 and
 * submitted. Answers the cycle id. Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(SignOffFixture.PATH)
public class SignOffFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "cycle-at-sign-off";

  private static final long serialVersionUID = 1L;

  @Inject private transient PlanningCycleService cycles;
  @Inject private transient ContributionService contributions;
  @Inject private transient ConsolidationService consolidation;
  @PersistenceContext private transient EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Organisation organisation =
        em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
            .setParameter("code", request.getParameter("organisation"))
            .getSingleResult();
    Department department =
        em.find(Department.class, Long.valueOf(request.getParameter("department")));
    int year = LocalDate.now().getYear() + 1;
    Actor planner = actor(organisation, "fixture.planer", Role.PLANNER, null);
    Actor contributor =
        actor(organisation, "fixture.fach", Role.DEPARTMENT_CONTRIBUTOR, department.getId());

    PlanningCycle cycle =
        cycles.start(
            planner,
            new StartCycle(
                year,
                "Plan zur Zeichnung",
                List.of(department.getId()),
                LocalDate.now().plusDays(20),
                "P3M",
                false));
    Contribution contribution = contributions.mine(contributor, cycle.getId()).get(0);
    Goal goal =
        contributions.addGoal(
            contributor, contribution.getId(), "Bildung und Teilhabe", "Wege sichern", null);
    Measure proposal =
        contributions.addMeasure(
            contributor,
            goal.getId(),
            MeasureInput.of(
                "Schulbus Nord",
                department.getId(),
                new BigDecimal("30000"),
                LocalDate.of(year, 9, 1)));
    em.getEntityManagerFactory().getCache().evictAll();
    contribution = contributions.mine(contributor, cycle.getId()).get(0);
    contributions.submit(contributor, contribution.getId(), contribution.getVersion());
    WorkPlanVersion draft = consolidation.createDraft(planner, cycle.getId());
    consolidation.accept(planner, draft.getId(), proposal.getId(), null, null);
    em.getEntityManagerFactory().getCache().evictAll();
    int version = em.find(WorkPlanVersion.class, draft.getId()).getVersion();
    consolidation.submit(planner, draft.getId(), version);

    response.setContentType("text/plain");
    response.getWriter().write(String.valueOf(cycle.getId()));
  }
}

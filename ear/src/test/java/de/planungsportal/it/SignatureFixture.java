package de.planungsportal.it;

import static de.planungsportal.it.TestActors.actor;

import de.planungsportal.area.Department;
import de.planungsportal.committee.CommitteeVote;
import de.planungsportal.committee.Paper;
import de.planungsportal.committee.VotingService;
import de.planungsportal.planning.DecisionService;
import de.planungsportal.planning.PlanningCycle;
import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.Organisation;
import de.planungsportal.tenant.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Test-only: {@code ?organisation=<new code>&chair=<user name>} creates that organisation, seats
 * its committees ({@link CommitteeSteps}; the Schulträgerausschuss's chair renamed to {@code
 * chair}), runs its planning cycle through the real services to committee approval, sends the paper
 * as a written circulation in which every voting member approves, and answers the paper's id: a
 * decision waiting for the chair's signature. Deployed only with {@link
 * Deployments#applicationWith}, together with {@link CommitteeSteps} and {@link PlanningSteps}.
 */
@WebServlet(SignatureFixture.PATH)
public class SignatureFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "signature";

  private static final long serialVersionUID = 1L;

  @Inject private transient DecisionService decisions;
  @Inject private transient VotingService voting;
  @Inject private transient CommitteeSteps committees;
  @Inject private transient PlanningSteps planning;
  @Inject private transient UserTransaction tx;
  @PersistenceContext private transient EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Organisation district;
    Department schools;
    try {
      tx.begin();
      district =
          new Organisation(
              request.getParameter("organisation"),
              "Landkreis Zeichenhausen",
              Organisation.Kind.DISTRICT);
      em.persist(district);
      schools = new Department(district, "schule", "Schulverwaltung", Department.Kind.EDUCATION);
      em.persist(schools);
      tx.commit();
    } catch (Exception e) {
      throw new ServletException(e);
    }
    committees.seat(district.getId());
    String chair = request.getParameter("chair");
    if (chair != null) {
      renameChair(district, chair);
    }
    long paper = awaitingSignature(district, schools);
    response.setContentType("text/plain");
    response.getWriter().write(Long.toString(paper));
  }

  /**
   * The Schulträgerausschuss's chair takes the name of a provider user; an account of that name
   * from an earlier run against the same database gives it up first.
   */
  private void renameChair(Organisation district, String chair) throws ServletException {
    try {
      tx.begin();
      em.createNativeQuery(
              "UPDATE account SET username = CONCAT(username, '-', id) WHERE username = ?1")
          .setParameter(1, chair)
          .executeUpdate();
      em.createNativeQuery("UPDATE account SET username = ?1 WHERE username = ?2")
          .setParameter(1, chair)
          .setParameter(2, district.getCode() + ".schultraeger.vorsitz")
          .executeUpdate();
      tx.commit();
    } catch (Exception e) {
      throw new ServletException(e);
    }
    em.getEntityManagerFactory().getCache().evictAll();
  }

  private long awaitingSignature(Organisation district, Department schools) {
    int year = LocalDate.now().getYear() + 1;
    PlanningSteps.Submitted submitted = planning.submittedDraft(district, schools, year);
    PlanningCycle cycle = submitted.cycle();
    WorkPlanVersion version = submitted.version();
    decisions.approve(actor(district, "landrat", Role.ADMINISTRATIVE_HEAD, null), version.getId());
    Paper paper = committees.drafts(cycle.getId()).get(0);
    committees.circulate(paper.getId());
    for (Actor member : committees.voters(paper.getId())) {
      voting.castVote(member, paper.getId(), CommitteeVote.Choice.YES, null);
    }
    return paper.getId();
  }
}

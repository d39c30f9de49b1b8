package de.planungsportal.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: {@code ?seat=<organisation id>} seats committees of every route kind in a test
 * organisation ({@link CommitteeSteps#seat}); {@code ?cycle=<id>} takes every draft paper of the
 * planning cycle through its committee through the real services (sent as a written circulation,
 * all voting members approve, the chair signs), for browser journeys whose committee pages are
 * tested elsewhere. Answers the number of papers decided; 404 when the cycle has none waiting.
 * Deployed only with {@link Deployments#applicationWith}, together with {@link CommitteeSteps}.
 */
@WebServlet(CommitteeApprovalFixture.PATH)
public class CommitteeApprovalFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "committee-approval";

  private static final long serialVersionUID = 1L;

  @Inject private transient CommitteeSteps committees;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("seat") != null) {
      committees.seat(Long.parseLong(request.getParameter("seat")));
      response.setContentType("text/plain");
      response.getWriter().write("seated");
      return;
    }
    long cycle = Long.parseLong(request.getParameter("cycle"));
    int papers = committees.drafts(cycle).size();
    if (papers == 0) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    committees.approveAll(cycle, CommitteeSteps.PASSWORD);
    response.setContentType("text/plain");
    response.getWriter().write(Integer.toString(papers));
  }
}

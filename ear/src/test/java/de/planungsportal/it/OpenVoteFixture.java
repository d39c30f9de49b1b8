package de.planungsportal.it;

import de.planungsportal.planning.WorkPlanVersion;
import de.planungsportal.processmodels.ProcessVariables;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Test-only: {@code ?organisation=<code>&version=<work plan version id>&committee=<kind>} asks the
 * organisation's committee of that kind to approve the version, as the planning cycle does (the
 * committee-approval process), and has its secretariat send the paper as a written circulation
 * ({@link CommitteeSteps#circulate}), so that every voting member has an open vote. Answers the
 * paper's id. Deploy with {@link Deployments#applicationWith}, together with {@link
 * CommitteeSteps}.
 */
@WebServlet(OpenVoteFixture.PATH)
public class OpenVoteFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "open-vote";

  private static final long serialVersionUID = 1L;

  @Inject private transient ProcessEngine engine;
  @Inject private transient CommitteeSteps committees;
  @PersistenceContext private transient EntityManager em;
  @Resource private transient UserTransaction transaction;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long paperId;
    try {
      transaction.begin();
      WorkPlanVersion version =
          em.find(WorkPlanVersion.class, Long.valueOf(request.getParameter("version")));
      String instance =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  "committee-approval",
                  Map.of(
                      ProcessVariables.ORGANISATION_CODE, request.getParameter("organisation"),
                      ProcessVariables.COMMITTEE, request.getParameter("committee"),
                      ProcessVariables.WORK_PLAN_VERSION_ID, version.getId(),
                      ProcessVariables.PLANNING_CYCLE_ID, version.getCycle().getId(),
                      ProcessVariables.YEAR, version.getCycle().getYear()))
              .getId();
      paperId =
          ((Number) engine.getRuntimeService().getVariable(instance, ProcessVariables.PAPER_ID))
              .longValue();
      transaction.commit();
      committees.circulate(paperId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    response.setContentType("text/plain");
    response.getWriter().write(Long.toString(paperId));
  }
}

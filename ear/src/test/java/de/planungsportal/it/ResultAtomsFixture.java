package de.planungsportal.it;

import de.planungsportal.results.ResultAtoms;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: computes the results of the wave with the given id now (what the field's close does),
 * answering the number of respondents. Deployed only with {@link Deployments#applicationWith}.
 */
@WebServlet(ResultAtomsFixture.PATH)
public class ResultAtomsFixture extends HttpServlet {

  static final String PATH = InContainerAccessFilter.FIXTURES + "result-atoms";

  private static final long serialVersionUID = 1L;

  @Inject private transient ResultAtoms atoms;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long respondents = atoms.refresh(Long.parseLong(request.getParameter("wave")));
    response.setContentType("text/plain");
    response.getWriter().write(String.valueOf(respondents));
  }
}

package de.planungsportal.it;

import de.planungsportal.common.RequestPaths;
import de.planungsportal.identity.AccessFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal's access filter in deployments that carry in-container tests: Arquillian's servlet
 * protocol calls its test runner over HTTP without signing in, and the portal closes every path it
 * does not name public. Only the runner and test fixtures (servlets that exist in test deployments
 * only, e.g. {@link ProcessPictureFixture}) are let through; everything else meets the real filter.
 * The deployments the HTTP tests talk to keep the real filter alone.
 */
public class InContainerAccessFilter extends AccessFilter {

  static final String RUNNER = "/ArquillianServletRunnerEE9";

  static final String FIXTURES = "/it-fixture/";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    if (path.equals(RUNNER) || path.startsWith(FIXTURES)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }
}

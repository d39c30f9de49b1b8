package de.planungsportal.web;

import de.planungsportal.common.Problems;
import de.planungsportal.common.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests that a foreign site could have made a browser send: the request's
 * Origin (or, lacking it, Referer) must be this server. JSF postbacks are additionally bound to
 * their unguessable view state; REST calls that change state must also echo the session's CSRF
 * token in the {@value #TOKEN_HEADER} header. The public OParl API is left to itself: it changes
 * nothing, uses no session and answers every method but GET and HEAD with 405.
 */
public class CsrfFilter extends HttpFilter {

  public static final String TOKEN_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    if (SAFE.contains(request.getMethod()) || path.startsWith(SecurityHeadersFilter.OPARL)) {
      chain.doFilter(request, response);
      return;
    }
    boolean api = path.startsWith("/api/");
    if (!sameOrigin(request)
        || (api && !CsrfTokens.matches(request, request.getHeader(TOKEN_HEADER)))) {
      LOG.warning(
          () ->
              "Refused cross-site "
                  + request.getMethod()
                  + " "
                  + path
                  + " (Origin "
                  + request.getHeader("Origin")
                  + ", Referer from "
                  + refererOrigin(request)
                  + ")");
      if (api) {
        Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "csrf");
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /** Only the origin: a Referer's path and query may hold secrets (a survey's code link). */
  private static String refererOrigin(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return null;
    }
    try {
      URI uri = URI.create(referer);
      return origin(uri.getScheme(), uri.getHost(), uri.getPort());
    } catch (IllegalArgumentException e) {
      return "(unreadable)";
    }
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String expected = origin(request.getScheme(), request.getServerName(), request.getServerPort());
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return expected.equalsIgnoreCase(origin);
    }
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return false;
    }
    try {
      URI uri = URI.create(referer);
      return expected.equalsIgnoreCase(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort =
        port == -1
            || ("http".equalsIgnoreCase(scheme) && port == 80)
            || ("https".equalsIgnoreCase(scheme) && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}

package de.planungsportal.web;

import static org.primefaces.util.Constants.RequestParams.NONCE_PARAM;

import de.planungsportal.common.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Answers a Faces postback without a well-formed PrimeFaces CSP nonce with a 400 page, before
 * anything of it is processed. PrimeFaces (CSP mode) refuses such a postback only while rendering
 * the answer, after the form's action has run, with an exception, and refuses the error page of the
 * same request too; a browser without JavaScript, whose forms lack the nonce PrimeFaces' scripts
 * add, got a bare 500. The sign-in form and the answering forms carry the nonce themselves, so they
 * work without scripts; other staff forms need them.
 *
 * <p>The 400 page is rendered as a fresh GET of {@value #PAGE} (a forward without the refused
 * parameters), so nothing of the refused form reaches Faces or PrimeFaces. An ajax postback is sent
 * there by a partial response's redirect instead, also when its nonce is well-formed but not the
 * view's: PrimeFaces' refusal then breaks every writer of the response, so neither Faces' nor
 * OmniFaces' exception handling can answer it.
 */
public class FormNonceFilter extends HttpFilter {

  static final String PAGE = "/error/400.xhtml";
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final Logger LOG = Logger.getLogger(FormNonceFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || request.getParameter(VIEW_STATE) == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean ajax =
        "partial/ajax".equals(request.getHeader("Faces-Request"))
            || request.getParameter("jakarta.faces.partial.ajax") != null;
    if (!isWellFormed(request.getParameter(NONCE_PARAM))) {
      LOG.info(() -> "Refused a postback without a CSP nonce to " + RequestPaths.of(request));
      refuse(request, response, ajax);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!ajax || !isCspRefusal(e) || response.isCommitted()) {
        throw e;
      }
      LOG.info(
          () ->
              "Refused an ajax postback with another view's CSP nonce to "
                  + RequestPaths.of(request));
      response.reset();
      refuse(request, response, true);
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean ajax)
      throws IOException, ServletException {
    if (ajax) {
      // Faces' scripts follow only a partial response's redirect; an HTTP error they would swallow
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                  + request.getContextPath()
                  + PAGE
                  + "\"></redirect></partial-response>");
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    request.getRequestDispatcher(PAGE).forward(new PlainGet(request), response);
  }

  private static boolean isCspRefusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  /** What PrimeFaces accepts as a nonce: Base64 of a UUID's text. */
  static boolean isWellFormed(String nonce) {
    if (nonce == null || nonce.isEmpty()) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The request as a GET without parameters, so Faces renders the page afresh. */
  private static final class PlainGet extends HttpServletRequestWrapper {

    PlainGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getQueryString() {
      return null;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}

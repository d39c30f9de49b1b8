package de.planungsportal.web;

import de.planungsportal.common.RequestPaths;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns a multipart request with a file above the Faces Servlet's {@code multipart-config} limit
 * into an answer a person understands. Undertow stops reading such a request at the limit, so the
 * form's other fields (the view state among them) are lost and Faces could only fail; instead the
 * browser is sent back to the page with {@value #REFUSAL_PARAMETER}={@value #TOO_LARGE}, which the
 * page shows as a translated message. Runs after the cross-site and access checks, so the body of a
 * refused request is never parsed. Multipart bodies are parsed only for the pages that take
 * uploads; anywhere else (the anonymous answering pages, say) they are refused unread with 415.
 */
public class UploadLimitFilter extends HttpFilter {

  public static final String REFUSAL_PARAMETER = "upload";
  public static final String TOO_LARGE = "too-large";

  /** Whether the current page request is the one this filter sent back after a too-large file. */
  public static boolean refusedTooLarge() {
    return TOO_LARGE.equals(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(REFUSAL_PARAMETER));
  }

  /** The pages with a file upload. */
  static final Set<String> UPLOAD_PAGES =
      Set.of(
          "/admin/schools.xhtml",
          "/committee/prepare.xhtml",
          "/survey/questionnaires.xhtml",
          "/indicator/import.xhtml");

  private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && isMultipart(request)) {
      if (!UPLOAD_PAGES.contains(RequestPaths.of(request))) {
        response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        return;
      }
      try {
        request.getParts();
      } catch (IllegalStateException e) {
        // Undertow: FileTooLargeException or RequestTooBigException as the cause
        LOG.info(() -> "Refused an upload above the size limit to " + request.getRequestURI());
        response.sendRedirect(backTo(request));
        return;
      } catch (IOException | RuntimeException e) {
        LOG.info(() -> "Refused a malformed multipart request: " + e);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The page again, with the parameters it was opened with (prepare.xhtml?paper=): a postback's
   * address has none, so they are taken from the Referer when it names this very page (the
   * CsrfFilter has checked the origin; the Referrer-Policy is same-origin).
   */
  static String backTo(HttpServletRequest request) {
    String page = request.getRequestURI();
    String query = "";
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI from = URI.create(referer);
        if (page.equals(from.getRawPath()) && from.getRawQuery() != null) {
          query =
              Arrays.stream(from.getRawQuery().split("&"))
                  .filter(p -> !p.isEmpty() && !p.startsWith(REFUSAL_PARAMETER + "="))
                  .map(p -> p + "&")
                  .collect(Collectors.joining());
        }
      } catch (IllegalArgumentException e) {
        // not an address: back to the bare page
      }
    }
    return page + "?" + query + REFUSAL_PARAMETER + "=" + TOO_LARGE;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }
}

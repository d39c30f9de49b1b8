package de.planungsportal.web;

import de.planungsportal.common.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy of pages comes from PrimeFaces
 * (it adds the per-view script nonce); API responses get a policy that allows nothing. The public
 * OParl API may be read by scripts of any site, as OParl 1.1 requires ({@code
 * Access-Control-Allow-Origin: *}); it sends no cookies and holds no personal data.
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  static final String OPARL = "/oparl/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    String path = RequestPaths.of(request);
    boolean oparl = path.startsWith(OPARL);
    response.setHeader("Cross-Origin-Resource-Policy", oparl ? "cross-origin" : "same-origin");
    if (oparl) {
      response.setHeader("Access-Control-Allow-Origin", "*");
    }
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (path.startsWith("/api/") || oparl) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    }
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
      // pages and API answers may hold personal data: never keep them in a shared cache
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}

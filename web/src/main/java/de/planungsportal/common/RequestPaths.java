package de.planungsportal.common;

import jakarta.servlet.http.HttpServletRequest;

/** Where inside the application a request goes. */
public final class RequestPaths {

  private RequestPaths() {}

  /**
   * The servlet path and path info: decoded, without dot segments or path parameters, the path the
   * server used to choose what serves the request. Rules about paths must be matched against this,
   * never against the raw request URI, in which {@code /x/../admin/…} or {@code /admin;p/…} hide
   * where the request really goes.
   */
  public static String of(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
  }
}

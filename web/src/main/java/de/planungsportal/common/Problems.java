package de.planungsportal.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Minimal RFC 9457 problem responses for callers that are not browsers showing pages. */
public final class Problems {

  private Problems() {}

  /**
   * @param code a stable, machine-readable reason such as {@code unauthorized}
   */
  public static void send(HttpServletResponse response, int status, String code)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json(status, code));
  }

  public static String json(int status, String code) {
    return "{\"type\":\"about:blank\",\"status\":" + status + ",\"code\":\"" + code + "\"}";
  }
}
